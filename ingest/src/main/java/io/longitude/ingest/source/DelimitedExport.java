package io.longitude.ingest.source;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.longitude.ingest.IngestErrorCode;
import io.longitude.ingest.IngestException;
import io.longitude.ingest.mapping.Mapping;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * A survey tool's CSV or TSV export read through its mapping: encoding by byte-order mark or declaration, the
 * separator sniffed unless declared, {@code header_rows} rows before the data with the names in {@code names_row}.
 */
public final class DelimitedExport extends MappedExport {
    private static final int SNIFF_CHARACTERS = 1 << 20;

    private final Path path;
    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;

    private DelimitedExport(
            Path path, Mapping mapping, CsvReader<CsvRecord> reader, Iterator<CsvRecord> records, Header header) {
        super(mapping, header);
        this.path = path;
        this.reader = reader;
        this.records = records;
    }

    public static DelimitedExport open(Path path, Mapping mapping) {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IngestException(
                    IngestErrorCode.UNREADABLE_FILE, "Cannot read " + path + ", it is not a readable file");
        }
        CsvReader<CsvRecord> reader;
        try {
            BufferedReader text = new BufferedReader(
                    TextDecoding.open(Files.newInputStream(path), mapping.encoding(), path.toString()));
            char separator = mapping.separator() != null ? mapping.separator() : sniff(text);
            reader = CsvReader.builder()
                    .fieldSeparator(separator)
                    .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .ofCsvRecord(text);
        } catch (IOException | UncheckedIOException e) {
            throw new IngestException(
                    IngestErrorCode.UNREADABLE_FILE,
                    "Cannot read " + path + ", it is not text in the " + mapping.encoding() + " encoding: "
                            + e.getMessage(),
                    e);
        }
        Iterator<CsvRecord> records = reader.iterator();
        List<List<String>> headerRows = new ArrayList<>();
        while (headerRows.size() < mapping.headerRows()) {
            CsvRecord record = CsvRecords.next(path, records);
            if (record == null) {
                CsvRecords.close(reader);
                throw new IngestException(
                        IngestErrorCode.UNKNOWN_FORMAT,
                        "Cannot ingest " + path + " with mapping " + mapping.name() + ", it has fewer than the "
                                + mapping.headerRows() + " header rows the mapping expects");
            }
            headerRows.add(record.getFields());
        }
        Header header = Header.of(headerRows.get(mapping.namesRow() - 1));
        try {
            header.require(mapping, path);
        } catch (IngestException e) {
            CsvRecords.close(reader);
            throw e;
        }
        return new DelimitedExport(path, mapping, reader, records, header);
    }

    private static char sniff(BufferedReader text) throws IOException {
        text.mark(SNIFF_CHARACTERS);
        String first = text.readLine();
        text.reset();
        return Separators.sniff(first == null ? "" : first);
    }

    @Override
    public void forEach(Consumer<SourceRow> action) {
        CsvRecord record;
        while ((record = CsvRecords.next(path, records)) != null) {
            List<String> fields = record.getFields();
            if (mapping.padShortRows() && fields.size() < header.width()) {
                fields = new ArrayList<>(fields);
                while (fields.size() < header.width()) {
                    fields.add("");
                }
            }
            action.accept(new SourceRow(record.getStartingLineNumber(), fields));
        }
    }

    @Override
    public void close() {
        CsvRecords.close(reader);
    }
}
