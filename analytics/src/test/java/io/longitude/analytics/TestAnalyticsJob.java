package io.longitude.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.longitude.analytics.impact.TinyFixtures;
import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.LakeUri;
import io.longitude.core.lake.MetricTables;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole job on a real Delta lake: provenance, reproducibility, and skipping an unchanged lake. */
class TestAnalyticsJob extends AnalyticsTestBase {
    @TempDir
    static Path temp;

    static AnalyticsConfig config;

    @BeforeAll
    static void lake() {
        config = AnalyticsConfig.of(
                temp.resolve("lake").toString(), temp.resolve("metrics").toString());
        save(TinyFixtures.enrolments(spark), LakeTables.ENROLMENTS.name());
        save(TinyFixtures.attendance(spark), LakeTables.ATTENDANCE.name());
        save(TinyFixtures.responses(spark), LakeTables.RESPONSES.name());
    }

    /**
     * The second run reads the lake through Delta's own Spark reader instead of Delta Kernel's file lists (the
     * default): the same values either way. Asked again, the job finds the lake unchanged and analyses nothing.
     */
    @Test
    void writesEveryFamilyWithProvenanceAndReproducesItsValues() {
        AnalyticsReport first = AnalyticsJob.run(spark, config);
        List<String> firstValues = values();
        AnalyticsReport skipped = AnalyticsJob.runIfChanged(spark, config);
        spark.conf().set(io.longitude.analytics.io.LakeSnapshot.READER, "delta");
        AnalyticsReport second;
        try {
            second = AnalyticsJob.run(spark, config);
        } finally {
            spark.conf().unset(io.longitude.analytics.io.LakeSnapshot.READER);
        }

        assertThat(first.unchanged()).isFalse();
        assertThat(skipped.unchanged()).isTrue();
        assertThat(skipped.summary()).startsWith("Metrics are up to date with the lake");
        assertThat(first.sparkJobs()).isPositive();
        assertThat(first.summary()).endsWith(", " + first.sparkJobs() + " Spark jobs");
        assertThat(values()).isEqualTo(firstValues);
        assertThat(second.metricRows()).isEqualTo(first.metricRows());
        Dataset<Row> metrics = metrics();
        assertThat(metrics.select("metric_id")
                        .distinct()
                        .as(org.apache.spark.sql.Encoders.STRING())
                        .collectAsList())
                .contains("M1", "M2", "M3", "M4", "M5", "M9", "M11");
        Row row = metrics.filter("metric_id = 'M2' and wave = 'W1'").first();
        assertThat(row.<String>getAs("input_versions"))
                .isEqualTo(
                        "editions=-1,enrolments=0,sessions=-1,attendance=0,assessments=-1,responses=0,staff_responses=-1,"
                                + "session_feedback=-1,partner_responses=-1");
        assertThat(row.<String>getAs("job_version"))
                .isEqualTo(AnalyticsJob.version())
                .contains("+");
        assertThat(row.<Object>getAs("computed_at")).isNotNull();
    }

    /**
     * An analysis while another writer appends to its input (issue 23): it reads one pinned version of each table, so
     * analysing again at the versions it recorded gives the same table, whatever the appends did meanwhile.
     */
    @Test
    void anAnalysisUnderWritesReadsOneSnapshot() throws Exception {
        AnalyticsConfig own = AnalyticsConfig.of(
                temp.resolve("under-writes-lake").toString(),
                temp.resolve("under-writes-metrics").toString());
        TinyFixtures.enrolments(spark).write().format("delta").save(own.lakeRoot() + "/enrolments");
        TinyFixtures.responses(spark).write().format("delta").save(own.lakeRoot() + "/responses");
        Dataset<Row> laterWave = TinyFixtures.responses(spark)
                .filter("participant_key = 'a'")
                .drop("wave")
                .withColumn("wave", org.apache.spark.sql.functions.lit("W3"))
                .selectExpr(LakeTables.RESPONSES.columnNames().toArray(String[]::new));
        java.util.concurrent.atomic.AtomicBoolean analysing = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicInteger appends = new java.util.concurrent.atomic.AtomicInteger();
        Thread writer = new Thread(() -> {
            while (analysing.get() || appends.get() == 0) {
                laterWave.write().format("delta").mode("append").save(own.lakeRoot() + "/responses");
                appends.incrementAndGet();
            }
        });
        writer.start();
        AnalyticsReport underWrites;
        try {
            underWrites = AnalyticsJob.run(spark, own);
        } finally {
            analysing.set(false);
            writer.join();
        }
        List<String> values = values(own);

        AnalyticsReport again = AnalyticsJob.runAsOf(spark, own, underWrites.inputVersions());

        assertThat(appends.get()).as("appends while analysing").isPositive();
        assertThat(again.inputVersions()).isEqualTo(underWrites.inputVersions());
        assertThat(values(own)).isEqualTo(values);
    }

