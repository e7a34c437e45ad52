package io.longitude.dashboard.quality;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One ingested file of the programme, as the lake's {@code batches} table records it.
 *
 * @param batchPrefix the first 12 hex digits of the file's SHA-256: the quarantine file's prefix
 * @param rowsAccepted rows accepted when the file was ingested, as the batch table records it
 * @param rowsQuarantined rows out of the lake when the file was ingested (rejected or pending), as the batch table records it
 * @param quarantinedInFiles the rows its quarantine log holds (rejected or pending), or 0 when it has none
 * @param rowsWithQuarantinedAnswers accepted rows with at least one answer set aside, from the quarantine log
 * @param rowsPending rows still waiting for a reference
 * @param rowsAcceptedOnRetry pending rows that came in later, when their reference arrived
 */
public record BatchLine(
        String batchPrefix,
        String fileName,
        String fileKind,
        String sourceTool,
        Instant ingestedAt,
        long rowsRead,
        long rowsAccepted,
        long rowsQuarantined,
        String status,
        long quarantinedInFiles,
        long rowsWithQuarantinedAnswers,
        long rowsPending,
        long rowsAcceptedOnRetry) {
    public BatchLine {
        Objects.requireNonNull(batchPrefix, "batchPrefix is null");
        Objects.requireNonNull(fileName, "fileName is null");
        Objects.requireNonNull(ingestedAt, "ingestedAt is null");
    }

    /** Rows in the lake with every answer: accepted then or on a retry, less those with answers set aside. */
    public long rowsAcceptedWhole() {
        return rowsAccepted + rowsAcceptedOnRetry - rowsWithQuarantinedAnswers;
    }

    /** Rows rejected whole: out of the lake and not waiting. */
    public long rowsRejected() {
        return rowsQuarantined - rowsPending - rowsAcceptedOnRetry;
    }

    /** The ingest time as the page writes it, {@code 2026-05-01 14:03 UTC}. */
    public String ingestedAtUtc() {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(ZoneOffset.UTC)
                .format(ingestedAt);
    }
}
