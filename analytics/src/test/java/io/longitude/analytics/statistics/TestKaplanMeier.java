package io.longitude.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class TestKaplanMeier {

    /**
     * 6-MP group of Freireich et al. (1963, Blood 21:699), as listed by Gehan (1965, Biometrika 52:203): 6, 6, 6,
     * 6*, 7, 9*, 10, 10*, 11*, 13, 16, 17*, 19*, 20*, 22, 23, 25*, 32*, 32*, 34*, 35* (* censored), given here as a
     * frequency table in shuffled order with a repeated time.
     */
    static final double[] SIX_MP_TIMES = {10, 6, 7, 9, 13, 16, 17, 19, 20, 22, 23, 25, 32, 34, 35, 6, 11};

    static final long[] SIX_MP_EVENTS = {1, 2, 1, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 0};
    static final long[] SIX_MP_CENSORED = {1, 0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 1, 2, 1, 1, 1, 1};

    /**
     * Product-limit estimates and Greenwood standard errors of Klein &amp; Moeschberger (2003), Survival Analysis,
     * 2nd ed., Table 4.1A: S = 0.857, 0.807, 0.753, 0.690, 0.627, 0.538, 0.448, SE = 0.076, 0.087, 0.096, 0.107,
     * 0.114, 0.128, 0.135. The log(−log) 95% bounds are those R prints for {@code survfit(Surv(time, status) ~ 1,
     * conf.type = "log-log")} on these data (6: 0.620–0.952, 7: 0.563–0.923, 10: 0.503–0.889, 13: 0.432–0.849,
     * 16: 0.368–0.805, 22: 0.268–0.747, 23: 0.188–0.680) and are recomputed below from the formula of Kalbfleisch &amp;
     * Prentice (2002) with commons-math3's normal quantile.
     */
    /**
     * The number at risk at a time between events is the number followed at least that long, as R's
     * {@code summary(survfit(Surv(time, status) ~ 1), times = c(12, 20, 35, 36))} gives it on the 6-MP data: at 12,
     * the 12 times from 13 on (the last stop before, at 10, had 15 at risk); at 20, the 8 times from 20* on (the stop
     * at 16 had 11); at 35, the one 35*; beyond the longest follow-up, nobody. Counted by hand from the list above.
     */
    @Test
    void atRiskBetweenEventsCountsThoseFollowedThatLong() {
        assertThat(KaplanMeier.atRisk(SIX_MP_TIMES, SIX_MP_EVENTS, SIX_MP_CENSORED, 12))
                .isEqualTo(12);
        assertThat(KaplanMeier.atRisk(SIX_MP_TIMES, SIX_MP_EVENTS, SIX_MP_CENSORED, 20))
                .isEqualTo(8);
        assertThat(KaplanMeier.atRisk(SIX_MP_TIMES, SIX_MP_EVENTS, SIX_MP_CENSORED, 35))
                .isEqualTo(1);
        assertThat(KaplanMeier.atRisk(SIX_MP_TIMES, SIX_MP_EVENTS, SIX_MP_CENSORED, 36))
                .isZero();
        assertThat(KaplanMeier.atRisk(SIX_MP_TIMES, SIX_MP_EVENTS, SIX_MP_CENSORED, 0))
                .isEqualTo(21);
    }

    @Test
    void sixMercaptopurine() {
        List<KaplanMeier.Step> curve = KaplanMeier.fit(SIX_MP_TIMES, SIX_MP_EVENTS, SIX_MP_CENSORED);

        double[] times = {6, 7, 10, 13, 16, 22, 23};
        long[] atRisk = {21, 17, 15, 12, 11, 7, 6};
        double[] survival = {0.857, 0.807, 0.753, 0.690, 0.627, 0.538, 0.448};
        double[] standardError = {0.076, 0.087, 0.096, 0.107, 0.114, 0.128, 0.135};
        double[] lower = {0.620, 0.563, 0.503, 0.432, 0.368, 0.268, 0.188};
        double[] upper = {0.952, 0.923, 0.889, 0.849, 0.805, 0.747, 0.680};
        assertThat(curve).hasSize(7);
        double z = new NormalDistribution().inverseCumulativeProbability(0.975);
        double greenwood = 0;
        for (int i = 0; i < times.length; i++) {
            KaplanMeier.Step step = curve.get(i);
            assertThat(step.time()).isEqualTo(times[i]);
            assertThat(step.atRisk()).isEqualTo(atRisk[i]);
            assertThat(step.survival()).isCloseTo(survival[i], within(0.0005));
            assertThat(step.lower()).isCloseTo(lower[i], within(0.0005));
            assertThat(step.upper()).isCloseTo(upper[i], within(0.0005));
            greenwood += (double) step.events() / (step.atRisk() * (step.atRisk() - step.events()));
            assertThat(step.survival() * Math.sqrt(greenwood)).isCloseTo(standardError[i], within(0.0005));
            double sigma = Math.sqrt(greenwood) / -Math.log(step.survival());
            assertThat(step.lower()).isCloseTo(Math.pow(step.survival(), Math.exp(z * sigma)), within(1e-12));
            assertThat(step.upper()).isCloseTo(Math.pow(step.survival(), Math.exp(-z * sigma)), within(1e-12));
        }
        assertThat(curve.get(0).events()).isEqualTo(3);
        assertThat(curve.get(0).censored()).isEqualTo(1);
    }

    @Test
    void readsTheStepInForce() {
        List<KaplanMeier.Step> curve = KaplanMeier.fit(SIX_MP_TIMES, SIX_MP_EVENTS, SIX_MP_CENSORED);

        assertThat(KaplanMeier.at(curve, 12).orElseThrow().survival()).isCloseTo(0.753, within(0.0005));
        assertThat(KaplanMeier.at(curve, 13).orElseThrow().time()).isEqualTo(13);
        assertThat(KaplanMeier.at(curve, 100).orElseThrow().time()).isEqualTo(23);
        assertThat(KaplanMeier.at(curve, 5)).contains(new KaplanMeier.Step(0, 21, 0, 0, 1, 1, 1));
        assertThat(KaplanMeier.at(List.of(), 5)).isEmpty();
    }

    /** Everyone at risk has the event at the last time: S = 0 with interval [0, 0], no NaN. */
    @Test
    void survivalDropsToZero() {
        List<KaplanMeier.Step> curve =
                KaplanMeier.fit(new double[] {1, 2, 3}, new long[] {1, 0, 2}, new long[] {0, 1, 0});

        assertThat(curve).hasSize(2);
        KaplanMeier.Step last = curve.get(1);
        assertThat(last.atRisk()).isEqualTo(2);
        assertThat(last.survival()).isZero();
        assertThat(last.lower()).isZero();
        assertThat(last.upper()).isZero();
        assertThat(curve.get(0).survival()).isCloseTo(0.75, within(1e-15));
    }

    @Test
    void noEventsGivesNoSteps() {
        assertThat(KaplanMeier.fit(new double[] {1, 2}, new long[] {0, 0}, new long[] {3, 4}))
                .isEmpty();
    }
}
