package io.longitude.analytics.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.longitude.analytics.AnalyticsTestBase;
import io.longitude.core.metrics.Interval;
import io.longitude.core.metrics.WilsonInterval;
import java.util.Map;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * M2 (retention, attrition bias), M4, M5, M6, M7, M10 and M15 on a small programme whose figures are worked out by
 * hand in the comments. Edition E1: enrolled candidates a–f (desk D1), referred-only r1–r3 (the comparison group);
 * edition E2: g–j.
 * <pre>
 *        W0 (interest)  W1 (interest)  W2   gender  coach at W0
 *   a    0 (3)          1              1    f       1
 *   b    0 (2)          0 (3)          1    m       0
 *   c    0 (1)          1              -    f       0
 *   d    1              2              2    m       1
 *   e    2              1              2    f       2
 *   f    1              -              0    f       2
 *   r1   0              -              0
 *   r2   1              -              1
 *   r3   0              -              1
 *   g 1, h 1, i 0 at W0 in E2; j never responds
 * </pre>
 * Awareness items: a 2,2,2 then 3,3,3 (+1); b 2,2,2,2,2 then 2,2,1 (−1/3); c 1,1,1 then 3,3,3 (+2).
 */
class TestPairedMetrics extends AnalyticsTestBase {
    private static ProgrammeRows rows;

    @BeforeAll
    static void programme() {
        rows = new ProgrammeRows().edition("E1", 1).edition("E2", 2);
        String[] genders = {"f", "m", "f", "m", "f", "f"};
        String[] keys = {"a", "b", "c", "d", "e", "f"};
        for (int index = 0; index < keys.length; index++) {
            rows.candidate(keys[index], "E1", "D1", "enrolled", genders[index], null);
        }
        for (String key : new String[] {"r1", "r2", "r3"}) {
            rows.candidate(key, "E1", "D1", "referred");
        }
        for (String key : new String[] {"g", "h", "i", "j"}) {
            rows.candidate(key, "E2", "D1", "enrolled");
        }
        rows.response("a", "E1", "W0", answers(0, 3, 2, 2, 2, null, null))
                .response("a", "E1", "W1", answers(1, null, 3, 3, 3, null, null))
                .level("a", "E1", "W2", 1, null)
                .response("b", "E1", "W0", answers(0, 2, 2, 2, 2, 2, 2))
                .response("b", "E1", "W1", answers(0, 3, 2, 2, 1, null, null))
                .level("b", "E1", "W2", 1, null)
                .response("c", "E1", "W0", answers(0, 1, 1, 1, 1, null, null))
                .response("c", "E1", "W1", answers(1, null, 3, 3, 3, null, null))
                .level("d", "E1", "W0", 1, null)
                .level("d", "E1", "W1", 2, null)
                .level("d", "E1", "W2", 2, null)
                .level("e", "E1", "W0", 2, null)
                .level("e", "E1", "W1", 1, null)
                .level("e", "E1", "W2", 2, null)
                .level("f", "E1", "W0", 1, null)
                .level("f", "E1", "W2", 0, null)
                .level("r1", "E1", "W0", 0, null)
                .level("r1", "E1", "W2", 0, null)
                .level("r2", "E1", "W0", 1, null)
                .level("r2", "E1", "W2", 1, null)
                .level("r3", "E1", "W0", 0, null)
                .level("r3", "E1", "W2", 1, null)
                .level("g", "E2", "W0", 1, null)
                .level("h", "E2", "W0", 1, null)
                .level("i", "E2", "W0", 0, null);
        rows.assessment("a", "E1", "W0", 1)
                .assessment("b", "E1", "W0", 0)
                .assessment("c", "E1", "W0", 0)
                .assessment("d", "E1", "W0", 1)
                .assessment("e", "E1", "W0", 2)
                .assessment("f", "E1", "W0", 2);
    }

    private static Map<String, Object> answers(Integer level, Integer interest, Integer... awareness) {
        java.util.HashMap<String, Object> answers = new java.util.HashMap<>();
        answers.put("sd_integration", level);
        answers.put("sd_interest", interest);
        for (int item = 0; item < awareness.length; item++) {
            answers.put("sd_awareness_" + (item + 1), awareness[item]);
        }
        return answers;
    }

