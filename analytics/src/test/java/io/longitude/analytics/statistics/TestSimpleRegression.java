package io.longitude.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TestSimpleRegression {

    /** Independent check: commons-math3 {@code SimpleRegression} on the expanded sample (slope and its 95% CI). */
    @Test
    void agreesWithCommonsMathOnExpandedSample() {
        double[] x = {1, 2, 2, 3, 4, 5, 7};
        double[] y = {2.1, 2.9, 3.6, 4.2, 3.8, 6.5, 8.0};
        long[] counts = {3, 1, 4, 2, 5, 1, 2};
        org.apache.commons.math3.stat.regression.SimpleRegression reference =
                new org.apache.commons.math3.stat.regression.SimpleRegression();
        for (int i = 0; i < x.length; i++) {
            for (long c = 0; c < counts[i]; c++) {
                reference.addData(x[i], y[i]);
            }
        }

        Estimate estimate = SimpleRegression.slope(x, y, counts).orElseThrow();

        double halfWidth = reference.getSlopeConfidenceInterval(0.05);
        assertThat(estimate.value()).isCloseTo(reference.getSlope(), within(1e-12));
        assertThat(estimate.lower()).isCloseTo(reference.getSlope() - halfWidth, within(1e-10));
        assertThat(estimate.upper()).isCloseTo(reference.getSlope() + halfWidth, within(1e-10));
    }

    /** Perfect line y = 2x + 1: slope 2 with interval [2, 2]. */
    @Test
    void perfectFit() {
        Estimate estimate = SimpleRegression.slope(new double[] {0, 1, 2}, new double[] {1, 3, 5}, new long[] {2, 1, 1})
                .orElseThrow();

        assertThat(estimate.value()).isCloseTo(2, within(1e-12));
        assertThat(estimate.lower()).isCloseTo(2, within(1e-6));
        assertThat(estimate.upper()).isCloseTo(2, within(1e-6));
    }

    @Test
    void notComputable() {
        assertThat(SimpleRegression.slope(new double[] {1, 2}, new double[] {1, 2}, new long[] {1, 1}))
                .isEmpty();
        assertThat(SimpleRegression.slope(new double[] {3, 3}, new double[] {1, 2}, new long[] {4, 4}))
                .isEmpty();
    }
}
