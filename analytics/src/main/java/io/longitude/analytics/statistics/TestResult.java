package io.longitude.analytics.statistics;

/**
 * The result of a hypothesis test.
 *
 * @param statistic the test statistic (a chi-square for the tests in this package)
 * @param degreesOfFreedom the degrees of freedom of its reference distribution
 * @param pValue the two-sided p-value
 */
public record TestResult(double statistic, double degreesOfFreedom, double pValue) {}