    @Test
    void transitionsBetweenConsecutiveWaves() {
        Map<String, Row> cells = cells(Transitions.compute(rows.enrolments(spark), rows.responses(spark), 5));

        // W0>W1 pairs: a 0→1, b 0→0, c 0→1, d 1→2, e 2→1.
        assertShare(cells.get("E1|W0>W1|from=0|to=1"), 2, 3);
        assertShare(cells.get("E1|W0>W1|from=0|to=0"), 1, 3);
        assertShare(cells.get("E1|W0>W1|from=0|to=2"), 0, 3);
        assertShare(cells.get("E1|W0>W1|from=1|to=2"), 1, 1);
        assertShare(cells.get("E1|W0>W1|from=2|to=1"), 1, 1);
        assertShare(cells.get("E1|W0>W1|up"), 3, 5);
        assertShare(cells.get("E1|W0>W1|stay"), 1, 5);
        assertShare(cells.get("E1|W0>W1|down"), 1, 5);
        // W1>W2 pairs: a 1→1, b 0→1, d 2→2, e 1→2.
        assertShare(cells.get("E1|W1>W2|up"), 2, 4);
        assertShare(cells.get("E1|W1>W2|down"), 0, 4);
        assertThat(cells.get("E1|W0>W1|from=1|to=0").<Double>getAs("value")).isZero();
        assertThat(cells).doesNotContainKey("E1|W0>W2|up");
        assertShare(cells.get("|W0>W1|up"), 3, 5);
    }

    @Test
    void intentionToAction() {
        Map<String, Row> cells = cells(IntentionToAction.compute(rows.enrolments(spark), rows.responses(spark), 1));

        // At W0 level 0: a (3), b (2), c (1): two interested; of a and b, a acts at W1; c, not interested, acts too.
        assertShare(cells.get("E1|W0>W1|interested"), 2, 3);
        assertShare(cells.get("E1|W0>W1|acted"), 1, 2);
        assertShare(cells.get("E1|W0>W1|acted_not_interested"), 1, 1);
        // At W1 level 0: b (3), who is at level 1 at W2.
        assertShare(cells.get("E1|W1>W2|interested"), 1, 1);
        assertShare(cells.get("E1|W1>W2|acted"), 1, 1);
        assertThat(cells.keySet()).noneMatch(key -> key.contains("W2>W3"));
    }

    @Test
    void unconsciousIntegratorsAndKappa() {
        Map<String, Row> cells = cells(UnconsciousIntegrators.compute(
                rows.enrolments(spark), rows.responses(spark), rows.assessments(spark), 5));

        // Self 0: a (coach 1), b (0), c (0): one unconscious integrator of three.
        assertShare(cells.get("E1|W0|unconscious_integrators"), 1, 3);
        assertThat(cells.get("E1|W0|agreement|self=0|coach=0").<Double>getAs("value"))
                .isEqualTo(2.0);
        assertThat(cells.get("E1|W0|agreement|self=1|coach=2").<Double>getAs("value"))
                .isEqualTo(1.0);
        // Observed agreement 4/6; margins self 3,2,1 and coach 2,2,2: chance 12/36; kappa (2/3 − 1/3) / (2/3) = 0.5.
        Row kappa = cells.get("E1|W0|kappa");
        assertThat(kappa.<Double>getAs("value")).isCloseTo(0.5, within(1e-12));
        assertThat(kappa.<Long>getAs("n")).isEqualTo(6);
        assertThat(kappa.<Double>getAs("lower")).isLessThan(0.5);
        assertThat(kappa.<Double>getAs("upper")).isGreaterThan(0.5);
    }

