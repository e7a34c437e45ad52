package io.longitude.ingest;

import io.longitude.ingest.lake.Quarantine;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What became of one file, or of its pending rows when they were retried.
 *
 * @param batchId SHA-256 of the file's bytes, empty when the file could not be read
 * @param kind the canonical kind, e.g. {@code followup}, empty when unknown
 * @param rowsAccepted rows in the lake, whole or with quarantined answers
 * @param rowsQuarantined rows out of the lake: rejected, or pending (waiting for a reference)
 * @param message the reason of a failure (its {@link IngestErrorCode}, a colon, the message), or where the quarantine log is
 * @param rowsWithQuarantinedAnswers accepted rows with at least one answer set aside (part of {@code rowsAccepted})
 * @param rowsPending rows waiting for a reference (part of {@code rowsQuarantined})
 */
public record FileReport(
        Path file,
        String batchId,
        String kind,
        Status status,
        long rowsRead,
        long rowsAccepted,
        long rowsQuarantined,
        String message,
        long rowsWithQuarantinedAnswers,
        long rowsPending) {
    /** The marker before the quarantine log's path in {@link #toString}. */
    public static final String LOG_MARKER = "; quarantine log in ";

    /** The outcome of one file. */
    public enum Status {
        INGESTED,
        /** Validated by a dry run; nothing was written to the lake. */
        CHECKED,
        ALREADY_INGESTED,
        /** The file's pending rows were tried again: read are the rows tried, accepted the ones now in the lake. */
        RETRIED,
        FAILED
    }

    public FileReport {
        Objects.requireNonNull(file, "file is null");
        Objects.requireNonNull(status, "status is null");
        if ((status == Status.INGESTED || status == Status.CHECKED || status == Status.RETRIED)
                && rowsAccepted + rowsQuarantined != rowsRead) {
            throw new IllegalArgumentException("Cannot report " + file + ", accepted + quarantined != read: "
                    + rowsAccepted + " + " + rowsQuarantined + " != " + rowsRead);
        }
        if (rowsWithQuarantinedAnswers > rowsAccepted || rowsPending > rowsQuarantined) {
            throw new IllegalArgumentException(
                    "Cannot report " + file + ", a part is larger than its whole: " + rowsWithQuarantinedAnswers + " > "
                            + rowsAccepted + " or " + rowsPending + " > " + rowsQuarantined);
        }
    }

    /** A report without quarantined answers or pending rows. */
    public FileReport(
            Path file,
            String batchId,
            String kind,
            Status status,
            long rowsRead,
            long rowsAccepted,
            long rowsQuarantined,
            String message) {
        this(file, batchId, kind, status, rowsRead, rowsAccepted, rowsQuarantined, message, 0, 0);
    }

    static FileReport of(
            Path file,
            String batchId,
            String kind,
            Status status,
            long read,
            long accepted,
            long withAnswersSetAside,
            Quarantine quarantine) {
        return new FileReport(
                file,
                batchId,
                kind,
                status,
                read,
                accepted,
                quarantine.rows(),
                quarantine.lines() == 0 ? "" : quarantine.path().toString(),
                withAnswersSetAside,
                quarantine.rowsPending());
    }

    /** A file whose bytes the lake holds already: nothing read, nothing written. */
    static FileReport alreadyIngested(Path file, String batchId) {
        return new FileReport(file, batchId, "", Status.ALREADY_INGESTED, 0, 0, 0, "");
    }

    static FileReport failed(Path file, String batchId, IngestException error) {
        return new FileReport(file, batchId, "", Status.FAILED, 0, 0, 0, error.code() + ": " + error.getMessage());
    }

    /** Accepted rows with every answer kept. */
    public long rowsAcceptedWhole() {
        return rowsAccepted - rowsWithQuarantinedAnswers;
    }

    /** Rows rejected whole (not pending). */
    public long rowsRejected() {
        return rowsQuarantined - rowsPending;
    }

    /** The quarantine log's path, or empty. */
    public String quarantineLog() {
        return status == Status.FAILED ? "" : message;
    }

    @Override
    public String toString() {
        String log = message.isEmpty() ? "" : LOG_MARKER + message;
        return switch (status) {
            case INGESTED, CHECKED ->
                file.getFileName() + " (" + kind + "): " + rowsRead + " rows read, " + rowsAccepted + " accepted, "
                        + rowsQuarantined + " quarantined: " + rowsAcceptedWhole() + " accepted whole, "
                        + rowsWithQuarantinedAnswers
                        + " with quarantined answers, " + rowsRejected() + " rejected, " + rowsPending + " pending"
                        + log;
            case RETRIED ->
                file.getFileName() + " (" + kind + "): " + rowsRead + " pending rows retried, " + rowsAccepted
                        + " accepted ("
                        + rowsWithQuarantinedAnswers + " with quarantined answers), " + rowsRejected() + " rejected, "
                        + rowsPending
                        + " still pending" + log;
            case ALREADY_INGESTED ->
                file.getFileName() + ": already ingested (batch " + batchId.substring(0, 12) + "), nothing changed";
            case FAILED -> file.getFileName() + ": FAILED: " + message;
        };
    }
}
