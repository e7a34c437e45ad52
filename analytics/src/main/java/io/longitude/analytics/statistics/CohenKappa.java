package io.longitude.analytics.statistics;

import java.util.Optional;

/** Cohen's kappa for the agreement of two raters on a nominal scale (Cohen 1960, Educ Psychol Meas 20:37). */
public final class CohenKappa {

    private CohenKappa() {}

    /**
     * Cohen's κ with a 95% interval from the large-sample standard error of Fleiss, Cohen &amp; Everitt (1969,
     * Psychol Bull 72:323), the one for intervals (not the one under H₀: κ = 0).
     *
     * <p>With p<sub>ij</sub> = n<sub>ij</sub>/n, p<sub>o</sub> = Σ p<sub>ii</sub>, p<sub>e</sub> = Σ
     * p<sub>i·</sub>p<sub>·i</sub>: κ = (p<sub>o</sub> − p<sub>e</sub>)/(1 − p<sub>e</sub>) and
     * Var(κ) = [Σ<sub>i</sub> p<sub>ii</sub>(1 − (p<sub>i·</sub> + p<sub>·i</sub>)(1 − κ))² + (1 − κ)²
     * Σ<sub>i≠j</sub> p<sub>ij</sub>(p<sub>·i</sub> + p<sub>j·</sub>)² − (κ − p<sub>e</sub>(1 − κ))²] / (n(1 −
     * p<sub>e</sub>)²) (Fleiss, Levin &amp; Paik 2003, Statistical Methods for Rates and Proportions, 3rd ed.,
     * ch. 18). Interval κ ± z<sub>0.975</sub>·√Var, clipped to [−1, 1] (κ cannot leave that range).
     *
     * @param table table[i][j] = count rated level i by rater A (self-report) and level j by rater B (coach)
     * @return κ with its 95% interval; empty when n &lt; 2 or the expected agreement p<sub>e</sub> is 1
     * @throws IllegalArgumentException when the table is not square or has a negative count
     */
    public static Optional<Estimate> kappa(long[][] table) {
        int size = Checks.squareTable(table, "table");
        double n = 0;
        for (long[] row : table) {
            for (long count : row) {
                n += count;
            }
        }
        if (n < 2) {
            return Optional.empty();
        }
        double[] rowShare = new double[size];
        double[] columnShare = new double[size];
        double observed = 0;
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                rowShare[i] += table[i][j] / n;
                columnShare[j] += table[i][j] / n;
            }
            observed += table[i][i] / n;
        }
        double expected = 0;
        for (int i = 0; i < size; i++) {
            expected += rowShare[i] * columnShare[i];
        }
        if (!(expected < 1 - 1e-15)) {
            return Optional.empty();
        }
        double kappa = (observed - expected) / (1 - expected);
        double diagonal = 0;
        double offDiagonal = 0;
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                double share = table[i][j] / n;
                if (i == j) {
                    double term = 1 - (rowShare[i] + columnShare[i]) * (1 - kappa);
                    diagonal += share * term * term;
                } else {
                    double term = columnShare[i] + rowShare[j];
                    offDiagonal += share * term * term;
                }
            }
        }
        double correction = kappa - expected * (1 - kappa);
        double variance = (diagonal + (1 - kappa) * (1 - kappa) * offDiagonal - correction * correction)
                / (n * (1 - expected) * (1 - expected));
        double halfWidth = Normal.Z95 * Math.sqrt(Math.max(0, variance));
        return Optional.of(new Estimate(kappa, Math.max(-1, kappa - halfWidth), Math.min(1, kappa + halfWidth)));
    }
}
