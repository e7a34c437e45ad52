package io.longitude.dashboard.charts;

import io.longitude.core.metrics.MetricValue;
import java.time.Instant;

/** Synthetic metric rows for tests without Spark. */
public final class Rows {
    public static final Instant COMPUTED = Instant.parse("2026-05-01T10:00:00Z");
    public static final String VERSIONS = "editions=0,responses=3";

    private Rows() {}

    public static MetricValue row(
            String metric,
            String edition,
            String wave,
            String key,
            Double numerator,
            Double denominator,
            long n,
            Double value,
            Double lower,
            Double upper) {
        return MetricValue.fromColumns(
                metric,
                "programme",
                edition,
                wave,
                key,
                numerator,
                denominator,
                n,
                value,
                lower,
                upper,
                value == null ? "not_computable" : "ok",
                value == null ? "no pairs" : null,
                VERSIONS,
                "0.1.0",
                COMPUTED);
    }

    public static MetricValue share(
            String metric,
            String edition,
            String wave,
            String key,
            long numerator,
            long denominator,
            double lower,
            double upper) {
        return row(
                metric,
                edition,
                wave,
                key,
                (double) numerator,
                (double) denominator,
                denominator,
                (double) numerator / denominator,
                lower,
                upper);
    }

    public static MetricValue value(String metric, String edition, String wave, String key, long n, double value) {
        return row(metric, edition, wave, key, null, null, n, value, null, null);
    }
}
