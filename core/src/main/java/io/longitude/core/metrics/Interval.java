package io.longitude.core.metrics;

/** A confidence interval. */
public record Interval(double lower, double upper) {
    public Interval {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException(
                    "Cannot create interval, bounds are not ordered: " + lower + ", " + upper);
        }
    }
}
