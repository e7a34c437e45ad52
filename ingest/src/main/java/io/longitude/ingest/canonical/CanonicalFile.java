package io.longitude.ingest.canonical;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.longitude.core.instrument.Instrument;
import io.longitude.ingest.IngestErrorCode;
import io.longitude.ingest.IngestException;
import io.longitude.ingest.source.CsvRecords;
import io.longitude.ingest.source.RowSource;
import io.longitude.ingest.source.SourceRow;
import io.longitude.ingest.source.TextDecoding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A canonical CSV file (data/instruments/README.md, "Canonical files"): UTF-8 with an optional BOM, comma-separated, RFC 4180 quoting,
 * one header row (a byte-order mark is dropped). Reading stops with an {@link IngestException} naming the file when the bytes are not UTF-8.
 */
public final class CanonicalFile implements RowSource {
    private final Path path;
    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;
    private final List<String> header;
    private final FileKind kind;

    private CanonicalFile(
            Path path, CsvReader<CsvRecord> reader, Iterator<CsvRecord> records, List<String> header, FileKind kind) {
        this.path = path;
        this.reader = reader;
        this.records = records;
        this.header = header;
        this.kind = kind;
    }

    /**
     * Opens a file and reads its header.
     *
     * @throws IngestException when the file cannot be read, has no header, or its header is of no known kind
     */
    public static CanonicalFile open(Path path, Instrument instrument) {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IngestException(
                    IngestErrorCode.UNREADABLE_FILE, "Cannot read " + path + ", it is not a readable file");
        }
        CsvReader<CsvRecord> reader;
        try {
            reader = CsvReader.builder()
                    .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .ofCsvRecord(TextDecoding.open(Files.newInputStream(path), "utf-8", path.toString()));
        } catch (IOException e) {
            throw new IngestException(
                    IngestErrorCode.UNREADABLE_FILE, "Cannot read " + path + ": " + e.getMessage(), e);
        }
        Iterator<CsvRecord> records = reader.iterator();
        CsvRecord first = CsvRecords.next(path, records);
        if (first == null) {
            CsvRecords.close(reader);
            throw new IngestException(IngestErrorCode.UNKNOWN_FORMAT, "Cannot ingest " + path + ", the file is empty");
        }
        List<String> header = first.getFields().stream().map(String::trim).toList();
        Set<String> names = new LinkedHashSet<>(header);
        if (names.size() != header.size()) {
            CsvRecords.close(reader);
            throw new IngestException(
                    IngestErrorCode.UNKNOWN_FORMAT,
                    "Cannot ingest " + path + ", line 1 repeats a column name: " + header);
        }
        FileKind kind = FileKind.recognise(names).orElse(null);
        if (kind == null) {
            CsvRecords.close(reader);
            throw new IngestException(
                    IngestErrorCode.UNKNOWN_FORMAT,
                    "Cannot ingest " + path
                            + ", line 1 is not the header of a canonical file (editions, participants, sessions, attendance, assessments, follow-up, staff follow-up, session feedback, partners or partner follow-up): "
                            + header);
        }
        List<String> unknown = header.stream()
                .filter(name -> !kind.allowedColumns(instrument).contains(name))
                .toList();
        if (!unknown.isEmpty()) {
            CsvRecords.close(reader);
            throw new IngestException(
                    IngestErrorCode.UNKNOWN_FORMAT,
                    "Cannot ingest " + path + " as " + kind.code()
                            + ", line 1 has columns that are not in the canonical format: " + unknown);
        }
        return new CanonicalFile(path, reader, records, header, kind);
    }

    @Override
    public FileKind kind() {
        return kind;
    }

    @Override
    public String tool() {
        return "canonical";
    }

    @Override
    public int width() {
        return header.size();
    }

    public List<String> header() {
        return header;
    }

    @Override
    public Map<String, Integer> columns() {
        Map<String, Integer> columns = new HashMap<>();
        for (int index = 0; index < header.size(); index++) {
            columns.put(header.get(index), index);
        }
        return columns;
    }

    @Override
    public void forEach(Consumer<SourceRow> action) {
        CsvRecord record;
        while ((record = CsvRecords.next(path, records)) != null) {
            action.accept(new SourceRow(record.getStartingLineNumber(), record.getFields()));
        }
    }

    @Override
    public void close() {
        CsvRecords.close(reader);
    }
}
