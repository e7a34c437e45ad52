package io.longitude.analytics.statistics;

import java.util.Optional;
import org.apache.commons.statistics.distribution.TDistribution;

/** Spearman's rank correlation of weighted pairs (Spearman 1904, Am J Psychol 15:72). */
public final class Spearman {

    /**
     * @param rho Spearman's ρ (Pearson correlation of the midranks)
     * @param lower lower bound of its 95% interval
     * @param upper upper bound of its 95% interval
     * @param pValue two-sided p-value of ρ = 0
     * @param n number of pairs (sum of the counts)
     */
    public record Result(double rho, double lower, double upper, double pValue, long n) {}

    private Spearman() {}

    /**
     * Spearman's ρ of the pairs (x[i], y[i]), each occurring counts[i] times.
     *
     * <p>ρ = Pearson correlation of the midranks of x and y in the expanded sample (ties get midranks). 95%
     * interval tanh(atanh ρ ± z<sub>0.975</sub>·√(1.06/(n − 3))) (Fieller, Hartley &amp; Pearson 1957, Biometrika
     * 44:470; Bonett &amp; Wright 2000, Psychometrika 65:23); for |ρ| = 1 the interval is [ρ, ρ]. p-value from
     * t = ρ·√((n − 2)/(1 − ρ²)) on n − 2 degrees of freedom (0 when |ρ| = 1).
     *
     * @return the correlation; empty when n &lt; 4 or x or y is constant
     * @throws IllegalArgumentException when lengths differ, a count is negative or a value is not finite
     */
    public static Optional<Result> correlation(double[] x, double[] y, long[] counts) {
        Checks.finite(x, "x");
        Checks.finite(y, "y");
        Checks.nonNegative(counts, "counts");
        Checks.sameLength(x.length, y.length, "y");
        Checks.sameLength(x.length, counts.length, "counts");
        long n = 0;
        for (long count : counts) {
            n += count;
        }
        if (n < 4) {
            return Optional.empty();
        }
        double[] rankX = Ranks.of(x, counts).ranks();
        double[] rankY = Ranks.of(y, counts).ranks();
        double meanRank = (n + 1) / 2.0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < counts.length; i++) {
            double dx = rankX[i] - meanRank;
            double dy = rankY[i] - meanRank;
            sxx += counts[i] * dx * dx;
            syy += counts[i] * dy * dy;
            sxy += counts[i] * dx * dy;
        }
        if (!(sxx > 0) || !(syy > 0)) {
            return Optional.empty();
        }
        double rho = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
        if (Math.abs(rho) == 1) {
            return Optional.of(new Result(rho, rho, rho, 0, n));
        }
        double z = 0.5 * Math.log((1 + rho) / (1 - rho));
        double halfWidth = Normal.Z95 * Math.sqrt(1.06 / (n - 3));
        double t = rho * Math.sqrt((n - 2) / (1 - rho * rho));
        double pValue = Math.min(1, 2 * TDistribution.of(n - 2).survivalProbability(Math.abs(t)));
        return Optional.of(new Result(rho, Math.tanh(z - halfWidth), Math.tanh(z + halfWidth), pValue, n));
    }
}
