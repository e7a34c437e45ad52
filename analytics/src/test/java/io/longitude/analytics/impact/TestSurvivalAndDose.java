package io.longitude.analytics.impact;

import static io.longitude.analytics.impact.TestPairedMetrics.assertShare;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.longitude.analytics.AnalyticsTestBase;
import io.longitude.core.metrics.WilsonInterval;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * M8 and M9 on small programmes: Kaplan–Meier worked out by hand, Spearman's ρ and the dose slope against Apache
 * Commons Math computed on the same candidates one by one.
 */
class TestSurvivalAndDose extends AnalyticsTestBase {
    private static final double Z = WilsonInterval.Z_95;

    @Test
    void kaplanMeierWithCensoringByHand() {
        ProgrammeRows rows = new ProgrammeRows().edition("E1", 1).edition("E2", 2);
        for (String key : new String[] {"b1", "b2", "b3", "b4"}) {
            rows.candidate(key, "E1", "D1", "completed");
        }
        rows.candidate("c1", "E2", "D1", "completed").candidate("c2", "E2", "D1", "completed");
        rows.response("b1", "E1", "W1", business("2024-03-10", "stopped", "2024-03-01"))
                .response("b2", "E1", "W1", business("2024-07-19", "launched", null))
                .response("b3", "E1", "W1", business("2024-12-01", "stopped", "2024-11-26"))
                .response("b4", "E1", "W1", business("2025-01-01", "launched", null))
                .response("c1", "E2", "W1", business("2024-02-01", "stopped", "2024-01-31"))
                .response("c2", "E2", "W1", business("2024-05-01", "stopped", "2024-04-10"));

        Map<String, Row> cells = cells(BusinessSurvival.compute(rows.enrolments(spark), rows.responses(spark), 1));

        // E1: stop at 60 days (b1), censored at 200 (b2), stop at 330 (b3), censored at 366 (b4); months = days /
        // 30.44.
        Row first = cells.get("E1||km|month=1.97");
        assertThat(first.<Double>getAs("value")).isCloseTo(0.75, within(1e-12));
        assertThat(first.<Double>getAs("denominator")).isEqualTo(4.0);
        // Greenwood on the log(−log) scale: se = √(Σ d / (n (n − d))) / |ln S|; bounds S^exp(±z se).
        double se = Math.sqrt(1 / 12.0) / Math.abs(Math.log(0.75));
        assertThat(first.<Double>getAs("lower")).isCloseTo(Math.pow(0.75, Math.exp(Z * se)), within(1e-9));
        assertThat(first.<Double>getAs("upper")).isCloseTo(Math.pow(0.75, Math.exp(-Z * se)), within(1e-9));
        Row second = cells.get("E1||km|month=10.84");
        assertThat(second.<Double>getAs("value")).isCloseTo(0.375, within(1e-12));
        assertThat(second.<Double>getAs("denominator")).isEqualTo(2.0);
        assertThat(cells.get("E1||survival|months=12").<Double>getAs("value")).isCloseTo(0.375, within(1e-12));
        // At risk at 12 months: only b4 (censored at 12.02) was followed that long; the last stop before (10.84) had 2.
        assertThat(cells.get("E1||survival|months=12").<Double>getAs("denominator"))
                .isEqualTo(1.0);
        assertThat(cells.get("E1||survival|months=36").<String>getAs("status")).isEqualTo("not_computable");
        assertThat(cells.get("E1||survival|months=36").<String>getAs("note"))
                .contains("no business followed for 36 months");
        assertThat(cells.get("E2||km|month=0.99").<Double>getAs("value")).isCloseTo(0.5, within(1e-12));
        // Log-rank E1 against E2, by hand. Stops at 0.99 (E2; at risk 4 + 2), 1.97 (E1; 4 + 1), 3.29 (E2; 3 + 1),
        // 10.84 (E1; 2 + 0). Expected stops in E1: 4/6 + 4/5 + 3/4 + 2/2, observed 2; variance
        // Σ d (n₁/n)(n₂/n)(n − d)/(n − 1) = 8/36 + 4/25 + 3/16 + 0.
        double expected = 4 / 6.0 + 4 / 5.0 + 3 / 4.0 + 1;
        double variance = 8 / 36.0 + 4 / 25.0 + 3 / 16.0;
        double chiSquare = Math.pow(2 - expected, 2) / variance;
        Row logRank = cells.get("||logrank|statistic");
        assertThat(logRank.<Double>getAs("numerator")).isEqualTo(1.0);
        assertThat(logRank.<Double>getAs("value")).isCloseTo(chiSquare, within(1e-9));
        assertThat(cells.get("||logrank|p_value").<Double>getAs("value"))
                .isCloseTo(ChiSquaredDistribution.of(1).survivalProbability(chiSquare), within(1e-9));
        assertThat(cells.get("||km|month=0.99").<Long>getAs("n")).isEqualTo(6);
    }

