package io.longitude.analytics.statistics;

import java.util.Optional;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * McNemar's test of a paired 2×2 table, from its two discordant cells (McNemar 1947, Psychometrika 12:153).
 */
public final class McNemar {

    private McNemar() {}

    /**
     * McNemar's test from the discordant counts b (e.g. no before, yes after) and c (yes before, no after).
     *
     * <p>statistic = (b − c)² / (b + c), without continuity correction, on 1 degree of freedom (McNemar 1947). The
     * p-value is the exact two-sided binomial (sign test) p-value min(1, 2·P(X ≤ min(b, c))) with X ~ Bin(b + c, ½)
     * (Agresti 2013, Categorical Data Analysis, 3rd ed.), which stays valid for small counts.
     *
     * @param discordantUp count of pairs that changed in one direction (b)
     * @param discordantDown count of pairs that changed in the other direction (c)
     * @return the test; empty when b + c = 0 (no discordant pairs)
     * @throws IllegalArgumentException when a count is negative or b + c exceeds {@link Integer#MAX_VALUE}
     */
    public static Optional<TestResult> test(long discordantUp, long discordantDown) {
        Checks.nonNegative(discordantUp, "discordantUp");
        Checks.nonNegative(discordantDown, "discordantDown");
        long discordant = discordantUp + discordantDown;
        if (discordant == 0) {
            return Optional.empty();
        }
        if (discordant > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many discordant pairs: " + discordant);
        }
        double difference = (double) discordantUp - discordantDown;
        double statistic = difference * difference / discordant;
        int smaller = (int) Math.min(discordantUp, discordantDown);
        double pValue =
                Math.min(1, 2 * BinomialDistribution.of((int) discordant, 0.5).cumulativeProbability(smaller));
        return Optional.of(new TestResult(statistic, 1, pValue));
    }
}
