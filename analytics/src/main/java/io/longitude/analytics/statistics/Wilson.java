package io.longitude.analytics.statistics;

/** The Wilson score interval for a binomial proportion, without continuity correction (Wilson 1927). */
final class Wilson {

  private Wilson() {}

  /**
   * Returns {lower, upper} = (2np + z² ∓ z·√(z² + 4np(1 − p))) / (2(n + z²)) with p = successes / trials and
   * z = z<sub>0.975</sub> (Newcombe 1998, Stat Med 17:857, method 3). Requires trials &gt; 0.
   */
  static double[] interval(long successes, long trials) {
    double n = trials;
    double p = successes / n;
    double z = Normal.Z95;
    double zSquared = z * z;
    double centre = 2 * n * p + zSquared;
    double halfWidth = z * Math.sqrt(zSquared + 4 * n * p * (1 - p));
    double denominator = 2 * (n + zSquared);
    double lower = successes == 0 ? 0 : Math.max(0, (centre - halfWidth) / denominator);
    double upper = successes == trials ? 1 : Math.min(1, (centre + halfWidth) / denominator);
    return new double[] {lower, upper};
  }
}
