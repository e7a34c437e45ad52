package io.longitude.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

class TestMeans {

    private static final double[] FIRST = {5.1, 4.8, 6.3, 5.9, 7.2, 4.4, 5.5, 6.1, 5.0, 6.8, 5.7};
    private static final double[] SECOND = {3.9, 4.1, 5.2, 2.8, 4.6, 4.0, 3.5, 6.0};

    /**
     * Independent check with commons-math3: the one-sample t-test of H₀: μ = bound has two-sided p = 0.05 exactly at
     * each bound of the 95% t interval.
     */
    @Test
    void meanIntervalBoundsHaveTTestPValueFivePercent() {
        Estimate estimate =
                Means.mean(FIRST.length, sum(FIRST), sumOfSquares(FIRST)).orElseThrow();

        assertThat(estimate.value()).isCloseTo(sum(FIRST) / FIRST.length, within(1e-12));
        TTest test = new TTest();
        assertThat(test.tTest(estimate.lower(), FIRST)).isCloseTo(0.05, within(1e-9));
        assertThat(test.tTest(estimate.upper(), FIRST)).isCloseTo(0.05, within(1e-9));
    }

    /**
     * Independent check with commons-math3: Welch's two-sample t-test ({@code TTest.tTest(x, y)}, unequal
     * variances, Welch–Satterthwaite df) of x against y shifted by a bound has p = 0.05 exactly at each bound.
     */
    @Test
    void welchIntervalBoundsHaveWelchTestPValueFivePercent() {
        Estimate estimate = Means.welchDifference(
                        FIRST.length, sum(FIRST), sumOfSquares(FIRST), SECOND.length, sum(SECOND), sumOfSquares(SECOND))
                .orElseThrow();

        assertThat(estimate.value()).isCloseTo(sum(FIRST) / FIRST.length - sum(SECOND) / SECOND.length, within(1e-12));
        TTest test = new TTest();
        assertThat(test.tTest(FIRST, shift(SECOND, estimate.lower()))).isCloseTo(0.05, within(1e-9));
        assertThat(test.tTest(FIRST, shift(SECOND, estimate.upper()))).isCloseTo(0.05, within(1e-9));
    }

    /** Hand computation: 1, 2, 3 → mean 2, s = 1, t(0.975, 2) = 4.302653, half-width 4.302653/√3 = 2.484138. */
    @Test
    void smallSampleByHand() {
        Estimate estimate = Means.mean(3, 6, 14).orElseThrow();

        assertThat(estimate.value()).isEqualTo(2);
        assertThat(estimate.lower()).isCloseTo(2 - 2.484138, within(1e-6));
        assertThat(estimate.upper()).isCloseTo(2 + 2.484138, within(1e-6));
    }

    @Test
    void singleObservationHasNoIntervalAndConstantSampleADegenerateOne() {
        assertThat(Means.mean(1, 4, 16)).isEmpty();
        assertThat(Means.mean(0, 0, 0)).isEmpty();
        assertThat(Means.mean(4, 12, 36)).contains(new Estimate(3, 3, 3));
        assertThat(Means.welchDifference(1, 1, 1, 5, 5, 5)).isEmpty();
        assertThat(Means.welchDifference(2, 2, 2, 3, 6, 12)).contains(new Estimate(-1, -1, -1));
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    private static double sumOfSquares(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value * value;
        }
        return sum;
    }

    private static double[] shift(double[] values, double by) {
        double[] shifted = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            shifted[i] = values[i] + by;
        }
        return shifted;
    }
}
