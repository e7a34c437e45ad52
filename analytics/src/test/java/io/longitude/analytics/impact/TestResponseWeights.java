package io.longitude.analytics.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.longitude.analytics.AnalyticsTestBase;
import io.longitude.core.metrics.Interval;
import io.longitude.core.metrics.WilsonInterval;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * M3 weighted shares against a case worked out by hand. Desk A: 20 candidates, 10 respond at W1, all at level 1.
 * Desk B: 20 candidates, 15 respond, all at level 0. The model with desk is saturated, so p̂ is the desk's response
 * rate: 0.5 and 0.75; the edition responds at 25/40 = 0.625, so the stabilised weights are 1.25 and 0.8333. The
 * complete-case share at level 1 is 10/25 = 0.4; the weighted share is 12.5 / (12.5 + 12.5) = 0.5, the true share
 * of level 1 among all 40 candidates if non-responders resemble their desk's responders.
 */
class TestResponseWeights extends AnalyticsTestBase {
    @Test
    void weightsRestoreTheDesksShares() {
        ProgrammeRows rows = new ProgrammeRows().edition("E1", 1);
        for (int index = 0; index < 20; index++) {
            rows.candidate("a" + index, "E1", "A", "enrolled").candidate("b" + index, "E1", "B", "enrolled");
            if (index < 10) {
                rows.level("a" + index, "E1", "W1", 1, null);
            }
            if (index < 15) {
                rows.level("b" + index, "E1", "W1", 0, null);
            }
        }

        Map<String, Row> cells = cells(ResponseWeights.compute(rows.enrolments(spark), rows.responses(spark), 5));

        Row level1 = cells.get("E1|W1|weighted|level=1");
        assertThat(level1.<Double>getAs("value")).isCloseTo(0.5, within(1e-9));
        assertThat(level1.<Double>getAs("numerator")).isCloseTo(10 * 1.25, within(1e-9));
        assertThat(level1.<Double>getAs("denominator")).isCloseTo(25.0, within(1e-9));
        assertThat(level1.<Long>getAs("n")).isEqualTo(25);
        double effective = 25.0 * 25.0 / (10 * 1.25 * 1.25 + 15 * (0.625 / 0.75) * (0.625 / 0.75));
        Interval interval = WilsonInterval.ofShare(0.5, effective);
        assertThat(level1.<Double>getAs("lower")).isCloseTo(interval.lower(), within(1e-9));
        assertThat(cells.get("E1|W1|weighted|level=0").<Double>getAs("value")).isCloseTo(0.5, within(1e-9));
        assertThat(cells.get("E1|W1|ipw|weight_max").<Double>getAs("value")).isCloseTo(1.25, within(1e-9));
        assertThat(cells.get("E1|W1|ipw|weight_min").<Double>getAs("value")).isCloseTo(0.625 / 0.75, within(1e-9));
        assertThat(cells.get("|W1|weighted|level=1").<Double>getAs("value")).isCloseTo(0.5, within(1e-9));
    }
}
