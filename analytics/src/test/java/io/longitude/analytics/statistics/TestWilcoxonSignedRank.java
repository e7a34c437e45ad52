package io.longitude.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.junit.jupiter.api.Test;

class TestWilcoxonSignedRank {

    /**
     * Hand computation with ties and zeros: differences −1, 2, 2, 3, −3, 5 and three zeros. Zeros dropped, n = 6;
     * |d| = 1, 2, 2, 3, 3, 5 get midranks 1, 2.5, 2.5, 4.5, 4.5, 6; W⁺ = 2.5 + 2.5 + 4.5 + 6 = 15.5, W⁻ = 5.5;
     * E = 10.5; Var = 6·7·13/24 − (6 + 6)/48 = 22.5; z = (5 − 0.5)/√22.5 = 0.948683; p = 2(1 − Φ(z)) = 0.342782
     * (scipy 1.17 {@code wilcoxon(d, zero_method='wilcox', correction=True, method='approx')}, which reproduces R's
     * {@code wilcox.test(d, exact=FALSE, correct=TRUE)}, gives 0.34278171114791134). Rank-biserial 10/21.
     */
    @Test
    void handComputationWithTiesAndZeros() {
        double[] differences = {-1, 2, 3, -3, 0, 5};
        long[] counts = {1, 2, 1, 1, 3, 1};

        WilcoxonSignedRank.Result result =
                WilcoxonSignedRank.test(differences, counts).orElseThrow();

        assertThat(result.pairs()).isEqualTo(6);
        assertThat(result.statistic()).isEqualTo(15.5);
        double z = 4.5 / Math.sqrt(22.5);
        assertThat(result.pValue())
                .isCloseTo(2 * (1 - new NormalDistribution().cumulativeProbability(z)), within(1e-12));
        assertThat(result.pValue()).isCloseTo(0.34278171114791134, within(1e-12));
        assertThat(result.rankBiserial()).isCloseTo(10.0 / 21, within(1e-15));
    }

    /**
     * Larger frequency table with heavy ties (43 pairs, 6 zero): p-value 0.15258889026343575 and min(W⁺, W⁻) =
     * 140.5 from scipy 1.17 {@code wilcoxon(..., zero_method='wilcox', correction=True, method='approx')} on the
     * expanded sample.
     */
    @Test
    void frequencyTableAgreesWithScipy() {
        double[] differences = {-2, -1, 1, 2, 3, 0.5, -0.5, 0};
        long[] counts = {3, 5, 7, 4, 2, 6, 1, 6};

        WilcoxonSignedRank.Result result =
                WilcoxonSignedRank.test(differences, counts).orElseThrow();

        assertThat(result.pairs()).isEqualTo(28);
        assertThat(Math.min(result.statistic(), 28 * 29 / 2.0 - result.statistic()))
                .isEqualTo(140.5);
        assertThat(result.pValue()).isCloseTo(0.15258889026343575, within(1e-12));
    }

    /**
     * Without ties: the statistic agrees with commons-math3 {@code WilcoxonSignedRankTest.wilcoxonSignedRank}
     * (which returns max(W⁺, W⁻)); the p-value with the normal approximation computed independently here.
     */
    @Test
    void noTiesAgreesWithCommonsMath() {
        double[] before = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30, 2.01, 0.97, 1.11};
        double[] after = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29, 1.52, 1.33, 0.45};
        double[] differences = new double[before.length];
        long[] counts = new long[before.length];
        for (int i = 0; i < before.length; i++) {
            differences[i] = before[i] - after[i];
            counts[i] = 1;
        }

        WilcoxonSignedRank.Result result =
                WilcoxonSignedRank.test(differences, counts).orElseThrow();

        double n = before.length;
        double total = n * (n + 1) / 2;
        double expectedMax = new WilcoxonSignedRankTest().wilcoxonSignedRank(before, after);
        assertThat(Math.max(result.statistic(), total - result.statistic())).isCloseTo(expectedMax, within(1e-12));
        double mean = total / 2;
        double sd = Math.sqrt(n * (n + 1) * (2 * n + 1) / 24);
        double z = (Math.abs(result.statistic() - mean) - 0.5) / sd;
        assertThat(result.pValue())
                .isCloseTo(2 * (1 - new NormalDistribution().cumulativeProbability(z)), within(1e-12));
        assertThat(result.rankBiserial()).isCloseTo((2 * result.statistic() - total) / total, within(1e-15));
    }

    /**
     * 200,000 pairs on a 5-point scale (differences −4..4): agrees with an independent computation on the
     * expanded sample — commons-math3 {@code NaturalRanking} (average ties) of |d| and the normal approximation
     * with tie and continuity corrections.
     */
    @Test
    void scalesToTwoHundredThousandPairs() {
        double[] differences = {-4, -3, -2, -1, 0, 1, 2, 3, 4};
        long[] counts = {1_000, 4_000, 15_000, 40_000, 70_000, 42_000, 18_000, 7_000, 3_000};

        WilcoxonSignedRank.Result result =
                WilcoxonSignedRank.test(differences, counts).orElseThrow();

        int n = 130_000;
        double[] absolute = new double[n];
        boolean[] positive = new boolean[n];
        int k = 0;
        for (int i = 0; i < differences.length; i++) {
            if (differences[i] == 0) {
                continue;
            }
            for (long c = 0; c < counts[i]; c++) {
                absolute[k] = Math.abs(differences[i]);
                positive[k] = differences[i] > 0;
                k++;
            }
        }
        double[] ranks = new org.apache.commons.math3.stat.ranking.NaturalRanking(
                        org.apache.commons.math3.stat.ranking.TiesStrategy.AVERAGE)
                .rank(absolute);
        double plus = 0;
        for (int i = 0; i < n; i++) {
            if (positive[i]) {
                plus += ranks[i];
            }
        }
        double ties = 0;
        for (int magnitude = 1; magnitude <= 4; magnitude++) {
            double t = counts[4 - magnitude] + counts[4 + magnitude];
            ties += t * t * t - t;
        }
        double sd = Math.sqrt((double) n * (n + 1) * (2.0 * n + 1) / 24 - ties / 48);
        double deviation = plus - (double) n * (n + 1) / 4;
        double z = (Math.abs(deviation) - 0.5) / sd;
        assertThat(result.pairs()).isEqualTo(n);
        assertThat(result.statistic()).isCloseTo(plus, within(1e-3));
        assertThat(result.pValue())
                .isCloseTo(2 * (1 - new NormalDistribution().cumulativeProbability(z)), within(1e-12));
    }

    @Test
    void onlyZerosIsNotComputable() {
        assertThat(WilcoxonSignedRank.test(new double[] {0, 1}, new long[] {5, 0}))
                .isEmpty();
        assertThat(WilcoxonSignedRank.test(new double[0], new long[0])).isEmpty();
    }
}
