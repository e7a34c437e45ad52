package io.longitude.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.longitude.core.metrics.Interval;
import io.longitude.core.metrics.WilsonInterval;
import org.junit.jupiter.api.Test;

class TestClusteredRatio {
    /** The sums of clusters given as (answers, sum of answers) pairs. */
    private static ClusteredRatio of(double[][] clusters) {
        double x = 0;
        double y = 0;
        double yy = 0;
        double xy = 0;
        double xx = 0;
        for (double[] cluster : clusters) {
            x += cluster[0];
            y += cluster[1];
            yy += cluster[1] * cluster[1];
            xy += cluster[0] * cluster[1];
            xx += cluster[0] * cluster[0];
        }
        return new ClusteredRatio(clusters.length, x, y, yy, xy, xx);
    }

    @Test
    void oneAnswerPerParticipantGivesTheStudentAndWilsonIntervals() {
        ClusteredRatio scores = of(new double[][] {{1, 4}, {1, 5}, {1, 3}, {1, 4}, {1, 2}});
        Estimate student = Means.mean(5, 18, 70).orElseThrow();
        Estimate pooled = scores.mean().orElseThrow();
        assertThat(pooled.value()).isCloseTo(student.value(), within(1e-12));
        assertThat(pooled.lower()).isCloseTo(student.lower(), within(1e-12));
        assertThat(pooled.upper()).isCloseTo(student.upper(), within(1e-12));
        // By hand: mean 3.6, s² = (70 − 5·3.6²)/4 = 1.3, t(0.975, 4) = 2.776445, half width 2.776445·√(1.3/5).
        assertThat(student.upper() - 3.6).isCloseTo(2.776445 * Math.sqrt(1.3 / 5), within(1e-6));

        ClusteredRatio yes = of(new double[][] {{1, 1}, {1, 1}, {1, 0}, {1, 1}});
        Interval wilson = WilsonInterval.of(3, 4);
        assertThat(yes.share()).isEqualTo(new Estimate(0.75, wilson.lower(), wilson.upper()));
    }

    @Test
    void answersOfOneParticipantWidenTheIntervalByHand() {
        // Three participants: 2 answers summing 8, 3 answers summing 9, 1 answer of 5. r = 22/6.
        ClusteredRatio scores = of(new double[][] {{2, 8}, {3, 9}, {1, 5}});
        double r = 22.0 / 6;
        double residuals = Math.pow(8 - 2 * r, 2) + Math.pow(9 - 3 * r, 2) + Math.pow(5 - r, 2);
        double half = 4.302653 * Math.sqrt(3.0 / 2 * residuals / 36);
        Estimate mean = scores.mean().orElseThrow();
        assertThat(mean.value()).isCloseTo(r, within(1e-12));
        assertThat(mean.lower()).isCloseTo(r - half, within(1e-5));
        assertThat(mean.upper()).isCloseTo(r + half, within(1e-5));

        // Yes counts: 2 of 2, 0 of 3, 1 of 1: r = 0.5, Σe² = 1² + 1.5² + 0.5² = 3.5, V0 = 3.5/36,
        // effective n = 0.25 / V0 = 2.571, kept within [3 participants, 6 answers]: 3.
        Estimate share = of(new double[][] {{2, 2}, {3, 0}, {1, 1}}).share();
        Interval atThree = WilsonInterval.ofShare(0.5, 3);
        assertThat(share).isEqualTo(new Estimate(0.5, atThree.lower(), atThree.upper()));

        // Yes counts 1 of 2 for each of 4 participants: no spread between them, so 8 answers count in full.
        Estimate even = of(new double[][] {{2, 1}, {2, 1}, {2, 1}, {2, 1}}).share();
        Interval atEight = WilsonInterval.ofShare(0.5, 8);
        assertThat(even).isEqualTo(new Estimate(0.5, atEight.lower(), atEight.upper()));
    }

    @Test
    void oneParticipantHasAMeanWithoutAnInterval() {
        assertThat(of(new double[][] {{3, 12}}).mean()).isEmpty();
        assertThat(of(new double[][] {{3, 12}}).ratio()).isEqualTo(4.0);
    }
}