    @Test
    void prePostCountsPairsAndRanksByHand() {
        Map<String, Row> cells = cells(PrePost.compute(rows.enrolments(spark), rows.responses(spark), 1));

        // Integrated at W0 → W1: a and c move up (b = 2), nobody down (c = 0): exact McNemar, statistic b = 2,
        // p = 2 × 0.5² = 0.5; both rows carry b and c.
        assertThat(cells.get("E1|W0>W1|mcnemar|statistic").<Double>getAs("value"))
                .isCloseTo(2.0, within(1e-12));
        assertThat(cells.get("E1|W0>W1|mcnemar|p_value").<Double>getAs("value")).isCloseTo(0.5, within(1e-12));
        for (String row : new String[] {"E1|W0>W1|mcnemar|statistic", "E1|W0>W1|mcnemar|p_value"}) {
            assertThat(cells.get(row).<Double>getAs("numerator")).isEqualTo(2.0);
            assertThat(cells.get(row).<Double>getAs("denominator")).isEqualTo(0.0);
        }
        // Share integrated 2/5 at W0 (d, e), 4/5 at W1: paired difference 0.4.
        assertThat(cells.get("E1|W0>W1|paired_difference|level>=1").<Double>getAs("value"))
                .isCloseTo(0.4, within(1e-12));
        assertThat(cells.get("E1|W0>W1|stuart_maxwell|statistic").<Long>getAs("n"))
                .isEqualTo(5);
        // Awareness changes +1, −1/3, +2: ranks of |d| 2, 1, 3; V = 2 + 3 = 5; rank-biserial (5 − 1) / 6.
        assertThat(cells.get("E1|W0>W1|wilcoxon|statistic").<Double>getAs("value"))
                .isCloseTo(5.0, within(1e-12));
        assertThat(cells.get("E1|W0>W1|wilcoxon|rank_biserial").<Double>getAs("value"))
                .isCloseTo(4 / 6.0, within(1e-12));
        Row change = cells.get("E1|W0>W1|awareness_change");
        assertThat(change.<Double>getAs("value")).isCloseTo((1 - 1 / 3.0 + 2) / 3, within(1e-9));
        double sd =
                Math.sqrt((Math.pow(1 - 8 / 9.0, 2) + Math.pow(-1 / 3.0 - 8 / 9.0, 2) + Math.pow(2 - 8 / 9.0, 2)) / 2);
        double half = TDistribution.of(2).inverseCumulativeProbability(0.975) * sd / Math.sqrt(3);
        assertThat(change.<Double>getAs("lower")).isCloseTo(8 / 9.0 - half, within(1e-9));
        // W0 → W2: a 0→1, b 0→1, d 1→2, e 2→2, f 1→0: b = 2, c = 1; p = 2 × P(X ≤ 1 | 3, ½) = 2 × 4/8 = 1.
        assertThat(cells.get("E1|W0>W2|mcnemar|statistic").<Double>getAs("value"))
                .isCloseTo(2.0, within(1e-12));
        assertThat(cells.get("E1|W0>W2|mcnemar|p_value").<Double>getAs("value")).isCloseTo(1.0, within(1e-12));
        assertThat(cells.get("E1|W0>W2|mcnemar|p_value").<Double>getAs("denominator"))
                .isEqualTo(1.0);
    }

    @Test
    void retentionAndAttritionBias() {
        Map<String, Row> rates = cells(ResponseRates.compute(rows.enrolments(spark), rows.responses(spark), 5));

        assertShare(rates.get("E1|W1|response_rate"), 5, 6);
        assertShare(rates.get("E1|W1|retention"), 5, 6);
        assertShare(rates.get("E2|W0|response_rate"), 3, 4);
        // The programme: W0 9 of 10, W1 only E1 reached it: 5 of 6.
        assertShare(rates.get("|W0|response_rate"), 9, 10);
        assertShare(rates.get("|W1|response_rate"), 5, 6);

        Map<String, Row> bias = cells(AttritionBias.compute(rows.enrolments(spark), rows.responses(spark), 1));
        // W1 responders a–e (3 of 5 women, 2 of 5 integrated at W0); non-responder f (woman, integrated).
        double pooledSd = Math.sqrt((0.6 * 0.4 + 0) / 2);
        assertThat(bias.get("E1|W1|smd|gender=f").<Double>getAs("value"))
                .isCloseTo((0.6 - 1) / pooledSd, within(1e-12));
        assertThat(bias.get("E1|W1|smd|gender=m").<Double>getAs("value")).isCloseTo(0.4 / pooledSd, within(1e-12));
        assertThat(bias.get("E1|W1|smd|baseline_level>=1").<Double>getAs("value"))
                .isCloseTo((0.4 - 1) / pooledSd, within(1e-12));
        assertThat(bias.get("E1|W1|smd|gender=f").<String>getAs("note")).contains("imbalance");
        assertThat(bias.get("E1|W1|smd|desk=D1").<String>getAs("status")).isEqualTo("not_computable");
        assertThat(bias.get("E1|W1|smd|baseline_awareness").<String>getAs("note"))
                .contains("fewer than 2");
    }

