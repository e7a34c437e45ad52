package io.longitude.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.differentiation.FiniteDifferencesDifferentiator;
import org.apache.commons.math3.analysis.differentiation.UnivariateDifferentiableFunction;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class TestCohenKappa {

    /**
     * Two psychiatrists, 100 subjects, three diagnoses, cell proportions as in Fleiss (1981), Statistical Methods
     * for Rates and Proportions, 2nd ed., Table 13.1 (κ = 0.68 there): p_o = 0.89, p_e = 0.66, κ = 0.23/0.34 =
     * 0.6765 by hand. The standard error is checked against an independent delta-method
     * computation (numerical derivatives of κ with respect to the cell shares, commons-math3), which is what the
     * Fleiss–Cohen–Everitt (1969) formula expresses in closed form.
     */
    @Test
    void threeCategoriesAgreeWithDeltaMethod() {
        long[][] table = {{75, 1, 4}, {5, 4, 1}, {0, 0, 10}};

        Estimate estimate = CohenKappa.kappa(table).orElseThrow();

        double observed = 0.89;
        double expected = 0.80 * 0.80 + 0.10 * 0.05 + 0.10 * 0.15;
        assertThat(estimate.value()).isCloseTo((observed - expected) / (1 - expected), within(1e-12));
        assertThat(estimate.value()).isCloseTo(0.6765, within(0.0001));
        assertInterval(table, estimate);
    }

    /** Two categories: [[20, 5], [10, 15]] → p_o = 0.7, p_e = 0.5, κ = 0.4 (hand computation). */
    @Test
    void twoByTwo() {
        long[][] table = {{20, 5}, {10, 15}};

        Estimate estimate = CohenKappa.kappa(table).orElseThrow();

        assertThat(estimate.value()).isCloseTo(0.4, within(1e-12));
        assertInterval(table, estimate);
    }

    @Test
    void notComputable() {
        assertThat(CohenKappa.kappa(new long[][] {{1, 0}, {0, 0}})).isEmpty();
        assertThat(CohenKappa.kappa(new long[][] {{9, 0}, {0, 0}})).isEmpty();
    }

    /** Perfect agreement with two used levels: κ = 1, variance 0. */
    @Test
    void perfectAgreement() {
        Estimate estimate = CohenKappa.kappa(new long[][] {{9, 0}, {0, 4}}).orElseThrow();

        assertThat(estimate.value()).isCloseTo(1, within(1e-12));
        assertThat(estimate.lower()).isCloseTo(1, within(1e-6));
        assertThat(estimate.upper()).isCloseTo(1, within(1e-6));
    }

    /**
     * Delta method under multinomial sampling: Var(κ) = (Σ p_ij g_ij² − (Σ p_ij g_ij)²)/n with g_ij = ∂κ/∂p_ij,
     * here by 5-point finite differences of κ(p) (no closed form used).
     */
    private static void assertInterval(long[][] table, Estimate estimate) {
        int k = table.length;
        double n = 0;
        for (long[] row : table) {
            for (long count : row) {
                n += count;
            }
        }
        double[][] shares = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                shares[i][j] = table[i][j] / n;
            }
        }
        FiniteDifferencesDifferentiator differentiator = new FiniteDifferencesDifferentiator(5, 1e-4);
        double first = 0;
        double second = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                int row = i;
                int column = j;
                UnivariateFunction kappaOfCell = value -> {
                    double[][] perturbed = new double[k][];
                    for (int r = 0; r < k; r++) {
                        perturbed[r] = shares[r].clone();
                    }
                    perturbed[row][column] = value;
                    return kappa(perturbed);
                };
                UnivariateDifferentiableFunction derivative = differentiator.differentiate(kappaOfCell);
                double gradient = derivative
                        .value(new org.apache.commons.math3.analysis.differentiation.DerivativeStructure(
                                1, 1, 0, shares[i][j]))
                        .getPartialDerivative(1);
                first += shares[i][j] * gradient * gradient;
                second += shares[i][j] * gradient;
            }
        }
        double standardError = Math.sqrt((first - second * second) / n);
        double z = new NormalDistribution().inverseCumulativeProbability(0.975);
        assertThat(estimate.lower()).isCloseTo(estimate.value() - z * standardError, within(1e-7));
        assertThat(estimate.upper()).isCloseTo(estimate.value() + z * standardError, within(1e-7));
    }

    /** κ of a table of shares that need not sum to 1 (the shares are used as given). */
    private static double kappa(double[][] p) {
        int k = p.length;
        double observed = 0;
        double expected = 0;
        for (int i = 0; i < k; i++) {
            double row = 0;
            double column = 0;
            for (int j = 0; j < k; j++) {
                row += p[i][j];
                column += p[j][i];
            }
            observed += p[i][i];
            expected += row * column;
        }
        return (observed - expected) / (1 - expected);
    }
}
