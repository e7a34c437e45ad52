package io.longitude.analytics;

import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.lit;

import io.longitude.analytics.collaboration.NetworkCounts;
import io.longitude.analytics.impact.Funnel;
import io.longitude.analytics.impact.IntegrationShares;
import io.longitude.analytics.impact.ResponseRates;
import io.longitude.analytics.io.LakeSnapshot;
import io.longitude.analytics.io.MetricWriter;
import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.LakeUri;
import io.longitude.core.lake.MetricTables;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The public entry point of analytics: reads the lake at its latest versions, computes every metric family and
 * replaces the metric table in one commit. {@link #main} runs it under {@code spark-submit}; the CLI calls {@link #run}.
 */
public final class AnalyticsJob {
    private AnalyticsJob() {}

    /** Usage: {@code AnalyticsJob --lake URI --metrics URI [--minimum-n N]}; the master comes from spark-submit. */
    public static void main(String[] args) {
        AnalyticsConfig config = AnalyticsArguments.parse(args);
        SparkSession spark = SparkSession.builder()
                .appName("longitude-analytics")
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
        try {
            System.out.println(run(spark, config).summary());
        } finally {
            spark.stop();
        }
    }

    /** Computes every metric and replaces the metric table. */
    public static AnalyticsReport run(SparkSession spark, AnalyticsConfig config) {
        return run(spark, config, LakeSnapshot.latest(spark, config.lakeRoot()), System.nanoTime());
    }

    /**
     * Like {@link #run}, but does nothing when the metric table was computed by this job version from the lake
     * versions that are current now.
     */
    public static AnalyticsReport runIfChanged(SparkSession spark, AnalyticsConfig config) {
        long started = System.nanoTime();
        LakeSnapshot lake = LakeSnapshot.latest(spark, config.lakeRoot());
        String table = LakeUri.table(config.metricsRoot(), MetricTables.METRIC_VALUES);
        if (io.delta.tables.DeltaTable.isDeltaTable(spark, table)) {
            Dataset<Row> metrics = spark.read().format("delta").load(table);
            Row first = metrics.select("input_versions", "job_version").limit(1).collectAsList().stream().findFirst().orElse(null);
            if (first != null && first.getString(0).equals(lake.versions()) && first.getString(1).equals(version())) {
                return new AnalyticsReport(metrics.count(), table, lake.versions(), (System.nanoTime() - started) / 1_000_000, true);
            }
        }
        return run(spark, config, lake, started);
    }

    private static AnalyticsReport run(SparkSession spark, AnalyticsConfig config, LakeSnapshot lake, long started) {
        Dataset<Row> enrolments = lake.table(LakeTables.ENROLMENTS).cache();
        Dataset<Row> responses = lake.table(LakeTables.RESPONSES).cache();
        try {
            Dataset<Row> metrics = compute(lake, enrolments, responses, config)
                    .withColumn("input_versions", lit(lake.versions()))
                    .withColumn("job_version", lit(version()))
                    .withColumn("computed_at", current_timestamp());
            MetricWriter.write(metrics, config.metricsRoot());
        } finally {
            enrolments.unpersist();
            responses.unpersist();
        }
        String table = LakeUri.table(config.metricsRoot(), MetricTables.METRIC_VALUES);
        long rows = spark.read().format("delta").load(table).count();
        return new AnalyticsReport(rows, table, lake.versions(), (System.nanoTime() - started) / 1_000_000, false);
    }

    static Dataset<Row> compute(LakeSnapshot lake, Dataset<Row> enrolments, Dataset<Row> responses, AnalyticsConfig config) {
        int minimumN = config.minimumN();
        return Funnel.compute(enrolments, lake.table(LakeTables.ATTENDANCE), responses, config.completedSessions(), minimumN)
                .unionByName(ResponseRates.compute(enrolments, responses, minimumN))
                .unionByName(IntegrationShares.compute(enrolments, responses, minimumN))
                .unionByName(NetworkCounts.compute(enrolments, responses, minimumN));
    }

    /** The version of the job: the Maven version and the git commit it was built from. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream input = AnalyticsJob.class.getResourceAsStream("build.properties")) {
            if (input != null) {
                properties.load(input);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown") + "+" + properties.getProperty("commit", "unknown");
    }
}
