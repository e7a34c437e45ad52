package io.longitude.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestProportionDifference {

    /**
     * Newcombe (1998), "Interval estimation for the difference between independent proportions: comparison of
     * eleven methods", Stat Med 17:873–890, Table II, method 10 (score, no continuity correction), examples
     * (a) 56/70 − 48/80, (b) 9/10 − 3/10, (c) 6/7 − 2/7, (d) 5/56 − 0/29, each to 4 decimals.
     */
    @ParameterizedTest
    @CsvSource({
        "56, 70, 48, 80, 0.2000, 0.0524, 0.3339",
        "9, 10, 3, 10, 0.6000, 0.1705, 0.8090",
        "6, 7, 2, 7, 0.5714, 0.0582, 0.8062",
        "5, 56, 0, 29, 0.0893, -0.0381, 0.1926"
    })
    void newcombeTableTwo(long x1, long n1, long x2, long n2, double value, double lower, double upper) {
        Estimate estimate = ProportionDifference.difference(x1, n1, x2, n2).orElseThrow();

        assertThat(estimate.value()).isCloseTo(value, within(0.00005));
        assertThat(estimate.lower()).isCloseTo(lower, within(0.00005));
        assertThat(estimate.upper()).isCloseTo(upper, within(0.00005));
    }

    /** Swapping the groups mirrors the interval. */
    @Test
    void antisymmetric() {
        Estimate forward = ProportionDifference.difference(56, 70, 48, 80).orElseThrow();
        Estimate backward = ProportionDifference.difference(48, 80, 56, 70).orElseThrow();

        assertThat(backward.value()).isCloseTo(-forward.value(), within(1e-15));
        assertThat(backward.lower()).isCloseTo(-forward.upper(), within(1e-15));
        assertThat(backward.upper()).isCloseTo(-forward.lower(), within(1e-15));
    }

    @Test
    void emptyGroupIsNotComputable() {
        assertThat(ProportionDifference.difference(0, 0, 3, 10)).isEmpty();
        assertThatThrownBy(() -> ProportionDifference.difference(11, 10, 3, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
