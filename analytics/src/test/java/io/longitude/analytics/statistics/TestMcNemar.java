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
     * cells 794, 150, 86, 570; McNemar z = −4.17, z² = 17.36. The exact binomial p-value is computed independently
     * with commons-math3.
     */
    @Test
    void presidentialApproval() {
        TestResult result = McNemar.test(150, 86).orElseThrow();

        assertThat(result.statistic()).isCloseTo(17.36, within(0.005));
        assertThat(result.degreesOfFreedom()).isEqualTo(1);
        double exact = 2 * new BinomialDistribution(236, 0.5).cumulativeProbability(86);
        assertThat(result.pValue()).isCloseTo(exact, within(1e-12));
        assertThat(result.pValue()).isBetween(1e-5, 5e-5);
    }

    /** Hand computation: b = 1, c = 0 → statistic 1, p = min(1, 2·P(X ≤ 0)) = min(1, 2·0.5) = 1. */
    @Test
    void singleDiscordantPairHasPValueOne() {
        TestResult result = McNemar.test(0, 1).orElseThrow();

        assertThat(result.statistic()).isEqualTo(1);
        assertThat(result.pValue()).isEqualTo(1);
    }

    /** Hand computation: b = 0, c = 6 → statistic 6, p = 2·0.5⁶ = 0.03125. */
    @Test
    void allChangesInOneDirection() {
        TestResult result = McNemar.test(6, 0).orElseThrow();

        assertThat(result.statistic()).isCloseTo(6, within(1e-12));
        assertThat(result.pValue()).isCloseTo(0.03125, within(1e-12));
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
