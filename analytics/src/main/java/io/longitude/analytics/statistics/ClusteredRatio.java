package io.longitude.analytics.statistics;

import io.longitude.core.metrics.Interval;
import io.longitude.core.metrics.WilsonInterval;
import java.util.Optional;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A mean or share pooled over answers that come in clusters, one cluster per participant who answered several sessions:
 * the ratio r = Σy / Σx of the clusters' sums y<sub>i</sub> over their answer counts x<sub>i</sub>, with the
 * linearisation (Taylor) variance of a ratio estimator over m clusters (Cochran 1977, Sampling Techniques, 3rd ed.,
 * §6.3; Kish 1965, §6.4): the residuals e<sub>i</sub> = y<sub>i</sub> − r·x<sub>i</sub>, Σe² = Σy² − 2r·Σxy + r²·Σx².
 * When each cluster holds one answer (one session) the intervals are the usual Student t and Wilson ones.
 *
 * @param clusters m, the participants with at least one answer
 * @param answers Σx
 * @param sum Σy
 * @param sumOfSquares Σy²
 * @param crossProducts Σxy
 * @param answersSquared Σx²
 */
public record ClusteredRatio(
        long clusters, double answers, double sum, double sumOfSquares, double crossProducts, double answersSquared) {
    public ClusteredRatio {
        Checks.nonNegative(clusters, "clusters");
        Checks.finite(answers, "answers");
        Checks.finite(sum, "sum");
        Checks.finite(sumOfSquares, "sumOfSquares");
        Checks.finite(crossProducts, "crossProducts");
        Checks.finite(answersSquared, "answersSquared");
    }

    /** r = Σy / Σx. */
    public double ratio() {
        return sum / answers;
    }

    /** Σe², the squared residuals of the clusters about the ratio (negative rounding residue is 0). */
    double squaredResiduals() {
        double ratio = ratio();
        return Math.max(0, sumOfSquares - 2 * ratio * crossProducts + ratio * ratio * answersSquared);
    }

    /**
     * The mean answer with its 95% interval r ± t<sub>0.975, m−1</sub>·√V, V = m/(m − 1)·Σe²/(Σx)². With one answer
     * per participant V = s²/m, the Student t interval of {@link Means#mean}.
     *
     * @return the mean with its interval; empty when m &lt; 2 (show the mean without one)
     */
    public Optional<Estimate> mean() {
        if (clusters < 2 || !(answers > 0)) {
            return Optional.empty();
        }
        double variance = clusters / (clusters - 1.0) * squaredResiduals() / (answers * answers);
        double halfWidth = TDistribution.of(clusters - 1.0).inverseSurvivalProbability(0.025) * Math.sqrt(variance);
        double ratio = ratio();
        return Optional.of(new Estimate(ratio, ratio - halfWidth, ratio + halfWidth));
    }

    /**
     * The share of yes answers (y<sub>i</sub> counts a cluster's yes) with the Wilson interval at the effective number
     * of answers r(1 − r)/V<sub>0</sub>, V<sub>0</sub> = Σe²/(Σx)² (Kish's design effect), kept between m and Σx.
     * With one answer per participant the effective number is m and the interval is {@link WilsonInterval#of}'s.
     */
    public Estimate share() {
        if (!(answers >= 1)) {
            throw new IllegalArgumentException("Cannot compute a share of no answers: " + answers);
        }
        double ratio = ratio();
        double variance = squaredResiduals() / (answers * answers);
        double effective = variance > 0 ? ratio * (1 - ratio) / variance : answers;
        effective = Math.max(clusters, Math.min(answers, effective));
        Interval interval = WilsonInterval.ofShare(ratio, Math.max(1, effective));
        return new Estimate(ratio, interval.lower(), interval.upper());
    }
}
