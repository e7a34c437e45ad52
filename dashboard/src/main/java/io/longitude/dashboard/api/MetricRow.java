package io.longitude.dashboard.api;

import io.longitude.core.metrics.MetricValue;
import java.time.Instant;

/**
 * A metric row as the JSON API gives it: the columns of the metric table, with the group key and status as the
 * table writes them (see docs/metrics.md).
 */
public record MetricRow(
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
    public static MetricRow of(MetricValue row) {
        return new MetricRow(
                row.metricId(),
                row.programmeId(),
                row.editionId(),
                row.wave(),
                row.key().text(),
                row.numerator(),
                row.denominator(),
                row.n(),
                row.value(),
                row.lower(),
                row.upper(),
                row.status().code(),
                row.note(),
                row.inputVersions(),
                row.jobVersion(),
                row.computedAt());
    }
}
