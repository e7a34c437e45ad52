package io.longitude.analytics.statistics;

import java.util.Optional;
import org.apache.commons.statistics.distribution.TDistribution;

/** Ordinary least-squares regression of y on x for weighted (counted) points. */
public final class SimpleRegression {

    private SimpleRegression() {}

    /**
     * The slope of the least-squares line of y on x, the point (x[i], y[i]) occurring counts[i] times.
     *
     * <p>With n = Σ counts, centred sums S<sub>xx</sub>, S<sub>xy</sub>, S<sub>yy</sub> over the expanded sample:
     * slope b = S<sub>xy</sub>/S<sub>xx</sub>, residual variance s² = (S<sub>yy</sub> − b·S<sub>xy</sub>)/(n − 2),
     * SE(b) = √(s²/S<sub>xx</sub>), interval b ± t<sub>0.975, n−2</sub>·SE(b) (Draper &amp; Smith 1998, Applied
     * Regression Analysis, 3rd ed.). A perfect fit gives [b, b].
     *
     * @return the slope with its 95% interval; empty when n &lt; 3 or x is constant
     * @throws IllegalArgumentException when lengths differ, a count is negative or a value is not finite
     */
    public static Optional<Estimate> slope(double[] x, double[] y, long[] counts) {
        Checks.finite(x, "x");
        Checks.finite(y, "y");
        Checks.nonNegative(counts, "counts");
        Checks.sameLength(x.length, y.length, "y");
        Checks.sameLength(x.length, counts.length, "counts");
        double n = 0;
        double sumX = 0;
        double sumY = 0;
        for (int i = 0; i < counts.length; i++) {
            n += counts[i];
            sumX += counts[i] * x[i];
            sumY += counts[i] * y[i];
        }
        if (n < 3) {
            return Optional.empty();
        }
        double meanX = sumX / n;
        double meanY = sumY / n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < counts.length; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            sxx += counts[i] * dx * dx;
            sxy += counts[i] * dx * dy;
            syy += counts[i] * dy * dy;
        }
        if (!(sxx > 0)) {
            return Optional.empty();
        }
        double slope = sxy / sxx;
        double residualVariance = Math.max(0, syy - slope * sxy) / (n - 2);
        double halfWidth =
                TDistribution.of(n - 2).inverseSurvivalProbability(0.025) * Math.sqrt(residualVariance / sxx);
        return Optional.of(new Estimate(slope, slope - halfWidth, slope + halfWidth));
    }
}
