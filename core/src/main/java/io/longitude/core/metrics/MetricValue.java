package io.longitude.core.metrics;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the metric table (see {@code MetricTables.METRIC_VALUES}).
 *
 * @param editionId empty for programme-level rows
 * @param wave empty where the metric is not per wave
 * @param groupKey what the row breaks down, e.g. {@code level=2} or {@code desk-1|completed}
 * @param value the share, count or statistic; null when not computable (see {@code note})
 * @param lower lower bound of the 95% interval, or null
 * @param upper upper bound of the 95% interval, or null
 * @param status {@code ok}, {@code small_n} or {@code not_computable}
 */
public record MetricValue(
        String metricId,
        String programmeId,
        String editionId,
        String wave,
        String groupKey,
        Double numerator,
        Double denominator,
        long n,
        Double value,
        Double lower,
        Double upper,
        String status,
        String note,
        String inputVersions,
        String jobVersion,
        Instant computedAt) {
    public MetricValue {
        Objects.requireNonNull(metricId, "metricId is null");
        Objects.requireNonNull(programmeId, "programmeId is null");
        Objects.requireNonNull(editionId, "editionId is null");
        Objects.requireNonNull(wave, "wave is null");
        Objects.requireNonNull(groupKey, "groupKey is null");
        Objects.requireNonNull(status, "status is null");
        if (n < 0) {
            throw new IllegalArgumentException("Cannot create metric value, n is negative: " + n);
        }
        if (lower != null && upper != null && lower > upper) {
            throw new IllegalArgumentException("Cannot create metric value, lower bound above upper: " + lower + " > " + upper);
        }
    }

    public boolean computable() {
        return value != null;
    }
}
