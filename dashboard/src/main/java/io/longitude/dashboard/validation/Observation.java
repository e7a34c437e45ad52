package io.longitude.dashboard.validation;

/**
 * One published figure of one simulated programme, with the value it estimates.
 *
 * @param estimand the estimator's name ({@link Estimand#name()})
 * @param wave the row's wave or pair of waves
 * @param scope {@code edition} or {@code programme} (all editions pooled)
 * @param participants candidates per programme
 * @param programme the simulated programme's number
 * @param value the estimate, null when not computable
 * @param lower the 95% interval, null when none
 * @param upper the 95% interval, null when none
 * @param truth the true value
 */
record Observation(
        String estimand,
        String wave,
        String scope,
        int participants,
        int programme,
        Double value,
        Double lower,
        Double upper,
        double truth) {
    boolean hasInterval() {
        return value != null && lower != null && upper != null;
    }

    boolean covered() {
        return hasInterval() && lower <= truth && truth <= upper;
    }
}
