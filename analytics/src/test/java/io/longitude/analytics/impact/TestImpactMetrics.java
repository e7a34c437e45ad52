package io.longitude.analytics.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.longitude.analytics.AnalyticsTestBase;
import io.longitude.core.metrics.Interval;
import io.longitude.core.metrics.WilsonInterval;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** M1, M2 and M3 on the tiny programme of {@code TinyFixtures}, against counts worked out by hand. */
class TestImpactMetrics extends AnalyticsTestBase {
    @Test
    void funnelPerDeskAndForAllDesks() {
        Map<String, Row> cells = cells(Funnel.compute(
                TinyFixtures.enrolments(spark), TinyFixtures.attendance(spark), TinyFixtures.responses(spark), 7, 5));

        assertCounts(cells, "E1||D1|", 3, 3, 2, 3, 2);
        assertCounts(cells, "E1||D2|", 2, 1, 0, 0, 0);
        assertCounts(cells, "E1||all|", 5, 4, 2, 3, 2);
        assertCounts(cells, "E2||D3|", 1, 1, 0, 0, 0);
        Row completed = cells.get("E1||all|completed");
        assertThat(completed.<Double>getAs("value")).isCloseTo(2 / 5.0, within(1e-12));
        assertThat(completed.<Double>getAs("denominator")).isEqualTo(5.0);
        assertThat(completed.<String>getAs("status")).isEqualTo("ok");
        assertThat(cells.get("E1||D2|referred").<String>getAs("status")).isEqualTo("small_n");
    }

    @Test
    void responseRateIsDistinctRespondersOverEnrolledCandidates() {
        Map<String, Row> cells =
                cells(ResponseRates.compute(TinyFixtures.enrolments(spark), TinyFixtures.responses(spark), 2));

        assertThat(cells)
                .containsOnlyKeys(
                        "E1|W0|response_rate",
                        "E1|W1|response_rate",
                        "E1|W1|retention",
                        "|W0|response_rate",
                        "|W1|response_rate",
                        "|W1|retention");
        Row w1 = cells.get("E1|W1|response_rate");
        assertThat(w1.<Double>getAs("numerator")).isEqualTo(3.0);
        assertThat(w1.<Double>getAs("denominator")).isEqualTo(4.0);
        assertThat(w1.<Double>getAs("value")).isEqualTo(0.75);
        // Wilson 95% for 3 of 4, worked by hand: centre 0.6275, half-width 0.3269.
        assertThat(w1.<Double>getAs("lower")).isCloseTo(0.3006, within(0.0001));
        assertThat(w1.<Double>getAs("upper")).isCloseTo(0.9544, within(0.0001));
        assertThat(cells.get("E1|W0|response_rate").<Double>getAs("value")).isEqualTo(1.0);
    }

    @Test
    void integrationSharesAmongResponsesThatAnswer() {
        Map<String, Row> cells =
                cells(IntegrationShares.compute(TinyFixtures.enrolments(spark), TinyFixtures.responses(spark), 5));

        assertShare(cells.get("E1|W0|level=0"), 2, 4);
        assertShare(cells.get("E1|W0|level=1"), 1, 4);
        assertShare(cells.get("E1|W0|level=2"), 1, 4);
        assertShare(cells.get("E1|W1|level=0"), 0, 2);
        assertShare(cells.get("E1|W1|level=1"), 2, 2);
        assertShare(cells.get("E1|W1|level=2"), 0, 2);
        assertThat(cells.get("E1|W1|level=1").<String>getAs("status")).isEqualTo("small_n");
        assertShare(cells.get("|W0|level=0"), 2, 4);
        assertThat(cells).hasSize(12);
    }

    private static void assertShare(Row row, int numerator, int denominator) {
        assertThat(row.<Double>getAs("numerator")).isEqualTo(numerator);
        assertThat(row.<Double>getAs("denominator")).isEqualTo(denominator);
        assertThat(row.<Long>getAs("n")).isEqualTo(denominator);
        assertThat(row.<Double>getAs("value")).isCloseTo(numerator / (double) denominator, within(1e-12));
        Interval expected = WilsonInterval.of(numerator, denominator);
        assertThat(row.<Double>getAs("lower")).isCloseTo(expected.lower(), within(1e-12));
        assertThat(row.<Double>getAs("upper")).isCloseTo(expected.upper(), within(1e-12));
    }

    private static void assertCounts(
            Map<String, Row> cells,
            String prefix,
            int referred,
            int enrolled,
            int completed,
            int responded,
            int active) {
        assertThat(cells.get(prefix + "referred").<Double>getAs("numerator")).isEqualTo(referred);
        assertThat(cells.get(prefix + "enrolled").<Double>getAs("numerator")).isEqualTo(enrolled);
        assertThat(cells.get(prefix + "completed").<Double>getAs("numerator")).isEqualTo(completed);
        assertThat(cells.get(prefix + "responded_latest_wave").<Double>getAs("numerator"))
                .isEqualTo(responded);
        assertThat(cells.get(prefix + "business_active").<Double>getAs("numerator"))
                .isEqualTo(active);
    }
}
