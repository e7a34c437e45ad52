package io.longitude.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

class TestLogRank {

    /** Placebo group of Freireich et al. (1963) / Gehan (1965): all 21 are events. */
    private static final LogRank.Group PLACEBO = new LogRank.Group(
            new double[] {1, 2, 3, 4, 5, 8, 11, 12, 15, 17, 22, 23},
            new long[] {2, 2, 1, 2, 2, 4, 2, 2, 1, 1, 1, 1},
            new long[12]);

    private static final LogRank.Group SIX_MP = new LogRank.Group(
            TestKaplanMeier.SIX_MP_TIMES, TestKaplanMeier.SIX_MP_EVENTS, TestKaplanMeier.SIX_MP_CENSORED);

    /**
     * Gehan (1965) 6-MP versus placebo: log-rank chi-square 16.79 on 1 df (R {@code survdiff}: "Chisq= 16.8 on 1
     * degrees of freedom, p= 4e-05"; observed 9 vs expected 19.25 in the 6-MP group), also recomputed by the
     * independent subject-level computation below.
     */
    @Test
    void gehanLeukaemia() {
        TestResult result = LogRank.test(List.of(SIX_MP, PLACEBO)).orElseThrow();

        assertThat(result.statistic()).isCloseTo(16.79, within(0.005));
        assertThat(result.degreesOfFreedom()).isEqualTo(1);
        assertThat(result.pValue()).isCloseTo(4.17e-5, within(0.05e-5));
        assertThat(result.statistic()).isCloseTo(independent(List.of(SIX_MP, PLACEBO)), within(1e-9));
    }

    /**
     * Three groups plus an empty one: agrees with an independent subject-level computation (commons-math3 LU
     * inverse, leaving out the first group instead of the last); the empty group does not count for df.
     */
    @Test
    void threeGroupsAgreeWithIndependentComputation() {
        LogRank.Group third = new LogRank.Group(
                new double[] {2, 5, 9, 14, 20}, new long[] {1, 3, 0, 2, 1}, new long[] {0, 1, 2, 0, 3});
        LogRank.Group empty = new LogRank.Group(new double[0], new long[0], new long[0]);

        TestResult result = LogRank.test(List.of(SIX_MP, empty, PLACEBO, third)).orElseThrow();

        assertThat(result.degreesOfFreedom()).isEqualTo(2);
        double expected = independent(List.of(SIX_MP, PLACEBO, third));
        assertThat(result.statistic()).isCloseTo(expected, within(1e-9));
        assertThat(result.pValue())
                .isCloseTo(1 - new ChiSquaredDistribution(2).cumulativeProbability(expected), within(1e-12));
    }

    @Test
    void notComputable() {
        assertThat(LogRank.test(List.of(SIX_MP))).isEmpty();
        LogRank.Group censoredOnly = new LogRank.Group(new double[] {3}, new long[] {0}, new long[] {4});
        assertThat(LogRank.test(List.of(censoredOnly, censoredOnly))).isEmpty();
    }

    /**
     * Subject-level log-rank: expand every group to one record per subject, and at each event time count at risk
     * (time ≥ t) and events directly; U = O − E, V from the hypergeometric covariance; U'V⁻¹U without group 0.
     */
    private static double independent(List<LogRank.Group> groups) {
        int k = groups.size();
        List<double[]> subjects = new ArrayList<>(); // {group, time, event}
        TreeSet<Double> eventTimes = new TreeSet<>();
        for (int g = 0; g < k; g++) {
            LogRank.Group group = groups.get(g);
            for (int i = 0; i < group.times().length; i++) {
                for (long e = 0; e < group.events()[i]; e++) {
                    subjects.add(new double[] {g, group.times()[i], 1});
                    eventTimes.add(group.times()[i]);
                }
                for (long c = 0; c < group.censored()[i]; c++) {
                    subjects.add(new double[] {g, group.times()[i], 0});
                }
            }
        }
        RealVector u = MatrixUtils.createRealVector(new double[k]);
        RealMatrix v = MatrixUtils.createRealMatrix(k, k);
        for (double t : eventTimes) {
            double[] atRisk = new double[k];
            double[] deaths = new double[k];
            for (double[] subject : subjects) {
                if (subject[1] >= t) {
                    atRisk[(int) subject[0]]++;
                    if (subject[1] == t && subject[2] == 1) {
                        deaths[(int) subject[0]]++;
                    }
                }
            }
            double n = 0;
            double d = 0;
            for (int g = 0; g < k; g++) {
                n += atRisk[g];
                d += deaths[g];
            }
            for (int g = 0; g < k; g++) {
                u.addToEntry(g, deaths[g] - d * atRisk[g] / n);
                for (int h = 0; h < k; h++) {
                    double covariance =
                            n > 1 ? d * (n - d) / (n - 1) * atRisk[g] / n * ((g == h ? 1 : 0) - atRisk[h] / n) : 0;
                    v.addToEntry(g, h, covariance);
                }
            }
        }
        RealVector reducedU = u.getSubVector(1, k - 1);
        RealMatrix reducedV = v.getSubMatrix(1, k - 1, 1, k - 1);
        return reducedU.dotProduct(
                new LUDecomposition(reducedV).getSolver().getInverse().operate(reducedU));
    }
}
