package io.longitude.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TestStandardisedMeanDifference {

    /**
     * Hand computation of Austin (2009), Stat Med 28:3083, eq. 2: p₁ = 0.4, p₀ = 0.3 →
     * 0.1/√((0.24 + 0.21)/2) = 0.1/√0.225 = 0.210819.
     */
    @Test
    void binaryByHand() {
        assertThat(StandardisedMeanDifference.binary(0.4, 0.3).orElseThrow()).isCloseTo(0.210819, within(1e-6));
        assertThat(StandardisedMeanDifference.binary(0, 0)).isEmpty();
        assertThat(StandardisedMeanDifference.binary(1, 0)).isEmpty();
    }

    /** Hand computation of Austin (2009), eq. 1: (52 − 50)/√((100 + 44)/2) = 2/√72 = 0.235702. */
    @Test
    void continuousByHand() {
        assertThat(StandardisedMeanDifference.continuous(52, 100, 50, 44).orElseThrow())
                .isCloseTo(0.235702, within(1e-6));
        assertThat(StandardisedMeanDifference.continuous(1, 0, 2, 0)).isEmpty();
    }
}
