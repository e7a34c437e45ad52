package io.longitude.bench.speed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TestSummaries {
    @Test
    void readsTheIngestSummaryLine() {
        String output = "  editions.csv (editions): 3 rows read, 3 accepted, 0 quarantined\n"
                + "Ingested 11 files (0 already ingested, 0 failed): 11463 rows read, 11463 accepted, 0 quarantined in 15609 ms (734 rows/s)\n";

        assertThat(IngestSummary.parse(output)).isEqualTo(new IngestSummary(11, 0, 11463, 11463, 0, 15609));
    }

    @Test
    void readsTheIngestSummaryLineWithItsQuarantineDetails() {
        String output =
                "Ingested 11 files (0 already ingested, 0 failed): 11463 rows read, 11463 accepted, 0 quarantined "
                        + "(11463 accepted whole, 0 with quarantined answers, 0 rejected, 0 pending) in 26711 ms (429 rows/s)\n";

        assertThat(IngestSummary.parse(output)).isEqualTo(new IngestSummary(11, 0, 11463, 11463, 0, 26711));
    }

    @Test
    void readsTheAnalysisSummaryLineWithItsFamilies() {
        String output =
                "some log line\nAnalysed the lake (editions=1,enrolments=1): 1234 metric rows written to /tmp/m/metric_values in "
                        + "56789 ms (lake snapshot 12 ms, M1 funnel 123 ms, M2/M3 response weights 45 ms, write 6 ms), 120 Spark jobs\n";

        AnalysisSummary summary = AnalysisSummary.parse(output);

        assertThat(summary.metricRows()).isEqualTo(1234);
        assertThat(summary.millis()).isEqualTo(56789);
        assertThat(summary.sparkJobs()).isEqualTo(120);
        assertThat(summary.millisByFamily())
                .containsExactly(
                        Map.entry("lake snapshot", 12L),
                        Map.entry("M1 funnel", 123L),
                        Map.entry("M2/M3 response weights", 45L),
                        Map.entry("write", 6L));
    }

    @Test
    void readsASummaryLineWrittenBeforeTheJobsWereCounted() {
        String output =
                "Analysed the lake (editions=1): 12 metric rows written to /tmp/m/metric_values in 5 ms (write 1 ms)\n";

        AnalysisSummary summary = AnalysisSummary.parse(output);

        assertThat(summary.millisByFamily()).containsExactly(Map.entry("write", 1L));
        assertThat(summary.sparkJobs()).isEqualTo(-1);
    }

    @Test
    void failsLoudlyWithoutASummaryLine() {
        assertThatThrownBy(() -> IngestSummary.parse("nothing"))
                .hasMessageContaining("Cannot find the ingest summary line");
        assertThatThrownBy(() -> AnalysisSummary.parse("nothing"))
                .hasMessageContaining("Cannot find the analysis summary line");
    }

    @Test
    void cellsThatDifferAreNamed() {
        Cell ours = new Cell("M2|P|E01|W1|response_rate", 8.0, 10.0, 10L, 0.8, 0.5, 0.9, null, "ok");
        Cell close = new Cell("M2|P|E01|W1|response_rate", 8.0, 10.0, 10L, 0.8 + 1e-13, 0.5, 0.9, null, "ok");
        Cell other = new Cell("M2|P|E01|W1|response_rate", 7.0, 10.0, 10L, 0.7, 0.4, 0.9, null, "ok");

        assertThat(CellComparison.requireSame("M2", Map.of(ours.key(), ours), Map.of(close.key(), close)))
                .isEqualTo(1);
        assertThatThrownBy(() -> CellComparison.requireSame("M2", Map.of(ours.key(), ours), Map.of(other.key(), other)))
                .hasMessageContaining("M2 differs in 1 of 1 cells")
                .hasMessageContaining("counts differ");
    }
}
