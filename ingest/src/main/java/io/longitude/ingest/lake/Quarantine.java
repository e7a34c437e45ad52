package io.longitude.ingest.lake;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.longitude.ingest.validation.Rejection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rejected rows of one file, as a CSV beside the lake: file, line, field, value, code, reason.
 * Opened on the first rejection, so a clean file leaves no quarantine file.
 */
public final class Quarantine implements AutoCloseable {
    public static final String[] HEADER = {"file", "line", "field", "value", "code", "reason"};

    private final Path path;
    private CsvWriter writer;
    private long rows;

    public Quarantine(Path directory, String batchId, String fileName) {
        this.path = directory.resolve(batchId.substring(0, 12) + "-" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv");
    }

    public void add(Rejection rejection) {
        try {
            if (writer == null) {
                Files.createDirectories(path.getParent());
                writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(path, StandardCharsets.UTF_8);
                writer.writeRecord(HEADER);
            }
            writer.writeRecord(SpreadsheetSafe.text(rejection.file()), Long.toString(rejection.line()),
                    SpreadsheetSafe.text(rejection.field()), SpreadsheetSafe.text(rejection.value()),
                    rejection.code().name(), SpreadsheetSafe.text(rejection.reason()));
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the quarantine file " + path + ": " + e.getMessage(), e);
        }
    }

    public long rows() {
        return rows;
    }

    public Path path() {
        return path;
    }

    /** Removes what was written, when the file's commit failed. */
    public void discard() {
        close();
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (writer != null) {
            try {
                writer.close();
                writer = null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
