package io.longitude.analytics.statistics;

import java.util.Objects;
import java.util.TreeMap;

/** Events and censorings merged by time: distinct times in increasing order. */
record SurvivalTable(double[] times, long[] events, long[] censored, long subjects) {

    /** Merges equal times and checks the input (same lengths, finite times, non-negative counts). */
    static SurvivalTable of(double[] times, long[] events, long[] censored) {
        Objects.requireNonNull(times, "times");
        Checks.finite(times, "times");
        Checks.nonNegative(events, "events");
        Checks.nonNegative(censored, "censored");
        Checks.sameLength(times.length, events.length, "events");
        Checks.sameLength(times.length, censored.length, "censored");
        TreeMap<Double, long[]> merged = new TreeMap<>();
        long subjects = 0;
        for (int i = 0; i < times.length; i++) {
            if (events[i] == 0 && censored[i] == 0) {
                continue;
            }
            long[] counts = merged.computeIfAbsent(times[i] == 0 ? 0.0 : times[i], key -> new long[2]);
            counts[0] += events[i];
            counts[1] += censored[i];
            subjects += events[i] + censored[i];
        }
        double[] distinct = new double[merged.size()];
        long[] mergedEvents = new long[merged.size()];
        long[] mergedCensored = new long[merged.size()];
        int k = 0;
        for (var entry : merged.entrySet()) {
            distinct[k] = entry.getKey();
            mergedEvents[k] = entry.getValue()[0];
            mergedCensored[k] = entry.getValue()[1];
            k++;
        }
        return new SurvivalTable(distinct, mergedEvents, mergedCensored, subjects);
    }
}
