package io.longitude.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TestWilsonInterval {
    /** Newcombe RG (1998), Two-sided confidence intervals for the single proportion, Stat Med 17:857-872, Table II, method 3. */
    @Test
    void matchesNewcombe1998() {
        assertInterval(WilsonInterval.of(81, 263), 0.2553, 0.3662);
        assertInterval(WilsonInterval.of(15, 148), 0.0624, 0.1605);
        assertInterval(WilsonInterval.of(0, 20), 0.0, 0.1611);
        assertInterval(WilsonInterval.of(1, 29), 0.0061, 0.1718);
    }

    @Test
    void refusesEmptyOrImpossibleCounts() {
        assertThatThrownBy(() -> WilsonInterval.of(0, 0)).hasMessageContaining("0 out of 0");
        assertThatThrownBy(() -> WilsonInterval.of(3, 2)).hasMessageContaining("3 out of 2");
    }

    private static void assertInterval(Interval interval, double lower, double upper) {
        assertThat(interval.lower()).isCloseTo(lower, within(0.00006));
        assertThat(interval.upper()).isCloseTo(upper, within(0.00006));
    }
}
