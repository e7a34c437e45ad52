package io.longitude.analytics.statistics;

import java.util.Optional;

/**
 * Standardised mean differences for covariate balance between two groups (Austin 2009, "Balance diagnostics for
 * comparing the distribution of baseline covariates between treatment groups in propensity-score matched
 * samples", Stat Med 28:3083).
 */
public final class StandardisedMeanDifference {

    private StandardisedMeanDifference() {}

    /**
     * d = (p₁ − p₀)/√((p₁(1 − p₁) + p₀(1 − p₀))/2) for a binary covariate (Austin 2009, eq. 2).
     *
     * @param share1 share of the covariate in group 1, in [0, 1]
     * @param share0 share of the covariate in group 0, in [0, 1]
     * @return d; empty when the denominator is 0 (both shares are 0 or 1)
     * @throws IllegalArgumentException when a share is outside [0, 1]
     */
    public static Optional<Double> binary(double share1, double share0) {
        for (double share : new double[] {share1, share0}) {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("share must be in [0, 1]: " + share);
            }
        }
        return standardise(share1 - share0, (share1 * (1 - share1) + share0 * (1 - share0)) / 2);
    }

    /**
     * d = (m₁ − m₀)/√((v₁ + v₀)/2) for a continuous covariate with group means m and variances v (Austin 2009,
     * eq. 1).
     *
     * @return d; empty when both variances are 0
     * @throws IllegalArgumentException when a value is not finite or a variance is negative
     */
    public static Optional<Double> continuous(double mean1, double variance1, double mean0, double variance0) {
        Checks.finite(mean1, "mean1");
        Checks.finite(mean0, "mean0");
        Checks.finite(variance1, "variance1");
        Checks.finite(variance0, "variance0");
        if (variance1 < 0 || variance0 < 0) {
            throw new IllegalArgumentException("variances must not be negative: " + variance1 + ", " + variance0);
        }
        return standardise(mean1 - mean0, (variance1 + variance0) / 2);
    }

    private static Optional<Double> standardise(double difference, double pooledVariance) {
        if (!(pooledVariance > 0)) {
            return Optional.empty();
        }
        double value = difference / Math.sqrt(pooledVariance);
        return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
    }
}
