package io.longitude.analytics.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * The Stuart–Maxwell test of marginal homogeneity of a k×k paired table (Stuart 1955, Biometrika 42:412; Maxwell
 * 1970, Br J Psychiatry 116:651).
 */
public final class StuartMaxwell {

    private StuartMaxwell() {}

    /**
     * Tests that the before and after margins of a paired k×k table are equal.
     *
     * <p>With d<sub>i</sub> = n<sub>i·</sub> − n<sub>·i</sub> and the covariance V<sub>ii</sub> = n<sub>i·</sub> +
     * n<sub>·i</sub> − 2n<sub>ii</sub>, V<sub>ij</sub> = −(n<sub>ij</sub> + n<sub>ji</sub>) for i ≠ j, restricted
     * to k − 1 categories (the statistic does not depend on which is left out), statistic = dᵀ V⁻¹ d, chi-square on
     * k − 1 degrees of freedom (Agresti 2013, Categorical Data Analysis, 3rd ed.). Categories whose row and
     * column totals are both zero are dropped first, so k counts the categories that occur.
     *
     * @param table counts, rows = category before, columns = category after
     * @return the test; empty when fewer than two categories occur, there is no off-diagonal count, or V is
     *     singular (e.g. a category that only occurs on the diagonal)
     * @throws IllegalArgumentException when the table is not square or has a negative count
     */
    public static Optional<TestResult> test(long[][] table) {
        int size = Checks.squareTable(table, "table");
        List<Integer> kept = new ArrayList<>();
        long offDiagonal = 0;
        for (int i = 0; i < size; i++) {
            long total = 0;
            for (int j = 0; j < size; j++) {
                total += table[i][j] + table[j][i];
                if (i != j) {
                    offDiagonal += table[i][j];
                }
            }
            if (total > 0) {
                kept.add(i);
            }
        }
        if (kept.size() < 2 || offDiagonal == 0) {
            return Optional.empty();
        }
        int dimension = kept.size() - 1;
        double[] difference = new double[dimension];
        double[][] covariance = new double[dimension][dimension];
        for (int a = 0; a < dimension; a++) {
            int i = kept.get(a);
            long rowTotal = 0;
            long columnTotal = 0;
            for (int j = 0; j < size; j++) {
                rowTotal += table[i][j];
                columnTotal += table[j][i];
            }
            difference[a] = (double) rowTotal - columnTotal;
            for (int b = 0; b < dimension; b++) {
                int j = kept.get(b);
                covariance[a][b] = a == b
                        ? (double) rowTotal + columnTotal - 2.0 * table[i][i]
                        : -((double) table[i][j] + table[j][i]);
            }
        }
        return Matrices.inverseQuadraticForm(covariance, difference)
                .filter(Double::isFinite)
                .map(statistic -> chiSquare(statistic, dimension));
    }

    /** The chi-square test result; a statistic below 0 from rounding becomes 0. */
    private static TestResult chiSquare(double statistic, int degreesOfFreedom) {
        double nonNegative = Math.max(0, statistic);
        return new TestResult(
                nonNegative,
                degreesOfFreedom,
                ChiSquaredDistribution.of(degreesOfFreedom).survivalProbability(nonNegative));
    }
}
