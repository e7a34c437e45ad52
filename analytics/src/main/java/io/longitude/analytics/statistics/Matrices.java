package io.longitude.analytics.statistics;

import java.util.Optional;

/**
 * Small dense linear algebra for the at most ~30×30 symmetric positive (semi-)definite matrices of the package
 * (covariance and information matrices): Cholesky decomposition with a relative singularity threshold.
 */
final class Matrices {

    /** A pivot below this fraction of the largest diagonal element makes the matrix singular. */
    private static final double RELATIVE_TOLERANCE = 1e-12;

    private Matrices() {}

    /**
     * Solves A·x = b for a symmetric positive definite A by Cholesky decomposition (A = L·Lᵀ). Empty when A is
     * singular or not positive definite (a pivot at or below 1e-12 times the largest diagonal element).
     */
    static Optional<double[]> solveSymmetric(double[][] a, double[] b) {
        int size = b.length;
        double largestDiagonal = 0;
        for (int i = 0; i < size; i++) {
            largestDiagonal = Math.max(largestDiagonal, Math.abs(a[i][i]));
        }
        if (!(largestDiagonal > 0) || !Double.isFinite(largestDiagonal)) {
            return Optional.empty();
        }
        double[][] lower = new double[size][size];
        for (int j = 0; j < size; j++) {
            double pivot = a[j][j];
            for (int k = 0; k < j; k++) {
                pivot -= lower[j][k] * lower[j][k];
            }
            if (!(pivot > RELATIVE_TOLERANCE * largestDiagonal)) {
                return Optional.empty();
            }
            double root = Math.sqrt(pivot);
            lower[j][j] = root;
            for (int i = j + 1; i < size; i++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= lower[i][k] * lower[j][k];
                }
                lower[i][j] = sum / root;
            }
        }
        double[] y = new double[size];
        for (int i = 0; i < size; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= lower[i][k] * y[k];
            }
            y[i] = sum / lower[i][i];
        }
        double[] x = new double[size];
        for (int i = size - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < size; k++) {
                sum -= lower[k][i] * x[k];
            }
            x[i] = sum / lower[i][i];
        }
        for (double value : x) {
            if (!Double.isFinite(value)) {
                return Optional.empty();
            }
        }
        return Optional.of(x);
    }

    /** The quadratic form bᵀ·A⁻¹·b for a symmetric positive definite A; empty when A is singular. */
    static Optional<Double> inverseQuadraticForm(double[][] a, double[] b) {
        return solveSymmetric(a, b).map(x -> {
            double sum = 0;
            for (int i = 0; i < b.length; i++) {
                sum += b[i] * x[i];
            }
            return sum;
        });
    }
}
