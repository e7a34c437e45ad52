package io.longitude.analytics.statistics;

import io.longitude.core.metrics.Interval;
import io.longitude.core.metrics.WilsonInterval;
import java.util.Optional;

/**
 * The difference between two paired binomial proportions (before and after, same participants) with the
 * score-based interval of Newcombe (1998, "Improved confidence intervals for the difference between binomial
 * proportions based on paired data", Stat Med 17:2635–2650, method 10).
 */
public final class PairedProportions {

    private PairedProportions() {}

    /**
     * Estimates p<sub>after</sub> − p<sub>before</sub> from the paired 2×2 table [[a, b], [c, d]] with rows =
     * before (yes, no) and columns = after (yes, no): a = yes before and yes after, b = yes before and no after,
     * c = no before and yes after, d = no before and no after; n = a + b + c + d.
     *
     * <p>p<sub>after</sub> = (a + c)/n, p<sub>before</sub> = (a + b)/n, difference θ = (c − b)/n. With (l₁, u₁) the
     * Wilson interval of p<sub>after</sub>, (l₂, u₂) that of p<sub>before</sub> (no continuity correction) and
     * φ = (ad − bc)/√((a+b)(c+d)(a+c)(b+d)), set to 0 when a margin is 0: lower = θ − δ, upper = θ + ε with
     * δ = √((p₁ − l₁)² − 2φ(p₁ − l₁)(u₂ − p₂) + (u₂ − p₂)²) and ε = √((u₁ − p₁)² − 2φ(u₁ − p₁)(p₂ − l₂) +
     * (p₂ − l₂)²), p₁ = p<sub>after</sub>, p₂ = p<sub>before</sub> (Newcombe 1998, method 10).
     *
     * @return the difference with its 95% interval; empty when n = 0
     * @throws IllegalArgumentException when a count is negative
     */
    public static Optional<Estimate> difference(long a, long b, long c, long d) {
        Checks.nonNegative(a, "a");
        Checks.nonNegative(b, "b");
        Checks.nonNegative(c, "c");
        Checks.nonNegative(d, "d");
        long n = a + b + c + d;
        if (n == 0) {
            return Optional.empty();
        }
        double after = (double) (a + c) / n;
        double before = (double) (a + b) / n;
        Interval afterInterval = WilsonInterval.of(a + c, n);
        Interval beforeInterval = WilsonInterval.of(a + b, n);
        double phi = phi(a, b, c, d);
        double lowerAfter = after - afterInterval.lower();
        double upperAfter = afterInterval.upper() - after;
        double lowerBefore = before - beforeInterval.lower();
        double upperBefore = beforeInterval.upper() - before;
        double delta = Math.sqrt(
                Math.max(0, lowerAfter * lowerAfter - 2 * phi * lowerAfter * upperBefore + upperBefore * upperBefore));
        double epsilon = Math.sqrt(
                Math.max(0, upperAfter * upperAfter - 2 * phi * upperAfter * lowerBefore + lowerBefore * lowerBefore));
        double difference = ((double) c - b) / n;
        return Optional.of(
                new Estimate(difference, Math.max(-1, difference - delta), Math.min(1, difference + epsilon)));
    }

    private static double phi(long a, long b, long c, long d) {
        double product = (double) (a + b) * (c + d) * (a + c) * (b + d);
        if (product == 0) {
            return 0;
        }
        return ((double) a * d - (double) b * c) / Math.sqrt(product);
    }
}
