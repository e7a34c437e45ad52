package io.longitude.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestPercentiles {

    private static final double[] VALUES = {7, 1, 3.5, 10, 2, 3.5};
    private static final long[] COUNTS = {2, 3, 1, 1, 0, 4};

    /** Independent check: commons-math3 {@code Percentile} with {@code EstimationType.R_7} on the expanded sample. */
    @ParameterizedTest
    @ValueSource(doubles = {0.01, 0.1, 0.25, 0.333, 0.5, 0.75, 0.9, 0.99, 1})
    void agreesWithCommonsMathTypeSeven(double p) {
        double[] expanded = {1, 1, 1, 3.5, 3.5, 3.5, 3.5, 3.5, 7, 7, 10};
        double expected =
                new Percentile().withEstimationType(EstimationType.R_7).evaluate(expanded, p * 100);

        assertThat(Percentiles.of(VALUES, COUNTS, p)).isCloseTo(expected, within(1e-12));
    }

    /**
     * Hand computation by Hyndman &amp; Fan (1996) type 7 on the expanded sample 1, 1, 1, 3.5 ×5, 7, 7, 10 (N = 11):
     * p = 0 → minimum 1; p = 0.8 → h = 10·0.8 = 8 (0-based) → 7; p = 0.85 → 8.5 → 7 + 0.5·(7 − 7) = 7;
     * p = 0.95 → 9.5 → 7 + 0.5·(10 − 7) = 8.5.
     */
    @Test
    void handComputation() {
        assertThat(Percentiles.of(VALUES, COUNTS, 0)).isEqualTo(1);
        assertThat(Percentiles.of(VALUES, COUNTS, 0.8)).isCloseTo(7, within(1e-12));
        assertThat(Percentiles.of(VALUES, COUNTS, 0.95)).isCloseTo(8.5, within(1e-12));
        assertThat(Percentiles.of(new double[] {4}, new long[] {200_000}, 0.5)).isEqualTo(4);
    }

    @Test
    void rejectsEmptySampleAndBadProbability() {
        assertThatThrownBy(() -> Percentiles.of(new double[] {1}, new long[] {0}, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.of(VALUES, COUNTS, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
