package io.longitude.ingest.lake;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.longitude.core.files.OwnerOnly;
import io.longitude.ingest.validation.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The quarantine folder read whole: the logs of every file ({@code <12 hex>-<name>.csv}), the pending rows kept whole
 * ({@code pending-<log name>}), and what became of lines later ({@value #RESOLVED}, append-only: a pending row
 * accepted or rejected on a retry, an answer superseded by a later file that filled it).
 */
public final class QuarantineLedger {
    /** The append-only file of later outcomes. */
    public static final String RESOLVED = "resolved.csv";

    private static final String[] RESOLVED_HEADER = {"batch", "line", "field", "resolution", "by", "at", "reason"};
    private static final String LOG_NAME = "[0-9a-f]{12}-.*\\.csv";

    /** What became of a line later. */
    public enum Resolution {
        /** A pending row entered the lake on a retry. */
        ACCEPTED,
        /** A pending row, retried, failed for another reason than a missing reference. */
        REJECTED,
        /** A quarantined answer was filled by a later file's row. */
        SUPERSEDED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One line of a quarantine log.
     *
     * @param batch the first 12 hex digits of the file's batch id
     */
    public record Entry(
            String batch,
            String file,
            long line,
            String field,
            String value,
            String code,
            String reason,
            Outcome outcome,
            String key) {}

    /** A later outcome of the line {@code batch}:{@code line} (and {@code field} for an answer). */
    public record Later(String batch, long line, String field, Resolution resolution, String by, String reason) {}

    /** A pending row kept whole: the canonical row's columns and values. */
    public record PendingRow(
            String batchId,
            String file,
            long line,
            String kind,
            String tool,
            List<String> columns,
            List<String> values) {
        public String batch() {
            return batchId.substring(0, 12);
        }

        /** The row's value of a canonical column, null when empty or absent. */
        public String value(String column) {
            int index = columns.indexOf(column);
            String value = index < 0 || index >= values.size() ? null : values.get(index);
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    private final Path folder;
    private final List<Entry> entries;
    private final List<PendingRow> pending;
    private final Map<String, Later> later;

    private QuarantineLedger(Path folder, List<Entry> entries, List<PendingRow> pending, Map<String, Later> later) {
        this.folder = folder;
        this.entries = entries;
        this.pending = pending;
        this.later = later;
    }

    /** Reads the folder; a missing folder is an empty ledger. */
    public static QuarantineLedger read(Path folder) {
        List<Entry> entries = new ArrayList<>();
        List<PendingRow> pending = new ArrayList<>();
        Map<String, Later> later = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            return new QuarantineLedger(folder, entries, pending, later);
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.matches(LOG_NAME)) {
                    readLog(file, name.substring(0, 12), entries);
                } else if (name.startsWith(Quarantine.PENDING_PREFIX) && name.endsWith(".csv")) {
                    readPending(file, pending);
                } else if (name.equals(RESOLVED)) {
                    readResolved(file, later);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the quarantine folder " + folder + ": " + e.getMessage(), e);
        }
        return new QuarantineLedger(folder, List.copyOf(entries), List.copyOf(pending), later);
    }

    private static void readLog(Path file, String batch, List<Entry> entries) throws IOException {
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(file)) {
            for (CsvRecord record : reader.stream().skip(1).toList()) {
                List<String> cells = record.getFields();
                if (cells.size() < 6) {
                    continue;
                }
                entries.add(new Entry(
                        batch,
                        cells.get(0),
                        parseLine(cells.get(1)),
                        cells.get(2),
                        cells.get(3),
                        cells.get(4),
                        cells.get(5),
                        Outcome.ofCode(cells.size() > 6 ? cells.get(6) : ""),
                        cells.size() > 7 ? cells.get(7) : ""));
            }
        }
    }

    private static void readPending(Path file, List<PendingRow> pending) throws IOException {
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(file)) {
            List<String> header = null;
            for (CsvRecord record : reader) {
                List<String> cells = record.getFields();
                if (header == null) {
                    header = cells;
                    continue;
                }
                int fixed = Quarantine.PENDING_HEADER.size();
                if (cells.size() != header.size()) {
                    continue;
                }
                pending.add(new PendingRow(
                        cells.get(0),
                        cells.get(1),
                        parseLine(cells.get(2)),
                        cells.get(3),
                        cells.get(4),
                        List.copyOf(header.subList(fixed, header.size())),
                        List.copyOf(cells.subList(fixed, cells.size()))));
            }
        }
    }

    private static void readResolved(Path file, Map<String, Later> later) throws IOException {
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(file)) {
            for (CsvRecord record : reader.stream().skip(1).toList()) {
                List<String> cells = record.getFields();
                if (cells.size() < RESOLVED_HEADER.length) {
                    continue;
                }
                try {
                    Resolution resolution = Resolution.valueOf(cells.get(3).toUpperCase(java.util.Locale.ROOT));
                    Later line = new Later(
                            cells.get(0),
                            parseLine(cells.get(1)),
                            cells.get(2),
                            resolution,
                            cells.get(4),
                            cells.get(6));
                    later.putIfAbsent(id(line.batch(), line.line(), line.field()), line);
                } catch (IllegalArgumentException e) {
                    // a line cut short by a crash; the next writer starts a new line
                }
            }
        }
    }

    private static long parseLine(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String id(String batch, long line, String field) {
        return batch + ":" + line + ":" + field;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** What became of a line later, or null when nothing did. Row outcomes are recorded with an empty field. */
    public Later later(Entry entry) {
        return later.get(id(entry.batch(), entry.line(), entry.outcome() == Outcome.ANSWER ? entry.field() : ""));
    }

    /** Pending rows not yet accepted or rejected on a retry. */
    public List<PendingRow> openPending() {
        return pending.stream()
                .filter(row -> !later.containsKey(id(row.batch(), row.line(), "")))
                .toList();
    }

    /** The quarantined answers of a table's rows not filled since: row key to the lines of each field. */
    public Map<String, Map<String, List<Entry>>> openAnswers(String table) {
        Map<String, Map<String, List<Entry>>> open = new HashMap<>();
        for (Entry entry : entries) {
            if (entry.outcome() == Outcome.ANSWER && entry.key().startsWith(table + "|") && later(entry) == null) {
                open.computeIfAbsent(entry.key(), key -> new HashMap<>())
                        .computeIfAbsent(entry.field(), field -> new ArrayList<>())
                        .add(entry);
            }
        }
        return open;
    }

    /** The fields of {@link #openAnswers}, as validation wants them. */
    public static Map<String, Set<String>> fieldsOf(Map<String, Map<String, List<Entry>>> open) {
        Map<String, Set<String>> fields = new HashMap<>();
        open.forEach((key, byField) -> fields.put(key, new HashSet<>(byField.keySet())));
        return fields;
    }

    /** Records later outcomes, appended to {@value #RESOLVED}; a line cut short by a crash before is ended first. */
    public static void record(Path folder, List<Later> lines) {
        if (lines.isEmpty()) {
            return;
        }
        Path file = folder.resolve(RESOLVED);
        try {
            OwnerOnly.file(file);
            boolean fresh = Files.size(file) == 0;
            boolean cut = !fresh && !endsWithNewline(file);
            try (Writer writer = Files.newBufferedWriter(
                            file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    CsvWriter csv =
                            CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(writer)) {
                if (cut) {
                    writer.write("\n");
                }
                if (fresh) {
                    csv.writeRecord(RESOLVED_HEADER);
                }
                String at = Instant.now().toString();
                Set<String> seen = new LinkedHashSet<>();
                for (Later line : lines) {
                    if (seen.add(id(line.batch(), line.line(), line.field()))) {
                        csv.writeRecord(
                                line.batch(),
                                Long.toString(line.line()),
                                line.field(),
                                line.resolution().code(),
                                SpreadsheetSafe.text(line.by()),
                                at,
                                SpreadsheetSafe.text(line.reason()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (var channel = Files.newByteChannel(file)) {
            channel.position(channel.size() - 1);
            java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
            channel.read(last);
            return last.get(0) == '\n';
        }
    }

    public Path folder() {
        return folder;
    }
}
