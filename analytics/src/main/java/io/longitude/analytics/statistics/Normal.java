package io.longitude.analytics.statistics;

import org.apache.commons.statistics.distribution.NormalDistribution;

/** The standard normal distribution and the 97.5% quantile used by every 95% interval of the package. */
final class Normal {

    static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

    /** z<sub>0.975</sub> = 1.959963984540054. */
    static final double Z95 = STANDARD.inverseCumulativeProbability(0.975);

    private Normal() {}

    /** Two-sided p-value 2·P(Z &gt; |z|). */
    static double twoSided(double z) {
        return Math.min(1, 2 * STANDARD.survivalProbability(Math.abs(z)));
    }
}
