package io.longitude.analytics.statistics;

import java.util.Optional;

/** The Wilcoxon signed-rank test of paired differences (Wilcoxon 1945, Biometrics Bulletin 1:80). */
public final class WilcoxonSignedRank {

    /**
     * @param statistic V = W⁺, the sum of the ranks of the positive differences (R's {@code V})
     * @param pValue two-sided p-value from the normal approximation with tie and continuity corrections
     * @param rankBiserial matched-pairs rank-biserial correlation (W⁺ − W⁻)/(W⁺ + W⁻), in [−1, 1]
     * @param pairs number of non-zero differences used
     */
    public record Result(double statistic, double pValue, double rankBiserial, long pairs) {}

    private WilcoxonSignedRank() {}

    /**
     * Tests that paired differences are symmetric about zero, from a frequency table of differences.
     *
     * <p>Zero differences are dropped (Wilcoxon's method), the n remaining |d| get midranks, V = W⁺ = Σ ranks of
     * positive differences, W⁻ = n(n+1)/2 − W⁺. With E = n(n+1)/4 and Var = n(n+1)(2n+1)/24 − Σ(t³ − t)/48 over
     * groups of t tied |d|, z = (V − E − ½·sign(V − E)) / √Var and p = 2·min(Φ(z), 1 − Φ(z)) — the same as R's
     * {@code wilcox.test(paired = TRUE, exact = FALSE, correct = TRUE)} (Hollander, Wolfe &amp; Chicken 2014,
     * Nonparametric Statistical Methods, 3rd ed.). rankBiserial = (W⁺ − W⁻)/(W⁺ + W⁻) (Kerby 2014,
     * Comprehensive Psychology 3:11.IT.3.1).
     *
     * @param differences the distinct (or not) paired differences, after − before
     * @param counts counts[i] = number of pairs with difference differences[i]
     * @return the test; empty when there is no non-zero difference
     * @throws IllegalArgumentException when lengths differ, a count is negative or a difference is not finite
     */
    public static Optional<Result> test(double[] differences, long[] counts) {
        Checks.finite(differences, "differences");
        Checks.nonNegative(counts, "counts");
        Checks.sameLength(differences.length, counts.length, "counts");
        int nonZero = 0;
        for (int i = 0; i < differences.length; i++) {
            if (differences[i] != 0 && counts[i] > 0) {
                nonZero++;
            }
        }
        if (nonZero == 0) {
            return Optional.empty();
        }
        double[] absolute = new double[nonZero];
        long[] weights = new long[nonZero];
        boolean[] positive = new boolean[nonZero];
        long pairs = 0;
        int k = 0;
        for (int i = 0; i < differences.length; i++) {
            if (differences[i] != 0 && counts[i] > 0) {
                absolute[k] = Math.abs(differences[i]);
                weights[k] = counts[i];
                positive[k] = differences[i] > 0;
                pairs += counts[i];
                k++;
            }
        }
        Ranks.Midranks midranks = Ranks.of(absolute, weights);
        double positiveRanks = 0;
        for (int i = 0; i < nonZero; i++) {
            if (positive[i]) {
                positiveRanks += weights[i] * midranks.ranks()[i];
            }
        }
        double n = pairs;
        double total = n * (n + 1) / 2;
        double negativeRanks = total - positiveRanks;
        double deviation = positiveRanks - n * (n + 1) / 4;
        double variance = n * (n + 1) * (2 * n + 1) / 24 - midranks.tieSum() / 48;
        double z = (deviation - 0.5 * Math.signum(deviation)) / Math.sqrt(variance);
        double pValue = Math.min(
                1, 2 * Math.min(Normal.STANDARD.cumulativeProbability(z), Normal.STANDARD.survivalProbability(z)));
        double rankBiserial = (positiveRanks - negativeRanks) / total;
        return Optional.of(new Result(positiveRanks, pValue, rankBiserial, pairs));
    }
}
