package io.longitude.analytics.statistics;

import java.util.Objects;
import java.util.Optional;

/** Binomial logistic regression on grouped data (covariate patterns with successes out of trials). */
public final class LogisticRegression {

    private static final int MAXIMUM_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-10;
    private static final int MAXIMUM_HALVINGS = 30;

    private LogisticRegression() {}

    /**
     * Maximum-likelihood fit of logit P(success) = β₀ + β₁x₁ + … + β<sub>p</sub>x<sub>p</sub> by iteratively
     * reweighted least squares (Newton–Raphson; McCullagh &amp; Nelder 1989, Generalized Linear Models, 2nd ed.,
     * ch. 4).
     *
     * <p>With X the design with a leading column of ones, μ = expit(Xβ), W = diag(n·μ(1 − μ)): β ← β + (XᵀWX)⁻¹
     * Xᵀ(y − nμ), the step halved while it lowers the log-likelihood Σ y·η − n·log(1 + e<sup>η</sup>). The
     * covariates are centred and scaled internally (trial-weighted mean and standard deviation; constant columns
     * are left as they are) and the coefficients transformed back. Only when XᵀWX is numerically singular is a
     * ridge 10⁻⁶·trace(XᵀWX) added to its diagonal for that step (this damps the step but does not change the
     * maximum it converges to). Converged when every |Δβ<sub>j</sub>| &lt; 10⁻¹⁰·max(1, |β<sub>j</sub>|) on the
     * internal scale, within 100 iterations. Rows with 0 trials are ignored.
     *
     * @param design design[i] = covariates of pattern i, without the intercept; all rows of the same length
     * @param successes successes[i] = number of successes of pattern i
     * @param trials trials[i] = number of trials of pattern i, ≥ successes[i]
     * @return coefficients, intercept first; empty when the fit does not converge (e.g. complete or quasi-complete
     *     separation, where the maximum-likelihood estimate does not exist) or there is no trial
     * @throws IllegalArgumentException when lengths differ, a count is negative, successes exceed trials or a
     *     covariate is not finite
     */
    public static Optional<double[]> fit(double[][] design, long[] successes, long[] trials) {
        Objects.requireNonNull(design, "design");
        Checks.nonNegative(successes, "successes");
        Checks.nonNegative(trials, "trials");
        Checks.sameLength(design.length, successes.length, "successes");
        Checks.sameLength(design.length, trials.length, "trials");
        int covariates = design.length == 0 ? 0 : Objects.requireNonNull(design[0], "design[0]").length;
        double totalTrials = 0;
        for (int i = 0; i < design.length; i++) {
            Objects.requireNonNull(design[i], "design[" + i + "]");
            Checks.sameLength(covariates, design[i].length, "design[" + i + "]");
            Checks.finite(design[i], "design[" + i + "]");
            if (successes[i] > trials[i]) {
                throw new IllegalArgumentException(
                        "successes[" + i + "] (" + successes[i] + ") exceed trials[" + i + "] (" + trials[i] + ")");
            }
            totalTrials += trials[i];
        }
        if (totalTrials == 0) {
            return Optional.empty();
        }
        double[] centre = new double[covariates];
        double[] scale = new double[covariates];
        for (int j = 0; j < covariates; j++) {
            double mean = 0;
            for (int i = 0; i < design.length; i++) {
                mean += trials[i] * design[i][j];
            }
            mean /= totalTrials;
            double variance = 0;
            for (int i = 0; i < design.length; i++) {
                double deviation = design[i][j] - mean;
                variance += trials[i] * deviation * deviation;
            }
            double deviation = Math.sqrt(variance / totalTrials);
            boolean constant = !(deviation > 0);
            centre[j] = constant ? 0 : mean;
            scale[j] = constant ? 1 : deviation;
        }
        int parameters = covariates + 1;
        double[][] x = new double[design.length][parameters];
        for (int i = 0; i < design.length; i++) {
            x[i][0] = 1;
            for (int j = 0; j < covariates; j++) {
                x[i][j + 1] = (design[i][j] - centre[j]) / scale[j];
            }
        }
        double totalSuccesses = 0;
        for (long success : successes) {
            totalSuccesses += success;
        }
        double[] beta = new double[parameters];
        beta[0] = Math.log((totalSuccesses + 0.5) / (totalTrials - totalSuccesses + 0.5));
        double logLikelihood = logLikelihood(x, successes, trials, beta);
        for (int iteration = 0; iteration < MAXIMUM_ITERATIONS; iteration++) {
            double[] gradient = new double[parameters];
            double[][] information = new double[parameters][parameters];
            for (int i = 0; i < x.length; i++) {
                if (trials[i] == 0) {
                    continue;
                }
                double probability = expit(dot(x[i], beta));
                double residual = successes[i] - trials[i] * probability;
                double weight = trials[i] * probability * (1 - probability);
                for (int a = 0; a < parameters; a++) {
                    gradient[a] += x[i][a] * residual;
                    for (int b = 0; b <= a; b++) {
                        information[a][b] += weight * x[i][a] * x[i][b];
                    }
                }
            }
            for (int a = 0; a < parameters; a++) {
                for (int b = a + 1; b < parameters; b++) {
                    information[a][b] = information[b][a];
                }
            }
            Optional<double[]> solved = Matrices.solveSymmetric(information, gradient);
            if (solved.isEmpty()) {
                double trace = 0;
                for (int a = 0; a < parameters; a++) {
                    trace += information[a][a];
                }
                for (int a = 0; a < parameters; a++) {
                    information[a][a] += 1e-6 * trace;
                }
                solved = Matrices.solveSymmetric(information, gradient);
            }
            if (solved.isEmpty()) {
                return Optional.empty();
            }
            double[] step = solved.get();
            double[] candidate = add(beta, step);
            double candidateLikelihood = logLikelihood(x, successes, trials, candidate);
            for (int halving = 0;
                    halving < MAXIMUM_HALVINGS
                            && !(candidateLikelihood >= logLikelihood - 1e-12 * Math.abs(logLikelihood));
                    halving++) {
                for (int a = 0; a < parameters; a++) {
                    step[a] /= 2;
                }
                candidate = add(beta, step);
                candidateLikelihood = logLikelihood(x, successes, trials, candidate);
            }
            if (!Double.isFinite(candidateLikelihood)) {
                return Optional.empty();
            }
            boolean converged = true;
            for (int a = 0; a < parameters; a++) {
                if (!(Math.abs(step[a]) < TOLERANCE * Math.max(1, Math.abs(candidate[a])))) {
                    converged = false;
                }
            }
            beta = candidate;
            logLikelihood = candidateLikelihood;
            if (converged) {
                return unscale(beta, centre, scale);
            }
        }
        return Optional.empty();
    }

