package io.longitude.ingest.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The expected values the simulation study scores against, worked out by hand from the standard truth. */
class TestExpectedValues {
    private final ExpectedValues expected = new ExpectedValues(ProgrammeTruth.standard(1, 3));

    /** W0 reported: level 0 = 0.45 + 0.30 × 0.55, level 1 = 0.35 × 0.70, level 2 = 0.20 × 0.70. */
    @Test
    void intakeSharesCountUnconsciousIntegratorsAtZero() {
        List<Double> shares = expected.levelShares(0);
        assertThat(shares.get(0)).isCloseTo(0.615, within(1e-12));
        assertThat(shares.get(1)).isCloseTo(0.245, within(1e-12));
        assertThat(shares.get(2)).isCloseTo(0.14, within(1e-12));
    }

    /**
     * The chance of moving up is linear in the sessions, so at W1 only the mean attendance matters: E[sessions] =
     * 0.65 × (0.9 × 10 + 0.1 × 2.5) = 6.0125, ū = 0.04 + 0.03 × 6.0125; P(level 0 at W1) = (1 − ū)(0.45 + 0.02 × 0.35).
     * The comparison group attends nothing (u = 0.04), so the difference in differences at W1 is
     * 0.457 × 0.96 − P(level 0 at W1).
     */
    @Test
    void levelsAtTheEndOfTheEditionFollowTheMeanAttendance() {
        double up = 0.04 + 0.03 * 0.65 * (0.9 * 10 + 0.1 * 2.5);
        double levelZero = (1 - up) * (0.45 + 0.02 * 0.35);
        assertThat(expected.levelShares(1).get(0)).isCloseTo(levelZero, within(1e-6));
        assertThat(expected.levelShares(1).stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isCloseTo(1, within(1e-12));
        assertThat(expected.differenceInDifferences().get(1)).isCloseTo(0.457 * 0.96 - levelZero, within(1e-6));
        assertThat(expected.pairedDifferences().get(1)).isCloseTo(1 - levelZero - 0.385, within(1e-6));
        assertThat(expected.differenceInDifferences().get(0)).isZero();
    }

    /**
     * From W0 (reported) to W1, the chance of moving up is linear in the sessions and the intake level does not depend
     * on them, so the mean ū = 0.04 + 0.03 × 6.0125 gives: from 1 (true 1, said so) up with ū; from 2 down with 0.02;
     * from 0 (true 0: 0.45; true 1 unconscious: 0.35 × 0.30; true 2 unconscious: 0.20 × 0.30, never back to 0)
     * staying at 0 with [0.45 (1 − ū) + 0.105 (1 − ū) 0.02] / 0.615. M7's "acted" at W1 is 1 minus that.
     */
    @Test
    void transitionsFromIntakeAndActionAfterIt() {
        double up = 0.04 + 0.03 * 0.65 * (0.9 * 10 + 0.1 * 2.5);
        List<Double> shares = expected.transitionShares(0);
        double stay = (0.45 * (1 - up) + 0.105 * (1 - up) * 0.02) / 0.615;
        assertThat(shares.get(0)).isCloseTo(stay, within(1e-6));
        assertThat(shares.get(1 * 3 + 2)).isCloseTo(up, within(1e-6));
        assertThat(shares.get(2 * 3 + 1)).isCloseTo(0.02, within(1e-12));
        assertThat(shares.get(2 * 3)).isZero();
        for (int wave = 0; wave < 4; wave++) {
            List<Double> matrix = expected.transitionShares(wave);
            for (int from = 0; from < 3; from++) {
                assertThat(matrix.get(3 * from) + matrix.get(3 * from + 1) + matrix.get(3 * from + 2))
                        .isCloseTo(1, within(1e-12));
            }
            assertThat(matrix.get(2 * 3 + 1)).as("down from 2 at W%d", wave + 1).isCloseTo(0.02, within(1e-12));
        }
        assertThat(expected.actedByWave().get(0)).isNaN();
        assertThat(expected.actedByWave().get(1)).isCloseTo(1 - stay, within(1e-6));
    }

    /**
     * After W1 those still at 0 attended less (the more sessions, the likelier they moved up at W1), so leaving 0
     * from W1 to W2 is less likely than half the mean chance at W1: the mixture, not the mean, is the truth.
     */
    @Test
    void transitionsAfterTheEditionWeighTheCandidatesStillAtZero() {
        double up = 0.04 + 0.03 * 0.65 * (0.9 * 10 + 0.1 * 2.5);
        double leaving = expected.transitionShares(1).get(1);
        assertThat(leaving).isLessThan(up / 2).isGreaterThan(0.04 / 2);
        assertThat(expected.actedByWave().get(2))
                .isCloseTo(1 - expected.transitionShares(1).get(0), within(1e-12));
    }

    /** From W2 dropped candidates (10 %) answer at 0.6 times the rate: p × 0.96. */
    @Test
    void responseRatesAllowForDroppedCandidates() {
        List<Double> rates = expected.responseRates();
        assertThat(rates.get(0)).isEqualTo(0.95);
        assertThat(rates.get(1)).isEqualTo(0.85);
        assertThat(rates.get(2)).isCloseTo(0.75 * 0.96, within(1e-12));
        assertThat(rates.get(4)).isCloseTo(0.55 * 0.96, within(1e-12));
    }

    /**
     * Reporting 0 at W0: true 0 (0.45, the coach says 1 when erring upwards, 5 %), true 1 (0.30 × 0.35, the coach
     * says ≥ 1 unless erring downwards, 95 %), true 2 (0.30 × 0.20, always ≥ 1).
     */
    @Test
    void unconsciousIntegratorsAmongThoseReportingZero() {
        assertThat(expected.unconsciousIntegrators())
                .isCloseTo((0.45 * 0.05 + 0.30 * (0.35 * 0.95 + 0.20)) / 0.615, within(1e-12));
    }

    /** Stops after Exp(0.015) months of 30.4 days, in whole days; 12 months of 30.44 days are passed from day 366. */
    @Test
    void survivalAtTwelveMonths() {
        assertThat(expected.survivalAt12Months()).isCloseTo(Math.exp(-0.015 * 366 / 30.4), within(1e-12));
    }

    /** Centred on 3 the rounded, clipped answer is symmetric about 3; Φ(1.96) = 0.975. */
    @Test
    void staffItemMeansOfRoundedClippedAnswers() {
        ProgrammeTruth standard = ProgrammeTruth.standard(1, 3);
        ProgrammeTruth centred = new ProgrammeTruth(
                1,
                3,
                0.15,
                0.10,
                standard.responseProbability(),
                0.6,
                standard.initialLevelShares(),
                0.30,
                0.04,
                0.03,
                0.02,
                0.6,
                0.25,
                0.04,
                0.15,
                0.7,
                List.of(3.0, 1.0),
                0.0,
                0.9,
                0);
        List<Double> means = new ExpectedValues(centred).staffItemMeans(0);
        assertThat(means.get(0)).isCloseTo(3.0, within(1e-9));
        // Centred on 1: the answer is 1 below 1.5 and rises above; the mean exceeds 1 by Σ P(answer ≥ k), k = 2..5.
        double sd = Math.hypot(0.3, 0.6);
        double tail = 0;
        for (int k = 2; k <= 5; k++) {
            tail += 1 - ExpectedValues.normalCdf((k - 0.5 - 1) / sd);
        }
        assertThat(means.get(1)).isCloseTo(1 + tail, within(1e-9));
        assertThat(ExpectedValues.normalCdf(1.959963984540054)).isCloseTo(0.975, within(1e-9));
        assertThat(ExpectedValues.normalCdf(0)).isCloseTo(0.5, within(1e-12));
    }
}
