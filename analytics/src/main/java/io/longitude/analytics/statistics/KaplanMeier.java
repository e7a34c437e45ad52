package io.longitude.analytics.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The Kaplan–Meier product-limit estimate of a survival curve (Kaplan &amp; Meier 1958, JASA 53:457). */
public final class KaplanMeier {

    /**
     * One step of the curve.
     *
     * @param time the event time at which the curve drops
     * @param atRisk number at risk just before {@code time} (those with a later time, or an event or censoring at it)
     * @param events number of events at {@code time}
     * @param censored number censored at {@code time} (censorings at other times are not reported as steps)
     * @param survival S(time), the estimate from {@code time} until the next step
     * @param lower lower bound of the pointwise 95% interval
     * @param upper upper bound of the pointwise 95% interval
     */
    public record Step(
            double time, long atRisk, long events, long censored, double survival, double lower, double upper) {}

    private KaplanMeier() {}

    /**
     * Fits the Kaplan–Meier curve to a frequency table of follow-up times.
     *
     * <p>Equal times are merged; censorings at a time are counted at risk at that time (events come first). At each
     * event time t with r at risk and d events: S(t) = Π (1 − d/r); Greenwood variance Var S = S² Σ d/(r(r − d))
     * (Greenwood 1926). The 95% interval is computed on the log(−log S) scale (Kalbfleisch &amp; Prentice 2002, The
     * Statistical Analysis of Failure Time Data, 2nd ed.; R's {@code survfit(conf.type = "log-log")}):
     * S<sup>exp(±z·σ)</sup> with σ = √(Σ d/(r(r − d))) / |log S|. When S = 0 (everyone at risk had the event) the
     * interval is [0, 0]; S = 1 cannot occur at a step. Bounds are therefore never NaN.
     *
     * @param times follow-up times (any order, repeats allowed)
     * @param events events[i] = number of events at times[i]
     * @param censored censored[i] = number censored at times[i]
     * @return one step per time with events &gt; 0, in increasing time; empty when there is no event
     * @throws IllegalArgumentException when lengths differ, a count is negative or a time is not finite
     */
    public static List<Step> fit(double[] times, long[] events, long[] censored) {
        SurvivalTable table = SurvivalTable.of(times, events, censored);
        List<Step> steps = new ArrayList<>();
        long atRisk = table.subjects();
        double survival = 1;
        double greenwood = 0;
        for (int i = 0; i < table.times().length; i++) {
            long deaths = table.events()[i];
            if (deaths > 0) {
                double lower;
                double upper;
                if (deaths == atRisk) {
                    survival = 0;
                    lower = 0;
                    upper = 0;
                } else {
                    survival *= 1 - (double) deaths / atRisk;
                    greenwood += (double) deaths / ((double) atRisk * (atRisk - deaths));
                    double sigma = Math.sqrt(greenwood) / Math.abs(Math.log(survival));
                    lower = Math.pow(survival, Math.exp(Normal.Z95 * sigma));
                    upper = Math.pow(survival, Math.exp(-Normal.Z95 * sigma));
                }
                steps.add(new Step(table.times()[i], atRisk, deaths, table.censored()[i], survival, lower, upper));
            }
            atRisk -= deaths + table.censored()[i];
        }
        return List.copyOf(steps);
    }

    /**
     * The number at risk at {@code time}: the subjects whose follow-up time (event or censoring) is ≥ {@code time}, as
     * R's {@code summary(survfit(...), times = t)$n.risk} reports it. Between two event times this is smaller than
     * the number at risk at the last event before {@code time} by those censored in between.
     *
     * @param times follow-up times (any order, repeats allowed)
     * @param events events[i] = number of events at times[i]
     * @param censored censored[i] = number censored at times[i]
     * @param time the time to read
     * @return the number at risk at {@code time}; 0 beyond the longest follow-up
     * @throws IllegalArgumentException when lengths differ, a count is negative or a time is not finite
     */
    public static long atRisk(double[] times, long[] events, long[] censored, double time) {
        SurvivalTable table = SurvivalTable.of(times, events, censored);
        long atRisk = 0;
        for (int i = 0; i < table.times().length; i++) {
            if (table.times()[i] >= time) {
                atRisk += table.events()[i] + table.censored()[i];
            }
        }
        return atRisk;
    }

    /**
     * The step in force at {@code time}: the last step whose time is ≤ {@code time}. Before the first step the
     * curve is at 1: the result is then {@code Step(0, atRisk, 0, 0, 1, 1, 1)} where atRisk is the number at risk at
     * the first event time (the curve does not keep the number at time 0, which can be larger when subjects are
     * censored before the first event). After the last step the last step is returned: the caller must not read the
     * curve beyond the longest follow-up.
     *
     * @param curve steps from {@link #fit}, in increasing time
     * @param time the time to read
     * @return the step in force; empty when the curve has no step (no events, or no subjects) or time is NaN
     */
    public static Optional<Step> at(List<Step> curve, double time) {
        Objects.requireNonNull(curve, "curve");
        if (curve.isEmpty() || Double.isNaN(time)) {
            return Optional.empty();
        }
        int low = 0;
        int high = curve.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (curve.get(middle).time() <= time) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        if (found < 0) {
            return Optional.of(new Step(0, curve.get(0).atRisk(), 0, 0, 1, 1, 1));
        }
        return Optional.of(curve.get(found));
    }
}
