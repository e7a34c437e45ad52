package io.longitude.ingest.lake;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.longitude.core.files.OwnerOnly;
import io.longitude.ingest.validation.Fields;
import io.longitude.ingest.validation.Outcome;
import io.longitude.ingest.validation.Rejection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The quarantine log of one file, a CSV beside the lake: file, line, field, value, code, reason, outcome (rejected,
 * pending, answer or note) and the accepted row's key. Rows that wait for a reference are also kept whole, as the
 * canonical row, in {@code pending-<log name>} so that they can be retried ({@link PendingRows}). Both are opened on
 * their first line, so a clean file leaves no quarantine file.
 */
public final class Quarantine implements AutoCloseable {
    public static final String[] HEADER = {"file", "line", "field", "value", "code", "reason", "outcome", "key"};
    /** The first columns of a pending file; the canonical row's columns follow. */
    public static final List<String> PENDING_HEADER = List.of("batch_id", "file", "line", "kind", "tool");
    /** The prefix of pending files. */
    public static final String PENDING_PREFIX = "pending-";

    private final Path path;
    private final Path pendingPath;
    private final String batchId;
    private final String fileName;
    private final boolean keepsPending;
    private CsvWriter writer;
    private CsvWriter pendingWriter;
    private List<String> pendingColumns;
    private long lines;
    private long rowsOut;
    private long rowsPending;

    public Quarantine(Path directory, String batchId, String fileName) {
        this(directory, batchId, fileName, true);
    }

    private Quarantine(Path directory, String batchId, String fileName, boolean keepsPending) {
        this.keepsPending = keepsPending;
        this.path = directory.resolve(logName(batchId, fileName));
        this.pendingPath = directory.resolve(PENDING_PREFIX + logName(batchId, fileName));
        this.batchId = batchId;
        this.fileName = fileName;
    }

    /**
     * The log of a dry run ({@code Ingest.check}): pending rows are logged but not kept for a retry, since the file
     * is not in the lake and a retry must not bring in rows of a file that never was.
     */
    public static Quarantine ofDryRun(Path directory, String batchId, String fileName) {
        return new Quarantine(directory, batchId, fileName, false);
    }

    /** The log's file name: the first 12 hex digits of the batch id, a dash, the file's name made safe. */
    public static String logName(String batchId, String fileName) {
        return batchId.substring(0, 12) + "-" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
    }

    public void add(Rejection rejection) {
        try {
            if (writer == null) {
                OwnerOnly.file(path);
                writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(path, StandardCharsets.UTF_8);
                writer.writeRecord(HEADER);
            }
            writer.writeRecord(line(rejection));
            lines++;
            if (rejection.outcome().rowLevel()) {
                rowsOut++;
            }
            if (rejection.outcome() == Outcome.PENDING) {
                rowsPending++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the quarantine file " + path + ": " + e.getMessage(), e);
        }
    }

    /** A log line as written, made safe for spreadsheets. */
    static List<String> line(Rejection rejection) {
        return List.of(
                SpreadsheetSafe.text(rejection.file()),
                Long.toString(rejection.line()),
                SpreadsheetSafe.text(rejection.field()),
                SpreadsheetSafe.text(rejection.value()),
                rejection.code() == null ? "" : rejection.code().name(),
                SpreadsheetSafe.text(rejection.reason()),
                rejection.outcome().code(),
                rejection.key());
    }

    /**
     * Keeps a pending row whole, as the canonical row the converter of its kind read, for a later retry.
     *
     * @param tool the tool that wrote the export ({@code canonical} for canonical files)
     */
    public void keepPending(long line, String kind, String tool, Fields canonical) {
        if (!keepsPending) {
            return;
        }
        try {
            List<String> columns = new ArrayList<>(canonical.columns().keySet());
            columns.sort(java.util.Comparator.comparing(canonical.columns()::get));
            if (pendingWriter == null) {
                OwnerOnly.file(pendingPath);
                pendingWriter =
                        CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(pendingPath, StandardCharsets.UTF_8);
                List<String> header = new ArrayList<>(PENDING_HEADER);
                header.addAll(columns);
                pendingWriter.writeRecord(header);
                pendingColumns = columns;
            }
            List<String> record = new ArrayList<>(List.of(batchId, fileName, Long.toString(line), kind, tool));
            Map<String, Integer> index = canonical.columns();
            for (String column : pendingColumns) {
                Integer at = index.get(column);
                String value = at == null || at >= canonical.values().size()
                        ? null
                        : canonical.values().get(at);
                record.add(value == null ? "" : value);
            }
            pendingWriter.writeRecord(record);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the pending file " + pendingPath + ": " + e.getMessage(), e);
        }
    }

    /** Lines written: rows rejected or pending, answers set aside, notes. */
    public long lines() {
        return lines;
    }

    /** Rows out of the lake: rejected or pending. */
    public long rows() {
        return rowsOut;
    }

    public long rowsPending() {
        return rowsPending;
    }

    public Path path() {
        return path;
    }

    /** Removes what was written, when the file's commit failed. */
    public void discard() {
        close();
        try {
            Files.deleteIfExists(path);
            Files.deleteIfExists(pendingPath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (writer != null) {
                writer.close();
                writer = null;
            }
            if (pendingWriter != null) {
                pendingWriter.close();
                pendingWriter = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
