package io.longitude.dashboard.quality;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One ingested file of the programme, as the lake's {@code batches} table records it.
 *
 * @param batchPrefix the first 12 hex digits of the file's SHA-256: the quarantine file's prefix
 * @param quarantinedInFiles the rows its quarantine file holds, or 0 when it has none
 */
public record BatchLine(String batchPrefix, String fileName, String fileKind, String sourceTool, Instant ingestedAt,
        long rowsRead, long rowsAccepted, long rowsQuarantined, String status, long quarantinedInFiles) {
    public BatchLine {
        Objects.requireNonNull(batchPrefix, "batchPrefix is null");
        Objects.requireNonNull(fileName, "fileName is null");
        Objects.requireNonNull(ingestedAt, "ingestedAt is null");
    }

    /** The ingest time as the page writes it, {@code 2026-05-01 14:03 UTC}. */
    public String ingestedAtUtc() {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(ingestedAt);
    }
}
