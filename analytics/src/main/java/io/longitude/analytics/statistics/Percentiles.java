package io.longitude.analytics.statistics;

import java.util.Arrays;
import java.util.Comparator;

/** Percentiles of weighted values. */
public final class Percentiles {

    private Percentiles() {}

    /**
     * The p-quantile of the expanded sample (values[i] repeated counts[i] times) by the type-7 rule of Hyndman &amp;
     * Fan (1996, Am Stat 50:361), R's default {@code quantile(type = 7)}.
     *
     * <p>With the N sorted observations x₍₁₎ ≤ … ≤ x₍N₎, h = (N − 1)p + 1: Q(p) = x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ −
     * x₍⌊h⌋₎), so Q(0) is the minimum and Q(1) the maximum.
     *
     * @param values the values (any order, repeats allowed)
     * @param counts counts[i] = number of observations equal to values[i]
     * @param p the probability, in [0, 1]
     * @return the quantile
     * @throws IllegalArgumentException when the total count is 0, p is outside [0, 1], lengths differ, a count is
     *     negative or a value is not finite
     */
    public static double of(double[] values, long[] counts, double p) {
        Checks.finite(values, "values");
        Checks.nonNegative(counts, "counts");
        Checks.sameLength(values.length, counts.length, "counts");
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1]: " + p);
        }
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        if (total == 0) {
            throw new IllegalArgumentException("no observations");
        }
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double position = (total - 1) * p;
        long lowerIndex = (long) Math.floor(position);
        double fraction = position - lowerIndex;
        double lower = orderStatistic(values, counts, order, lowerIndex);
        if (fraction == 0) {
            return lower;
        }
        double upper = orderStatistic(values, counts, order, Math.min(total - 1, lowerIndex + 1));
        return lower + fraction * (upper - lower);
    }

    /** The observation at 0-based position {@code index} of the sorted expanded sample. */
    private static double orderStatistic(double[] values, long[] counts, Integer[] order, long index) {
        long seen = 0;
        for (int i : order) {
            seen += counts[i];
            if (index < seen) {
                return values[i];
            }
        }
        throw new IllegalStateException("index " + index + " beyond " + seen);
    }
}
