package io.longitude.core.metrics;

/** What the value of a metric row measures. */
public enum MetricUnit {
    /** A number of people, ties or sessions. */
    COUNT,
    /** A share of a denominator, between 0 and 1. */
    SHARE,
    /** A statistic without unit: a test statistic, a coefficient, an agreement. */
    STATISTIC,
    /** A duration in months. */
    MONTHS,
    /** A difference between two shares or means. */
    DIFFERENCE
}
