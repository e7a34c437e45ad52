package io.longitude.core.metrics;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the metric table (see {@code MetricTables.METRIC_VALUES}).
 *
 * @param editionId empty for programme-level rows
 * @param wave empty where the metric is not per wave
 * @param key what the row breaks down, typed ({@code group_key} read by {@link GroupKeys#parse})
 * @param value the share, count or statistic; null when not computable (see {@code note})
 * @param lower lower bound of the 95% interval, or null
 * @param upper upper bound of the 95% interval, or null
 * @param status the {@code status} column
 */
public record MetricValue(
        String metricId,
        String programmeId,
        String editionId,
        String wave,
        GroupKey key,
        Double numerator,
        Double denominator,
        long n,
        Double value,
        Double lower,
        Double upper,
        MetricStatus status,
        String note,
        String inputVersions,
        String jobVersion,
        Instant computedAt) {
    public MetricValue {
        Objects.requireNonNull(metricId, "metricId is null");
        Objects.requireNonNull(programmeId, "programmeId is null");
        Objects.requireNonNull(editionId, "editionId is null");
        Objects.requireNonNull(wave, "wave is null");
        Objects.requireNonNull(key, "key is null");
        Objects.requireNonNull(status, "status is null");
        if (n < 0) {
            throw new IllegalArgumentException("Cannot create metric value, n is negative: " + n);
        }
        if (lower != null && upper != null && lower > upper) {
            throw new IllegalArgumentException(
                    "Cannot create metric value, lower bound above upper: " + lower + " > " + upper);
        }
    }

    /** The row of the table's columns: the key and status as their codes, parsed in {@link GroupKeys} and {@link MetricStatus}. */
    public static MetricValue fromColumns(
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
        return new MetricValue(
                metricId,
                programmeId,
                editionId,
                wave,
                GroupKeys.parse(metricId, groupKey),
                numerator,
                denominator,
                n,
                value,
                lower,
                upper,
                MetricStatus.fromCode(status),
                note,
                inputVersions,
                jobVersion,
                computedAt);
    }

    /** Whether the row is of this metric of the catalogue. */
    public boolean is(MetricDefinition metric) {
        return metricId.equals(metric.id());
    }

    /** Whether the status is ok. */
    public boolean ok() {
        return status == MetricStatus.OK;
    }

    public boolean computable() {
        return value != null;
    }
}