    @Test
    void editionsComparedAtEqualHorizons() {
        Map<String, Row> cells =
                cells(EditionsCompared.compute(rows.editions(spark), rows.enrolments(spark), rows.responses(spark), 1));

        // W0 integrated: E2 2 of 3, E1 3 of 6. Newcombe's method 10 from the two Wilson intervals.
        Row integrated = cells.get("E2|W0|integrated|vs=E1");
        Interval e2 = WilsonInterval.of(2, 3);
        Interval e1 = WilsonInterval.of(3, 6);
        double difference = 2 / 3.0 - 0.5;
        assertThat(integrated.<Double>getAs("value")).isCloseTo(difference, within(1e-12));
        assertThat(integrated.<Double>getAs("lower"))
                .isCloseTo(difference - Math.hypot(2 / 3.0 - e2.lower(), e1.upper() - 0.5), within(1e-9));
        assertThat(integrated.<Double>getAs("upper"))
                .isCloseTo(difference + Math.hypot(e2.upper() - 2 / 3.0, 0.5 - e1.lower()), within(1e-9));
        assertThat(cells.get("E2|W0|response_rate|vs=E1").<Double>getAs("value"))
                .isCloseTo(0.75 - 1.0, within(1e-12));
        assertThat(cells.get("E2|W0|business_active|vs=E1").<String>getAs("status"))
                .isEqualTo("not_computable");
        assertThat(cells.keySet()).noneMatch(key -> key.startsWith("E1|"));
    }

    @Test
    void differenceInDifferencesAgainstTheComparisonGroup() {
        Map<String, Row> cells = cells(ComparisonGroup.compute(rows.enrolments(spark), rows.responses(spark), 1));

        // W0 → W2 integrated: enrolled changes +1, +1, 0, 0, −1 (mean 0.2); comparison 0, 0, +1 (mean 1/3).
        Row did = cells.get("E1|W0>W2|did|integrated");
        assertThat(did.<Double>getAs("value")).isCloseTo(0.2 - 1 / 3.0, within(1e-12));
        assertThat(did.<Double>getAs("numerator")).isEqualTo(5.0);
        assertThat(did.<Double>getAs("denominator")).isEqualTo(3.0);
        double variance1 = (2 * 0.64 + 2 * 0.04 + 1.44) / 4;
        double variance2 = (2 * 1 / 9.0 + 4 / 9.0) / 2;
        double standardError = Math.sqrt(variance1 / 5 + variance2 / 3);
        double degrees = Math.pow(standardError * standardError, 2)
                / (Math.pow(variance1 / 5, 2) / 4 + Math.pow(variance2 / 3, 2) / 2);
        double half = TDistribution.of(degrees).inverseCumulativeProbability(0.975) * standardError;
        assertThat(did.<Double>getAs("lower")).isCloseTo(0.2 - 1 / 3.0 - half, within(1e-9));
        assertThat(did.<Double>getAs("upper")).isCloseTo(0.2 - 1 / 3.0 + half, within(1e-9));
        assertThat(cells).doesNotContainKey("E1|W0>W1|did|integrated");
    }

    @Test
    void differenceInDifferencesNotComputableStillCarriesItsPairCounts() {
        ProgrammeRows small = new ProgrammeRows().edition("E1", 1);
        small.candidate("a", "E1", "D1", "enrolled")
                .candidate("b", "E1", "D1", "enrolled")
                .candidate("r", "E1", "D1", "referred");
        small.level("a", "E1", "W0", 0, null)
                .level("a", "E1", "W1", 1, null)
                .level("b", "E1", "W0", 1, null)
                .level("b", "E1", "W1", 1, null)
                .level("r", "E1", "W0", 0, null)
                .level("r", "E1", "W1", 1, null);

        Map<String, Row> cells = cells(ComparisonGroup.compute(small.enrolments(spark), small.responses(spark), 1));

        // Enrolled pairs a, b; comparison pair r only: no Welch interval from 1 pair, but the counts stay.
        Row did = cells.get("E1|W0>W1|did|integrated");
        assertThat(did.<String>getAs("status")).isEqualTo("not_computable");
        assertThat(did.<Double>getAs("value")).isNull();
        assertThat(did.<Double>getAs("numerator")).isEqualTo(2.0);
        assertThat(did.<Double>getAs("denominator")).isEqualTo(1.0);
        assertThat(did.<Long>getAs("n")).isEqualTo(3);
    }

    static void assertShare(Row row, int numerator, int denominator) {
        assertThat(row).as("row").isNotNull();
        assertThat(row.<Double>getAs("numerator")).isEqualTo(numerator);
        assertThat(row.<Double>getAs("denominator")).isEqualTo(denominator);
        assertThat(row.<Double>getAs("value")).isCloseTo(numerator / (double) denominator, within(1e-12));
        if (denominator >= 2) {
            Interval expected = WilsonInterval.of(numerator, denominator);
            assertThat(row.<Double>getAs("lower")).isCloseTo(expected.lower(), within(1e-12));
            assertThat(row.<Double>getAs("upper")).isCloseTo(expected.upper(), within(1e-12));
        }
    }
}
