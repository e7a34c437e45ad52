package io.longitude.core.metrics;

/**
 * The Wilson score interval of a proportion (Wilson 1927; Newcombe 1998, method 3).
 * The reference implementation against which the Spark jobs are tested.
 */
public final class WilsonInterval {
    /** The 97.5th percentile of the standard normal distribution, for 95% intervals. */
    public static final double Z_95 = 1.959963984540054;

    private WilsonInterval() {}

    /**
     * The 95% Wilson interval of {@code successes} out of {@code trials}.
     *
     * @throws IllegalArgumentException when trials is below 1 or successes is outside 0..trials
     */
    public static Interval of(long successes, long trials) {
        return of(successes, trials, Z_95);
    }

    public static Interval of(long successes, long trials, double z) {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException(
                    "Cannot compute a Wilson interval of " + successes + " out of " + trials);
        }
        return interval((double) successes / trials, trials, z);
    }

    /**
     * The 95% Wilson interval of a share observed on an effective sample size {@code n}, for weighted shares
     * (Kish's effective n = (Σw)² / Σw²).
     *
     * @throws IllegalArgumentException when n is below 1 or the share is outside 0..1
     */
    public static Interval ofShare(double share, double n) {
        if (!(n >= 1) || !(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("Cannot compute a Wilson interval of share " + share + " on n " + n);
        }
        return interval(share, n, Z_95);
    }

    private static Interval interval(double p, double n, double z) {
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
