package io.longitude.dashboard.validation;

import io.longitude.core.metrics.Interval;
import io.longitude.core.metrics.WilsonInterval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The performance of one estimator at one wave, scope and programme size over the simulated programmes.
 *
 * @param estimates figures with a value
 * @param intervals of those, figures with a 95% interval
 * @param covered intervals that contain the true value
 * @param coverage covered / intervals, NaN without intervals
 * @param coverageLower Wilson 95% interval of the coverage (its Monte Carlo error)
 * @param coverageUpper Wilson 95% interval of the coverage
 * @param truth the mean true value
 * @param bias mean of (estimate − truth)
 * @param rmse √ mean of (estimate − truth)²
 * @param meanWidth mean of (upper − lower)
 */
record Coverage(
        String estimand,
        String wave,
        String scope,
        int participants,
        long rows,
        long estimates,
        long intervals,
        long covered,
        double coverage,
        double coverageLower,
        double coverageUpper,
        double truth,
        double bias,
        double rmse,
        double meanWidth) {
    /** Coverage is judged against this band around the nominal 95 %. */
    static final double BAND_LOW = 0.93;

    static final double BAND_HIGH = 0.97;

    /** {@code ok} within 93–97 %, {@code low} or {@code high} outside, {@code no interval} without one. */
    String verdict() {
        if (intervals == 0) {
            return "no interval";
        }
        return coverage < BAND_LOW ? "low" : coverage > BAND_HIGH ? "high" : "ok";
    }

    static List<Coverage> of(List<Observation> observations) {
        Map<String, List<Observation>> groups = new LinkedHashMap<>();
        for (Observation observation : observations) {
            groups.computeIfAbsent(
                            observation.estimand() + "\u0000" + observation.wave() + "\u0000" + observation.scope()
                                    + "\u0000" + observation.participants(),
                            key -> new ArrayList<>())
                    .add(observation);
        }
        List<Coverage> table = new ArrayList<>();
        for (List<Observation> group : groups.values()) {
            table.add(summarise(group));
        }
        table.sort(Comparator.comparing(Coverage::estimand)
                .thenComparing(Coverage::wave)
                .thenComparing(Coverage::scope)
                .thenComparingInt(Coverage::participants));
        return table;
    }

    private static Coverage summarise(List<Observation> group) {
        Observation first = group.get(0);
        long estimates = 0;
        long intervals = 0;
        long covered = 0;
        double truth = 0;
        double error = 0;
        double squared = 0;
        double width = 0;
        for (Observation observation : group) {
            truth += observation.truth();
            if (observation.value() == null) {
                continue;
            }
            estimates++;
            double difference = observation.value() - observation.truth();
            error += difference;
            squared += difference * difference;
            if (observation.hasInterval()) {
                intervals++;
                width += observation.upper() - observation.lower();
                covered += observation.covered() ? 1 : 0;
            }
        }
        Interval monteCarlo = intervals == 0 ? null : WilsonInterval.of(covered, intervals);
        return new Coverage(
                first.estimand(),
                first.wave(),
                first.scope(),
                first.participants(),
                group.size(),
                estimates,
                intervals,
                covered,
                intervals == 0 ? Double.NaN : (double) covered / intervals,
                monteCarlo == null ? Double.NaN : monteCarlo.lower(),
                monteCarlo == null ? Double.NaN : monteCarlo.upper(),
                truth / group.size(),
                estimates == 0 ? Double.NaN : error / estimates,
                estimates == 0 ? Double.NaN : Math.sqrt(squared / estimates),
                intervals == 0 ? Double.NaN : width / intervals);
    }
}
