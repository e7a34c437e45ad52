package io.longitude.dashboard.quality;

import java.util.List;

/**
 * The data quality of one programme: its ingested files, why rows were quarantined, how often each question was left
 * blank, and when each wave's responses came in.
 *
 * @param waves the wave codes of the missingness table, in order
 * @param unattributedBatches ingested files with no accepted row in any table: they cannot be tied to a programme, so
 *     they are counted but not listed (their names may belong to another programme)
 */
public record QualityReport(List<BatchLine> batches, List<QuarantineLine> quarantine, List<String> waves,
        List<MissingLine> missingness, List<WindowLine> windows, long unattributedBatches) {
    public QualityReport {
        batches = List.copyOf(batches);
        quarantine = List.copyOf(quarantine);
        waves = List.copyOf(waves);
        missingness = List.copyOf(missingness);
        windows = List.copyOf(windows);
    }

    public long rowsQuarantined() {
        return quarantine.stream().mapToLong(QuarantineLine::rows).sum();
    }
}
