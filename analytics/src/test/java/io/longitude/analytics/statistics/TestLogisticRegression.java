package io.longitude.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.junit.jupiter.api.Test;

class TestLogisticRegression {

    /**
     * Beetle mortality (Bliss 1935) as in Dobson &amp; Barnett (2008), An Introduction to Generalized Linear Models,
     * 3rd ed., Table 7.2; logistic model estimates in their Table 7.3: β₁ = −60.72, β₂ = 34.27.
     */
    @Test
    void beetleMortality() {
        double[][] dose = {{1.6907}, {1.7242}, {1.7552}, {1.7842}, {1.8113}, {1.8369}, {1.8610}, {1.8839}};
        long[] killed = {6, 13, 18, 28, 52, 53, 61, 60};
        long[] beetles = {59, 60, 62, 56, 63, 59, 62, 60};

        double[] coefficients = LogisticRegression.fit(dose, killed, beetles).orElseThrow();

        assertThat(coefficients[0]).isCloseTo(-60.72, within(0.005));
        assertThat(coefficients[1]).isCloseTo(34.27, within(0.005));
        assertScoreEquationsHold(dose, killed, beetles, coefficients);
    }

    /**
     * Two covariates: agrees with an independent maximisation of the binomial log-likelihood by commons-math3's
     * derivative-free BOBYQA optimiser (no gradient or Hessian shared with the implementation).
     */
    @Test
    void agreesWithDerivativeFreeMaximumLikelihood() {
        double[][] design = {{0, 0}, {1, 0}, {2, 0}, {3, 0}, {0, 1}, {1, 1}, {2, 1}, {3, 1}, {1.5, 0}};
        long[] successes = {12, 20, 31, 45, 20, 26, 40, 52, 3};
        long[] trials = {80, 75, 70, 72, 85, 66, 70, 68, 10};

        double[] coefficients =
                LogisticRegression.fit(design, successes, trials).orElseThrow();

        MultivariateFunction logLikelihood = beta -> {
            double sum = 0;
            for (int i = 0; i < design.length; i++) {
                double p = LogisticRegression.probability(beta, design[i]);
                sum += successes[i] * Math.log(p) + (trials[i] - successes[i]) * Math.log(1 - p);
            }
            return sum;
        };
        PointValuePair optimum = new BOBYQAOptimizer(7, 0.5, 1e-10)
                .optimize(
                        new MaxEval(100_000),
                        new ObjectiveFunction(logLikelihood),
                        GoalType.MAXIMIZE,
                        new InitialGuess(new double[3]),
                        SimpleBounds.unbounded(3));
        for (int j = 0; j < 3; j++) {
            assertThat(coefficients[j]).isCloseTo(optimum.getPoint()[j], within(1e-6));
        }
        assertThat(logLikelihood.value(coefficients)).isGreaterThanOrEqualTo(optimum.getValue() - 1e-9);
        assertScoreEquationsHold(design, successes, trials, coefficients);
    }

    /** Complete separation (all successes at x = 1, none at x = 0): the MLE does not exist. */
    @Test
    void separationDoesNotConverge() {
        assertThat(LogisticRegression.fit(new double[][] {{0}, {1}}, new long[] {0, 10}, new long[] {10, 10}))
                .isEmpty();
        assertThat(LogisticRegression.fit(new double[][] {{0}, {1}}, new long[] {0, 0}, new long[] {10, 10}))
                .isEmpty();
    }

    /** Intercept only: β₀ = logit(30/120) = log(1/3) (hand computation). */
    @Test
    void interceptOnly() {
        double[] coefficients = LogisticRegression.fit(
                        new double[][] {{}, {}}, new long[] {10, 20}, new long[] {50, 70})
                .orElseThrow();

        assertThat(coefficients).hasSize(1);
        assertThat(coefficients[0]).isCloseTo(Math.log(1.0 / 3), within(1e-12));
        assertThat(LogisticRegression.probability(coefficients, new double[0])).isCloseTo(0.25, within(1e-12));
    }

    /** Score equations Xᵀ(y − n·p) = 0 at the maximum (relative to the number of trials). */
    private static void assertScoreEquationsHold(
            double[][] design, long[] successes, long[] trials, double[] coefficients) {
        double[] score = new double[coefficients.length];
        double total = 0;
        for (int i = 0; i < design.length; i++) {
            double residual = successes[i] - trials[i] * LogisticRegression.probability(coefficients, design[i]);
            score[0] += residual;
            for (int j = 0; j < design[i].length; j++) {
                score[j + 1] += design[i][j] * residual;
            }
            total += trials[i];
        }
        for (double value : score) {
            assertThat(value / total).isCloseTo(0, within(1e-9));
        }
    }
}
