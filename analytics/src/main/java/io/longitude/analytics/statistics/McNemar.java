package io.longitude.analytics.statistics;

import java.util.Optional;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * McNemar's test of a paired 2×2 table, from its two discordant cells (McNemar 1947, Psychometrika 12:153), in its
 * exact form: the conditional binomial (sign) test on the discordant pairs.
 */
public final class McNemar {

    /**
     * The exact McNemar test.
     *
     * @param up pairs that changed in one direction (b); the test statistic, referred to Bin(b + c, ½)
     * @param down pairs that changed in the other direction (c)
     * @param pValue the exact two-sided p-value
     */
    public record Result(long up, long down, double pValue) {}

    private McNemar() {}

    /**
     * The exact McNemar test from the discordant counts b (e.g. no before, yes after) and c (yes before, no after).
     *
     * <p>Under the null hypothesis of marginal homogeneity, b given b + c is Bin(b + c, ½); the statistic is b and the
     * two-sided p-value min(1, 2·P(X ≤ min(b, c))) with X ~ Bin(b + c, ½) (Agresti 2013, Categorical Data Analysis,
     * 3rd ed., section 11.1.1; R's {@code binom.test(b, b + c)} and {@code exact2x2::mcnemar.exact}), which stays
     * valid for the small counts of an edition. No chi-square statistic is reported beside it, so that the statistic
     * and its p-value always belong to the same test.
     *
     * @param discordantUp count of pairs that changed in one direction (b)
     * @param discordantDown count of pairs that changed in the other direction (c)
     * @return the test; empty when b + c = 0 (no discordant pairs)
     * @throws IllegalArgumentException when a count is negative or b + c exceeds {@link Integer#MAX_VALUE}
     */
    public static Optional<Result> test(long discordantUp, long discordantDown) {
        Checks.nonNegative(discordantUp, "discordantUp");
        Checks.nonNegative(discordantDown, "discordantDown");
        long discordant = discordantUp + discordantDown;
        if (discordant == 0) {
            return Optional.empty();
        }
        if (discordant > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many discordant pairs: " + discordant);
        }
        int smaller = (int) Math.min(discordantUp, discordantDown);
        double pValue =
                Math.min(1, 2 * BinomialDistribution.of((int) discordant, 0.5).cumulativeProbability(smaller));
        return Optional.of(new Result(discordantUp, discordantDown, pValue));
    }
}