    /**
     * The fitted probability expit(β₀ + Σ β<sub>j</sub>x<sub>j</sub>) = 1/(1 + e<sup>−η</sup>).
     *
     * @param coefficients coefficients from {@link #fit}, intercept first
     * @param covariates covariate values, without the intercept (length = coefficients.length − 1)
     * @return the probability, in [0, 1]
     * @throws IllegalArgumentException when the lengths do not match
     */
    public static double probability(double[] coefficients, double[] covariates) {
        Objects.requireNonNull(coefficients, "coefficients");
        Objects.requireNonNull(covariates, "covariates");
        Checks.sameLength(coefficients.length - 1, covariates.length, "covariates");
        double eta = coefficients[0];
        for (int j = 0; j < covariates.length; j++) {
            eta += coefficients[j + 1] * covariates[j];
        }
        return expit(eta);
    }

    private static Optional<double[]> unscale(double[] beta, double[] centre, double[] scale) {
        double[] coefficients = new double[beta.length];
        coefficients[0] = beta[0];
        for (int j = 0; j < centre.length; j++) {
            coefficients[j + 1] = beta[j + 1] / scale[j];
            coefficients[0] -= coefficients[j + 1] * centre[j];
        }
        for (double coefficient : coefficients) {
            if (!Double.isFinite(coefficient)) {
                return Optional.empty();
            }
        }
        return Optional.of(coefficients);
    }

    private static double logLikelihood(double[][] x, long[] successes, long[] trials, double[] beta) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            if (trials[i] == 0) {
                continue;
            }
            double eta = dot(x[i], beta);
            // log(1 + e^η) computed without overflow
            double softplus = Math.max(eta, 0) + Math.log1p(Math.exp(-Math.abs(eta)));
            sum += successes[i] * eta - trials[i] * softplus;
        }
        return sum;
    }

    private static double expit(double eta) {
        if (eta >= 0) {
            return 1 / (1 + Math.exp(-eta));
        }
        double exponential = Math.exp(eta);
        return exponential / (1 + exponential);
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double[] add(double[] a, double[] b) {
        double[] sum = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }
}
