package io.longitude.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class TestSummary {
    @Test
    void percentilesThroughputAndErrorsOfAHistogram() {
        Histogram micros = new Histogram(Tally.HIGHEST_MICROS, 3);
        for (int millis = 1; millis <= 100; millis++) {
            micros.recordValue(millis * 1_000L);
        }
        Summary summary = Summary.of("pages", micros, 2, Duration.ofSeconds(50));
        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.throughput()).isEqualTo(2.0);
        assertThat(summary.p50()).isCloseTo(50, offset(0.1));
        assertThat(summary.p95()).isCloseTo(95, offset(0.1));
        assertThat(summary.p99()).isCloseTo(99, offset(0.1));
        assertThat(summary.max()).isCloseTo(100, offset(0.1));
        assertThat(summary.errorPercent()).isEqualTo(2.0);
    }

    @Test
    void anEmptyClassHasNoPercentiles() {
        Summary summary = Summary.of("charts", new Histogram(Tally.HIGHEST_MICROS, 3), 0, Duration.ofSeconds(10));
        assertThat(summary.count()).isZero();
        assertThat(summary.p95()).isNaN();
        assertThat(summary.errorPercent()).isZero();
    }

    @Test
    void phasesMergeTheirClassesAndSpans() {
        Phase quiet = new Phase("quiet", Duration.ofSeconds(10), 0);
        Phase after = new Phase("quiet-after", Duration.ofSeconds(10), 0);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        quiet.start(start);
        quiet.end(start.plusSeconds(10));
        after.start(start.plusSeconds(20));
        after.end(start.plusSeconds(30));
        Request page = Request.get(RequestClass.PAGE, "/portfolio", "/portfolio");
        Request chart = Request.get(RequestClass.CHART, "/charts/{edition}/{chart}.png", "/charts/E01/funnel.png");
        Request sql = Request.post(RequestClass.SQL, "POST /api/sql (small)", "/api/sql", "{}");
        quiet.record(page, 10_000_000, null);
        quiet.record(sql, 900_000_000, null);
        after.record(chart, 30_000_000, "HTTP 500");
        after.record(page, 20_000_000, null);

        Summary dashboard = Phase.merged("dashboard", List.of(quiet, after), RequestClass::dashboard);
        assertThat(dashboard.count()).isEqualTo(3);
        assertThat(dashboard.errors()).isEqualTo(1);
        assertThat(dashboard.throughput()).isEqualTo(3 / 20.0);
        assertThat(dashboard.max()).isCloseTo(30, offset(0.1));
        assertThat(Phase.endpoints(List.of(quiet, after)))
                .containsOnlyKeys(
                        "PAGE /portfolio", "CHART /charts/{edition}/{chart}.png", "SQL POST /api/sql (small)");
        assertThat(after.errorKinds()).containsEntry("CHART HTTP 500", 1L);
    }

    @Test
    void theP95RatioComparesLoadedWithQuiet() {
        Summary quiet = new Summary("dashboard", 100, 0, 10, 20, 80, 120, 200);
        Summary loaded = new Summary("dashboard", 100, 0, 10, 30, 100, 300, 900);
        assertThat(loaded.p95Ratio(quiet)).isEqualTo(1.25);
    }
}
