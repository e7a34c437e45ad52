package io.longitude.analytics.statistics;

/**
 * A point estimate with its two-sided 95% confidence interval.
 *
 * @param value the estimate
 * @param lower the lower bound of the 95% interval
 * @param upper the upper bound of the 95% interval
 */
public record Estimate(double value, double lower, double upper) {}
