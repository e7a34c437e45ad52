package io.longitude.analytics.statistics;

import java.util.Optional;
import org.apache.commons.statistics.distribution.TDistribution;

/** Means and differences of means with Student t intervals, from sufficient statistics. */
public final class Means {

    private Means() {}

    /**
     * The mean with its Student t 95% interval from count n, sum Σx and sum of squares Σx².
     *
     * <p>mean = Σx/n, s² = (Σx² − n·mean²)/(n − 1) (negative rounding residue is set to 0), interval mean ±
     * t<sub>0.975, n−1</sub>·s/√n (Student 1908). When s² = 0 (all values equal) the interval is [mean, mean].
     * The one-pass sums lose precision when the mean is large relative to the spread (more than ~10⁶ times);
     * centre the values before summing in that case.
     *
     * @return the mean with its interval; empty when n &lt; 2 (show the mean without an interval)
     * @throws IllegalArgumentException when count is negative or a sum is not finite
     */
    public static Optional<Estimate> mean(long count, double sum, double sumOfSquares) {
        Checks.nonNegative(count, "count");
        Checks.finite(sum, "sum");
        Checks.finite(sumOfSquares, "sumOfSquares");
        if (count < 2) {
            return Optional.empty();
        }
        double mean = sum / count;
        double variance = variance(count, sum, sumOfSquares);
        double halfWidth =
                TDistribution.of(count - 1.0).inverseSurvivalProbability(0.025) * Math.sqrt(variance / count);
        return Optional.of(new Estimate(mean, mean - halfWidth, mean + halfWidth));
    }

    /**
     * The difference mean₁ − mean₂ of two independent samples with the Welch (1947, Biometrika 34:28) interval.
     *
     * <p>With v<sub>g</sub> = s<sub>g</sub>²/n<sub>g</sub> (s² as in {@link #mean}): interval (mean₁ − mean₂) ±
     * t<sub>0.975, ν</sub>·√(v₁ + v₂) with Welch–Satterthwaite ν = (v₁ + v₂)² / (v₁²/(n₁ − 1) + v₂²/(n₂ − 1))
     * (Satterthwaite 1946, Biometrics Bulletin 2:110). When both variances are 0 the interval is [d, d].
     *
     * @return the difference with its interval; empty when a count is below 2
     * @throws IllegalArgumentException when a count is negative or a sum is not finite
     */
    public static Optional<Estimate> welchDifference(
            long count1, double sum1, double sumOfSquares1, long count2, double sum2, double sumOfSquares2) {
        Checks.nonNegative(count1, "count1");
        Checks.nonNegative(count2, "count2");
        Checks.finite(sum1, "sum1");
        Checks.finite(sumOfSquares1, "sumOfSquares1");
        Checks.finite(sum2, "sum2");
        Checks.finite(sumOfSquares2, "sumOfSquares2");
        if (count1 < 2 || count2 < 2) {
            return Optional.empty();
        }
        double difference = sum1 / count1 - sum2 / count2;
        double v1 = variance(count1, sum1, sumOfSquares1) / count1;
        double v2 = variance(count2, sum2, sumOfSquares2) / count2;
        double total = v1 + v2;
        if (!(total > 0)) {
            return Optional.of(new Estimate(difference, difference, difference));
        }
        double degreesOfFreedom = total * total / (v1 * v1 / (count1 - 1) + v2 * v2 / (count2 - 1));
        double halfWidth = TDistribution.of(degreesOfFreedom).inverseSurvivalProbability(0.025) * Math.sqrt(total);
        return Optional.of(new Estimate(difference, difference - halfWidth, difference + halfWidth));
    }

    private static double variance(long count, double sum, double sumOfSquares) {
        double mean = sum / count;
        return Math.max(0, (sumOfSquares - mean * sum) / (count - 1));
    }
}
