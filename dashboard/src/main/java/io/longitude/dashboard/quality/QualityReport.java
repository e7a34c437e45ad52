package io.longitude.dashboard.quality;

import java.util.List;

/**
 * The data quality of one programme: its ingested files, why rows were quarantined, how often each question was left
 * blank, and when each wave's responses came in.
 *
 * @param waves the wave codes of the missingness table, in order
 * @param unattributedBatches ingested files with no accepted row in any table: they cannot be tied to a programme, so
 *     they are counted but not listed (their names may belong to another programme)
 * @param pending rows of the programme's editions waiting for a reference (a participant, edition or session), which a
 *     retry may bring in
 */
public record QualityReport(
        List<BatchLine> batches,
        List<QuarantineLine> quarantine,
        List<String> waves,
        List<MissingLine> missingness,
        List<WindowLine> windows,
        long unattributedBatches,
        long pending) {
    public QualityReport {
        batches = List.copyOf(batches);
        quarantine = List.copyOf(quarantine);
        waves = List.copyOf(waves);
        missingness = List.copyOf(missingness);
        windows = List.copyOf(windows);
    }

    /** Rows out of the lake (rejected or pending when their file came in), from the quarantine logs. */
    public long rowsQuarantined() {
        return quarantine.stream()
                .filter(QuarantineLine::rowLevel)
                .mapToLong(QuarantineLine::rows)
                .sum();
    }

    public long rowsAcceptedWhole() {
        return batches.stream().mapToLong(BatchLine::rowsAcceptedWhole).sum();
    }

    public long rowsWithQuarantinedAnswers() {
        return batches.stream().mapToLong(BatchLine::rowsWithQuarantinedAnswers).sum();
    }

    public long rowsRejected() {
        return batches.stream().mapToLong(BatchLine::rowsRejected).sum();
    }
}
