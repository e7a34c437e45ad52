package io.longitude.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

class TestStuartMaxwell {

    /**
     * Stuart (1955), Biometrika 42:412, unaided distance vision of 7477 women (right eye grade by left eye grade,
     * Table 1): Stuart–Maxwell chi-square 11.96 on 3 degrees of freedom (a classic example, e.g. in Agresti's
     * Categorical Data Analysis), also checked against the independent commons-math3 computation below.
     */
    @Test
    void stuartVisionData() {
        long[][] vision = {
            {1520, 266, 124, 66},
            {234, 1512, 432, 78},
            {117, 362, 1772, 205},
            {36, 82, 179, 492}
        };

        TestResult result = StuartMaxwell.test(vision).orElseThrow();

        assertThat(result.statistic()).isCloseTo(11.96, within(0.005));
        assertThat(result.degreesOfFreedom()).isEqualTo(3);
        assertThat(result.pValue()).isCloseTo(0.0075, within(0.0001));
        assertThat(result.statistic()).isCloseTo(independent(vision, 0), within(1e-9));
    }

    /**
     * Independent computation with commons-math3 (LU inverse), leaving out a different category than the
     * implementation does; a category with zero row and column totals is dropped (df 2, not 3).
     */
    @Test
    void dropsEmptyCategoriesAndAgreesWithIndependentComputation() {
        long[][] withEmpty = {
            {20, 5, 0, 3},
            {9, 30, 0, 4},
            {0, 0, 0, 0},
            {12, 2, 0, 15}
        };
        long[][] compact = {
            {20, 5, 3},
            {9, 30, 4},
            {12, 2, 15}
        };

        TestResult result = StuartMaxwell.test(withEmpty).orElseThrow();

        assertThat(result.degreesOfFreedom()).isEqualTo(2);
        double expected = independent(compact, 1);
        assertThat(result.statistic()).isCloseTo(expected, within(1e-9));
        assertThat(result.pValue())
                .isCloseTo(1 - new ChiSquaredDistribution(2).cumulativeProbability(expected), within(1e-12));
    }

    /** For k = 2 the test reduces to McNemar's (b − c)²/(b + c): here (7 − 3)²/10 = 1.6. */
    @Test
    void twoByTwoIsMcNemar() {
        TestResult result = StuartMaxwell.test(new long[][] {{10, 7}, {3, 20}}).orElseThrow();

        assertThat(result.statistic()).isCloseTo(1.6, within(1e-12));
        assertThat(result.degreesOfFreedom()).isEqualTo(1);
    }

    @Test
    void notComputableWithoutChangesOrWithSingularCovariance() {
        assertThat(StuartMaxwell.test(new long[][] {{5, 0}, {0, 7}})).isEmpty();
        assertThat(StuartMaxwell.test(new long[][] {{5, 0, 0}, {0, 7, 0}, {0, 0, 0}}))
                .isEmpty();
        // category 3 only on the diagonal: its variance is 0
        assertThat(StuartMaxwell.test(new long[][] {{5, 2, 0}, {4, 7, 0}, {0, 0, 9}}))
                .isEmpty();
        assertThat(StuartMaxwell.test(new long[][] {{5}})).isEmpty();
    }

    /** d = row minus column margins, V from Stuart (1955), category {@code left} left out, d'V⁻¹d via LU. */
    private static double independent(long[][] table, int left) {
        int k = table.length;
        RealVector d = MatrixUtils.createRealVector(new double[k - 1]);
        RealMatrix v = MatrixUtils.createRealMatrix(k - 1, k - 1);
        int a = 0;
        for (int i = 0; i < k; i++) {
            if (i == left) {
                continue;
            }
            double row = 0;
            double column = 0;
            for (int j = 0; j < k; j++) {
                row += table[i][j];
                column += table[j][i];
            }
            d.setEntry(a, row - column);
            int b = 0;
            for (int j = 0; j < k; j++) {
                if (j == left) {
                    continue;
                }
                v.setEntry(a, b, i == j ? row + column - 2.0 * table[i][i] : -(double) (table[i][j] + table[j][i]));
                b++;
            }
            a++;
        }
        RealMatrix inverse = new LUDecomposition(v).getSolver().getInverse();
        return d.dotProduct(inverse.operate(d));
    }
}
