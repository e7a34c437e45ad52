package io.longitude.analytics.statistics;

import io.longitude.core.metrics.Interval;
import io.longitude.core.metrics.WilsonInterval;
import java.util.Optional;

/**
 * The difference between two independent binomial proportions with the hybrid score interval of Newcombe (1998,
 * "Interval estimation for the difference between independent proportions: comparison of eleven methods", Stat Med
 * 17:873–890, method 10).
 */
public final class ProportionDifference {

    private ProportionDifference() {}

    /**
     * Estimates p₁ − p₂ with p₁ = successes1 / trials1 and p₂ = successes2 / trials2.
     *
     * <p>With (l₁, u₁) and (l₂, u₂) the Wilson score intervals of p₁ and p₂ (without continuity correction, core's
     * {@link WilsonInterval}), the interval is (p₁ − p₂ − √((p₁ − l₁)² + (u₂ − p₂)²), p₁ − p₂ + √((u₁ − p₁)² + (p₂ −
     * l₂)²)) (Newcombe 1998, method 10).
     *
     * @return the difference with its 95% interval; empty when a group has no trials
     * @throws IllegalArgumentException when a count is negative or successes exceed trials
     */
    public static Optional<Estimate> difference(long successes1, long trials1, long successes2, long trials2) {
        check(successes1, trials1, "1");
        check(successes2, trials2, "2");
        if (trials1 == 0 || trials2 == 0) {
            return Optional.empty();
        }
        double p1 = (double) successes1 / trials1;
        double p2 = (double) successes2 / trials2;
        Interval interval1 = WilsonInterval.of(successes1, trials1);
        Interval interval2 = WilsonInterval.of(successes2, trials2);
        double difference = p1 - p2;
        double lower = difference - Math.hypot(p1 - interval1.lower(), interval2.upper() - p2);
        double upper = difference + Math.hypot(interval1.upper() - p1, p2 - interval2.lower());
        return Optional.of(new Estimate(difference, Math.max(-1, lower), Math.min(1, upper)));
    }

    private static void check(long successes, long trials, String group) {
        Checks.nonNegative(successes, "successes" + group);
        Checks.nonNegative(trials, "trials" + group);
        if (successes > trials) {
            throw new IllegalArgumentException(
                    "successes" + group + " (" + successes + ") exceed trials" + group + " (" + trials + ")");
        }
    }
}
