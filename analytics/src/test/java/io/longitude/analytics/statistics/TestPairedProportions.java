package io.longitude.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestPairedProportions {

    /**
     * Newcombe (1998), "Improved confidence intervals for the difference between binomial proportions based on
     * paired data", Stat Med 17:2635–2650, Table II, method 10, examples (a) 36, 12, 2, 0; (b) 5, 5, 2, 1;
     * (c) 1, 1, 7, 12; (d) 0, 0, 0, 34 in Newcombe's notation (e, f, g, h), where θ = (f − g)/n = p1 − p2 with
     * p1 = (e + f)/n. Our difference is (c − b)/n = after − before, so Newcombe's p1 plays our "after": we pass
     * a = e, b = g, c = f, d = h.
     *
     * <p>The published four-decimal values are also re-derived in {@link #independent} from the published formula
     * with commons-math3's normal quantile, so the test does not rest on the transcription alone.
     */
    @ParameterizedTest
    @CsvSource({
        "36, 12, 2, 0, 0.2000, 0.0569, 0.3404",
        "5, 5, 2, 1, 0.2308, -0.1488, 0.5367",
        "1, 1, 7, 12, -0.2857, -0.5017, -0.0361",
        "0, 0, 0, 34, 0.0000, -0.1015, 0.1015"
    })
    void newcombeTableTwo(long e, long f, long g, long h, double value, double lower, double upper) {
        Estimate estimate = PairedProportions.difference(e, g, f, h).orElseThrow();

        assertThat(estimate.value()).isCloseTo(value, within(0.00005));
        assertThat(estimate.lower()).isCloseTo(lower, within(0.00005));
        assertThat(estimate.upper()).isCloseTo(upper, within(0.00005));
        double[] expected = independent(e, f, g, h);
        assertThat(estimate.lower()).isCloseTo(expected[0], within(1e-12));
        assertThat(estimate.upper()).isCloseTo(expected[1], within(1e-12));
    }

    /** Difference is after − before = (c − b)/n with rows = before, columns = after. */
    @Test
    void differenceIsAfterMinusBefore() {
        Estimate estimate = PairedProportions.difference(10, 2, 8, 30).orElseThrow();

        assertThat(estimate.value()).isCloseTo((8 - 2) / 50.0, within(1e-15));
        assertThat(estimate.lower()).isLessThan(estimate.value());
        assertThat(estimate.upper()).isGreaterThan(estimate.value());
    }

    @Test
    void noPairsIsNotComputable() {
        assertThat(PairedProportions.difference(0, 0, 0, 0)).isEmpty();
    }

    /**
     * Newcombe (1998b) method 10 in his notation: p1 = (e+f)/n, p2 = (e+g)/n, Wilson limits (l, u), φ =
     * (eh − fg)/√((e+f)(g+h)(e+g)(f+h)) (0 if a margin is 0), δ = √((p1−l1)² − 2φ(p1−l1)(u2−p2) + (u2−p2)²),
     * ε = √((u1−p1)² − 2φ(u1−p1)(p2−l2) + (p2−l2)²), interval (θ − δ, θ + ε).
     */
    private static double[] independent(double e, double f, double g, double h) {
        double z = new NormalDistribution().inverseCumulativeProbability(0.975);
        double n = e + f + g + h;
        double p1 = (e + f) / n;
        double p2 = (e + g) / n;
        double[] w1 = wilson(p1, n, z);
        double[] w2 = wilson(p2, n, z);
        double margins = (e + f) * (g + h) * (e + g) * (f + h);
        double phi = margins == 0 ? 0 : (e * h - f * g) / Math.sqrt(margins);
        double delta =
                Math.sqrt(Math.pow(p1 - w1[0], 2) - 2 * phi * (p1 - w1[0]) * (w2[1] - p2) + Math.pow(w2[1] - p2, 2));
        double epsilon =
                Math.sqrt(Math.pow(w1[1] - p1, 2) - 2 * phi * (w1[1] - p1) * (p2 - w2[0]) + Math.pow(p2 - w2[0], 2));
        return new double[] {p1 - p2 - delta, p1 - p2 + epsilon};
    }

    private static double[] wilson(double p, double n, double z) {
        double centre = 2 * n * p + z * z;
        double half = z * Math.sqrt(z * z + 4 * n * p * (1 - p));
        return new double[] {(centre - half) / (2 * (n + z * z)), (centre + half) / (2 * (n + z * z))};
    }
}