    @Test
    void asOfAnEarlierVersionOrTimeReproducesTheEarlierMetricTable() throws InterruptedException {
        AnalyticsConfig own = AnalyticsConfig.of(
                temp.resolve("as-of-lake").toString(),
                temp.resolve("as-of-metrics").toString());
        TinyFixtures.enrolments(spark).write().format("delta").save(own.lakeRoot() + "/enrolments");
        TinyFixtures.responses(spark).write().format("delta").save(own.lakeRoot() + "/responses");
        AnalyticsJob.run(spark, own);
        List<String> earlier = values(own);
        String earlierVersions = metrics(own).first().getAs("input_versions");
        Thread.sleep(1100);
        java.time.Instant between = java.time.Instant.now();
        Thread.sleep(1100);
        TinyFixtures.responses(spark)
                .filter("participant_key = 'a'")
                .selectExpr("*")
                .drop("wave")
                .withColumn("wave", org.apache.spark.sql.functions.lit("W2"))
                .selectExpr(LakeTables.RESPONSES.columnNames().toArray(String[]::new))
                .write()
                .format("delta")
                .mode("append")
                .save(own.lakeRoot() + "/responses");
        AnalyticsJob.run(spark, own);
        List<String> later = values(own);

        assertThat(later).isNotEqualTo(earlier);
        AnalyticsJob.runAsOf(spark, own, "0");
        assertThat(values(own)).isEqualTo(earlier);
        assertThat(metrics(own).first().<String>getAs("input_versions")).isEqualTo(earlierVersions);
        // A time between the two analyses and the recorded versions pin the same lake state as metric version 0, so
        // they give the same table; analysing each again would only repeat the run above.
        String pinned = AsOf.parse("0").snapshot(spark, own).versions();
        assertThat(pinned).isEqualTo(earlierVersions);
        assertThat(AsOf.parse(between.toString()).snapshot(spark, own).versions())
                .isEqualTo(pinned);
        assertThat(AsOf.parse(earlierVersions).snapshot(spark, own).versions()).isEqualTo(pinned);
        assertThat(AsOf.parse("2000-01-01").snapshot(spark, own).versions()).contains("enrolments=-1", "responses=-1");
        assertThatThrownBy(() -> AnalyticsJob.runAsOf(spark, own, "responses=9"))
                .hasMessageContaining("the latest is 1");
        assertThatThrownBy(() -> AnalyticsJob.runAsOf(spark, own, "last tuesday"))
                .hasMessageContaining("Cannot parse --as-of");
    }

    @Test
    void argumentsOfSparkSubmitAreChecked() {
        AnalyticsArguments parsed = AnalyticsArguments.parse(new String[] {
            "--lake",
            "hdfs://nn:9000/lake",
            "--metrics",
            "s3a://b/m",
            "--minimum-n",
            "10",
            "--as-of",
            "2026-11-28",
            "--force"
        });

        assertThat(parsed.config()).isEqualTo(new AnalyticsConfig("hdfs://nn:9000/lake", "s3a://b/m", 10, 7));
        assertThat(parsed.asOf()).isEqualTo("2026-11-28");
        assertThat(parsed.force()).isTrue();
        assertThatThrownBy(() -> AnalyticsArguments.parse(new String[] {"--lake", "x"}))
                .hasMessageContaining("--metrics are required");
        assertThatThrownBy(() -> AnalyticsArguments.parse(new String[] {"--lake", "x", "--metrcs", "y"}))
                .hasMessageContaining("unknown option --metrcs");
        assertThatThrownBy(() -> AnalyticsArguments.parse(new String[] {"--lake"}))
                .hasMessageContaining("--lake needs a value");
    }

    @Test
    void configDefaultsAndLimits() {
        AnalyticsConfig defaults = AnalyticsConfig.of("data/lake", "data/metrics");

        assertThat(defaults.minimumN()).isEqualTo(5);
        assertThat(defaults.completedSessions()).isEqualTo(7);
        assertThat(defaults.lakeRoot()).startsWith("file:/").endsWith("/data/lake");
        assertThatThrownBy(() -> new AnalyticsConfig("a", "b", 0, 7)).hasMessageContaining("analytics.minimum-n");
    }

    private static List<String> values() {
        return values(config);
    }

    private static List<String> values(AnalyticsConfig config) {
        return metrics(config)
                .selectExpr(
                        "concat_ws('|', metric_id, edition_id, wave, group_key, numerator, denominator, n, value, lower, upper, status, note)")
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList()
                .stream()
                .sorted()
                .toList();
    }

    private static Dataset<Row> metrics() {
        return metrics(config);
    }

    private static Dataset<Row> metrics(AnalyticsConfig config) {
        return spark.read().format("delta").load(LakeUri.table(config.metricsRoot(), MetricTables.METRIC_VALUES));
    }

    private static void save(Dataset<Row> rows, String table) {
        rows.write().format("delta").save(config.lakeRoot() + "/" + table);
    }
}
