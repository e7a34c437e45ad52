package io.longitude.analytics;

import io.longitude.analytics.io.LakeSnapshot;
import io.longitude.core.lake.LakeUri;
import io.longitude.core.lake.MetricTables;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The lake state an {@code --as-of} run reads: a time, a version of the metric table, or recorded input versions. */
record AsOf(Instant instant, Long metricVersion, Map<String, Long> versions) {

    static AsOf parse(String text) {
        String value = text.trim();
        if (value.matches("\\d+")) {
            return new AsOf(null, Long.parseLong(value), null);
        }
        if (value.contains("=")) {
            return new AsOf(null, null, LakeSnapshot.parseVersions(value));
        }
        return new AsOf(instant(value), null, null);
    }

    LakeSnapshot snapshot(SparkSession spark, AnalyticsConfig config) {
        if (instant != null) {
            return LakeSnapshot.atTime(spark, config.lakeRoot(), instant);
        }
        if (versions != null) {
            return LakeSnapshot.at(spark, config.lakeRoot(), versions);
        }
        String table = LakeUri.table(config.metricsRoot(), MetricTables.METRIC_VALUES);
        if (!LakeSnapshot.exists(spark, table)) {
            throw new IllegalArgumentException("Cannot analyse as of metric table version " + metricVersion
                    + ", there is no metric table at " + table);
        }
        List<Row> recorded = spark.read()
                .format("delta")
                .option("versionAsOf", metricVersion)
                .load(table)
                .select("input_versions")
                .limit(1)
                .collectAsList();
        if (recorded.isEmpty()) {
            throw new IllegalArgumentException(
                    "Cannot analyse as of metric table version " + metricVersion + ", it has no rows");
        }
        return LakeSnapshot.at(
                spark,
                config.lakeRoot(),
                LakeSnapshot.parseVersions(recorded.get(0).getString(0)));
    }

    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(value)
                            .plusDays(1)
                            .atStartOfDay()
                            .toInstant(ZoneOffset.UTC)
                            .minusMillis(1);
                } catch (DateTimeParseException notDate) {
                    throw new IllegalArgumentException(
                            "Cannot parse --as-of " + value
                                    + ", expected a time (2026-11-28T10:15:00Z), a date (the end of that day, UTC), "
                                    + "a metric table version (3) or input versions (editions=0,enrolments=2,...)",
                            notDate);
                }
            }
        }
    }
}