    private static Map<String, Object> business(String submitted, String status, String stop) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("submitted_at", submitted);
        answers.put("business_status", status);
        answers.put("business_launch_date", "2024-01-01");
        answers.put("business_stop_date", stop);
        return answers;
    }

    @Test
    void doseResponseBandsRankCorrelationAndSlope() {
        // Candidate: thematic, BMC, level at W0, level at W1.
        int[][] candidates = {
            {0, 0, 0, 0},
            {2, 1, 0, 0},
            {3, 1, 0, 1},
            {4, 2, 1, 1},
            {5, 2, 0, 1},
            {6, 3, 1, 2},
            {6, 4, 0, 1},
            {1, 0, 1, 0}
        };
        ProgrammeRows rows = new ProgrammeRows().edition("E1", 1);
        List<double[]> pairs = new ArrayList<>();
        SimpleRegression regression = new SimpleRegression();
        for (int index = 0; index < candidates.length; index++) {
            int[] candidate = candidates[index];
            String key = "k" + index;
            rows.candidate(key, "E1", "D1", "enrolled")
                    .attended(key, "E1", candidate[0], candidate[1])
                    .level(key, "E1", "W0", candidate[2], null)
                    .level(key, "E1", "W1", candidate[3], null)
                    .assessment(key, "E1", "W0", index == 2 ? 1 : candidate[2]);
            pairs.add(new double[] {candidate[0] + candidate[1], candidate[3]});
            regression.addData(candidate[0] + candidate[1], candidate[3] > candidate[2] ? 1 : 0);
        }

        Map<String, Row> cells = cells(DoseResponse.compute(
                rows.enrolments(spark),
                rows.responses(spark),
                rows.sessions(spark),
                rows.attendance(spark),
                rows.assessments(spark),
                1));

        // Sessions 0, 3, 4, 6, 7, 9, 10, 1; integrated at W1: 0, 0, 1, 1, 1, 1, 1, 0.
        assertShare(cells.get("E1|W1|band=0-3"), 0, 3);
        assertShare(cells.get("E1|W1|band=4-6"), 2, 2);
        assertShare(cells.get("E1|W1|band=7-10"), 3, 3);
        assertShare(cells.get("E1|W1|thematic|band=0-2"), 0, 3);
        assertShare(cells.get("E1|W1|thematic|band=3-4"), 2, 2);
        assertShare(cells.get("E1|W1|bmc|band=0-1"), 1, 4);
        assertShare(cells.get("E1|W1|bmc|band=3-4"), 2, 2);
        double expected = new SpearmansCorrelation()
                .correlation(
                        pairs.stream().mapToDouble(pair -> pair[0]).toArray(),
                        pairs.stream().mapToDouble(pair -> pair[1]).toArray());
        Row spearman = cells.get("E1|W1|spearman|all");
        assertThat(spearman.<Double>getAs("value")).isCloseTo(expected, within(1e-12));
        double z = 0.5 * Math.log((1 + expected) / (1 - expected));
        double half = Z * Math.sqrt(1.06 / (8 - 3));
        assertThat(spearman.<Double>getAs("lower")).isCloseTo(Math.tanh(z - half), within(1e-9));
        Row slope = cells.get("E1|W0>W1|slope_up_per_session");
        assertThat(slope.<Double>getAs("value")).isCloseTo(regression.getSlope(), within(1e-12));
        assertThat(slope.<Double>getAs("upper") - slope.<Double>getAs("value"))
                .isCloseTo(regression.getSlopeConfidenceInterval(), within(1e-9));
        assertThat(slope.<Long>getAs("n")).isEqualTo(8);
        // The coach places k2 at 1 while k2 reports 0: the confirmed slope leaves k2 (4 sessions, moved up) out.
        SimpleRegression confirmed = new SimpleRegression();
        for (int index = 0; index < candidates.length; index++) {
            if (index != 2) {
                confirmed.addData(
                        candidates[index][0] + candidates[index][1],
                        candidates[index][3] > candidates[index][2] ? 1 : 0);
            }
        }
        assertThat(cells.get("E1|W0>W1|slope_up_per_session|coach_confirmed").<Double>getAs("value"))
                .isCloseTo(confirmed.getSlope(), within(1e-12));
        assertThat(cells.get("E1|W0>W1|slope_up_per_session|coach_confirmed").<Long>getAs("n"))
                .isEqualTo(7);
    }
}
