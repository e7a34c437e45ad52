package io.longitude.analytics.collaboration;

import static io.longitude.analytics.collaboration.CollaborationFixtures.enrolment;
import static io.longitude.analytics.collaboration.CollaborationFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.longitude.analytics.AnalyticsTestBase;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * M12 worked out by hand. E1: candidates a, b, c; E2: d, e; the coach k and the referred r are left out.
 * new_contacts: W0 a 2, b 4, c no answer, d 6; W1 a 3, b 5, c 1, d 2, e 4; W2 a 0.
 */
class TestContactGrowth extends AnalyticsTestBase {
    /** Student's t quantiles t(0.975, df), from tables (R: qt(0.975, df)). */
    private static final double T1 = 12.706204736174706;

    private static final double T2 = 4.302652729749464;
    private static final double T4 = 2.7764451051977934;

    @Test
    void meansTotalsAndCumulativeMeansWithTIntervals() {
        Map<String, Row> cells = cells(ContactGrowth.compute(
                CollaborationFixtures.enrolments(
                        spark,
                        enrolment("a", "E1", "candidate", "D1", "completed"),
                        enrolment("b", "E1", "candidate", "D1", "completed"),
                        enrolment("c", "E1", "candidate", "D2", "dropped"),
                        enrolment("k", "E1", "coach", null, "enrolled"),
                        enrolment("r", "E1", "candidate", "D2", "referred"),
                        enrolment("d", "E2", "candidate", "D1", "enrolled"),
                        enrolment("e", "E2", "candidate", "D1", "enrolled")),
                CollaborationFixtures.responses(
                        spark,
                        response("a", "E1", "W0").newContacts(2),
                        response("b", "E1", "W0").newContacts(4),
                        response("c", "E1", "W0").newContacts(null),
                        response("k", "E1", "W0").newContacts(50),
                        response("r", "E1", "W0").newContacts(50),
                        response("a", "E1", "W1").newContacts(3),
                        response("b", "E1", "W1").newContacts(5),
                        response("c", "E1", "W1").newContacts(1),
                        response("a", "E1", "W2").newContacts(0),
                        response("d", "E2", "W0").newContacts(6),
                        response("d", "E2", "W1").newContacts(2),
                        response("e", "E2", "W1").newContacts(4)),
                5));

        // E1 W0: 2, 4: mean 3, s = √2, half-width t1 · √2 / √2 = t1.
        assertMean(cells, "E1|W0|new_contacts|mean", 6, 2, 3, T1);
        assertMean(cells, "E1|W0|cumulative|mean", 6, 2, 3, T1);
        assertTotal(cells, "E1|W0|new_contacts|total", 6, 2);
        // E1 W1: 3, 5, 1: mean 3, s = 2. Cumulative a 2+3 = 5, b 4+5 = 9, c 0+1 = 1: mean 5, s = 4.
        assertMean(cells, "E1|W1|new_contacts|mean", 9, 3, 3, T2 * 2 / Math.sqrt(3));
        assertMean(cells, "E1|W1|cumulative|mean", 15, 3, 5, T2 * 4 / Math.sqrt(3));
        assertTotal(cells, "E1|W1|new_contacts|total", 9, 3);
        // E1 W2: a 0 alone, cumulative 5; no interval.
        assertMean(cells, "E1|W2|new_contacts|mean", 0, 1, 0, Double.NaN);
        assertMean(cells, "E1|W2|cumulative|mean", 5, 1, 5, Double.NaN);
        assertThat(cells.get("E1|W2|cumulative|mean").<String>getAs("note"))
                .isEqualTo("no interval from fewer than 2 observations");
        // E2 W1: 2, 4: mean 3, s = √2; cumulative d 6+2 = 8, e 4: mean 6, s = 2√2.
        assertMean(cells, "E2|W1|new_contacts|mean", 6, 2, 3, T1);
        assertMean(cells, "E2|W1|cumulative|mean", 12, 2, 6, T1 * 2);
        // The programme, W0: 2, 4, 6: mean 4, s = 2.
        assertMean(cells, "|W0|new_contacts|mean", 12, 3, 4, T2 * 2 / Math.sqrt(3));
        assertTotal(cells, "|W0|new_contacts|total", 12, 3);
        // W1: 3, 5, 1, 2, 4: mean 3, s = √2.5; cumulative 5, 9, 1, 8, 4: mean 5.4, s² = 41.2 / 4 = 10.3.
        assertMean(cells, "|W1|new_contacts|mean", 15, 5, 3, T4 * Math.sqrt(2.5) / Math.sqrt(5));
        assertMean(cells, "|W1|cumulative|mean", 27, 5, 5.4, T4 * Math.sqrt(10.3) / Math.sqrt(5));
        assertThat(cells.get("|W1|cumulative|mean").<String>getAs("status")).isEqualTo("ok");
        assertMean(cells, "|W2|cumulative|mean", 5, 1, 5, Double.NaN);
        assertThat(cells).hasSize(3 * (3 + 2 + 3));
    }

    private static void assertMean(
            Map<String, Row> cells, String key, double sum, long n, double mean, double halfWidth) {
        Row row = cells.get(key);
        assertThat(row).as(key).isNotNull();
        assertThat(row.<Double>getAs("numerator")).as(key).isEqualTo(sum);
        assertThat(row.<Double>getAs("denominator")).as(key).isEqualTo(n);
        assertThat(row.<Long>getAs("n")).as(key).isEqualTo(n);
        assertThat(row.<Double>getAs("value")).as(key).isCloseTo(mean, within(1e-12));
        if (Double.isNaN(halfWidth)) {
            assertThat(row.<Object>getAs("lower")).as(key).isNull();
            assertThat(row.<Object>getAs("upper")).as(key).isNull();
        } else {
            assertThat(row.<Double>getAs("lower")).as(key).isCloseTo(mean - halfWidth, within(1e-9));
            assertThat(row.<Double>getAs("upper")).as(key).isCloseTo(mean + halfWidth, within(1e-9));
        }
    }

    private static void assertTotal(Map<String, Row> cells, String key, double total, long n) {
        Row row = cells.get(key);
        assertThat(row.<Double>getAs("value")).as(key).isEqualTo(total);
        assertThat(row.<Long>getAs("n")).as(key).isEqualTo(n);
        assertThat(row.<Object>getAs("lower")).as(key).isNull();
        assertThat(row.<String>getAs("status")).as(key).isEqualTo("small_n");
    }
}
