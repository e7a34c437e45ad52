package io.longitude.ingest.source;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.longitude.ingest.IngestErrorCode;
import io.longitude.ingest.IngestException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The first rows of an export of unknown shape, for recognising its tool: XLSX by name, else delimited text. */
public record FirstRows(List<List<String>> rows, char separator) {
    public FirstRows {
        rows = List.copyOf(rows);
    }

    public static FirstRows of(Path path, int count) {
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return new FirstRows(SpreadsheetExport.firstRows(path, count), ',');
        }
        try (BufferedReader text =
                new BufferedReader(TextDecoding.open(Files.newInputStream(path), "auto", path.toString()))) {
            text.mark(1 << 20);
            String first = text.readLine();
            text.reset();
            char separator = Separators.sniff(first == null ? "" : first);
            List<List<String>> rows = new ArrayList<>();
            try (CsvReader<CsvRecord> reader = CsvReader.builder()
                    .fieldSeparator(separator)
                    .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .ofCsvRecord(text)) {
                for (CsvRecord record : reader) {
                    rows.add(record.getFields());
                    if (rows.size() >= count) {
                        break;
                    }
                }
            }
            return new FirstRows(rows, separator);
        } catch (IOException | UncheckedIOException e) {
            throw new IngestException(
                    IngestErrorCode.UNREADABLE_FILE, "Cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
