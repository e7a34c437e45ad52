package io.longitude.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What became of one file.
 *
 * @param batchId SHA-256 of the file's bytes, empty when the file could not be read
 * @param kind the canonical kind, e.g. {@code followup}, empty when unknown
 * @param message the reason of a failure (its {@link IngestErrorCode}, a colon, the message), or where the quarantined rows are
 */
public record FileReport(Path file, String batchId, String kind, Status status, long rowsRead, long rowsAccepted,
        long rowsQuarantined, String message) {
    /** The outcome of one file. */
    public enum Status {
        INGESTED,
        /** Validated by a dry run; nothing was written to the lake. */
        CHECKED,
        ALREADY_INGESTED,
        FAILED
    }

    public FileReport {
        Objects.requireNonNull(file, "file is null");
        Objects.requireNonNull(status, "status is null");
        if ((status == Status.INGESTED || status == Status.CHECKED) && rowsAccepted + rowsQuarantined != rowsRead) {
            throw new IllegalArgumentException("Cannot report " + file + ", accepted + quarantined != read: "
                    + rowsAccepted + " + " + rowsQuarantined + " != " + rowsRead);
        }
    }

    static FileReport failed(Path file, String batchId, IngestException error) {
        return new FileReport(file, batchId, "", Status.FAILED, 0, 0, 0, error.code() + ": " + error.getMessage());
    }

    @Override
    public String toString() {
        return switch (status) {
            case INGESTED, CHECKED -> file.getFileName() + " (" + kind + "): " + rowsRead + " rows read, " + rowsAccepted + " accepted, "
                    + rowsQuarantined + " quarantined" + (message.isEmpty() ? "" : " in " + message);
            case ALREADY_INGESTED -> file.getFileName() + ": already ingested (batch " + batchId.substring(0, 12) + "), nothing changed";
            case FAILED -> file.getFileName() + ": FAILED: " + message;
        };
    }
}
