package io.longitude.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

class TestMcNemar {

    /**
     * Agresti (2002), Categorical Data Analysis, 2nd ed., Table 10.1 (also in later editions and in Agresti's
     * Introduction to Categorical Data Analysis): performance ratings by the same 1600 people at two surveys,
     * cells 794, 150, 86, 570; McNemar z = −4.17, z² = 17.36 (asymptotic p 3·10⁻⁵). The exact test on b = 150, c = 86
     * has the statistic b and the p-value 2·P(X ≤ 86), X ~ Bin(236, ½), computed independently with commons-math3.
     */
    @Test
    void presidentialApproval() {
        McNemar.Result result = McNemar.test(150, 86).orElseThrow();

        assertThat(result.up()).isEqualTo(150);
        assertThat(result.down()).isEqualTo(86);
        double exact = 2 * new BinomialDistribution(236, 0.5).cumulativeProbability(86);
        assertThat(result.pValue()).isCloseTo(exact, within(1e-12));
        assertThat(result.pValue()).isBetween(1e-5, 5e-5);
    }

    /** Hand computation: b = 0, c = 1 → p = min(1, 2·P(X ≤ 0)) = min(1, 2·0.5) = 1. */
    @Test
    void singleDiscordantPairHasPValueOne() {
        McNemar.Result result = McNemar.test(0, 1).orElseThrow();

        assertThat(result.up()).isZero();
        assertThat(result.pValue()).isEqualTo(1);
    }

    /** Hand computation: b = 6, c = 0 → p = 2·0.5⁶ = 0.03125; b = 2, c = 1 → p = 2·(1 + 3)/8 = 1. */
    @Test
    void exactPValuesByHand() {
        assertThat(McNemar.test(6, 0).orElseThrow().pValue()).isCloseTo(0.03125, within(1e-12));
        assertThat(McNemar.test(2, 1).orElseThrow().pValue()).isCloseTo(1.0, within(1e-12));
        // b = 9, c = 2: 2·(1 + 11 + 55)/2¹¹ = 134/2048.
        assertThat(McNemar.test(9, 2).orElseThrow().pValue()).isCloseTo(134 / 2048.0, within(1e-12));
    }

    @Test
    void noDiscordantPairsIsNotComputable() {
        assertThat(McNemar.test(0, 0)).isEmpty();
    }

    @Test
    void negativeCountsAreRejected() {
        assertThatThrownBy(() -> McNemar.test(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
