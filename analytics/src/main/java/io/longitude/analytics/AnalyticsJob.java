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

    public static AnalyticsReport run(SparkSession spark, AnalyticsConfig config) {
        long started = System.nanoTime();
        LakeSnapshot lake = LakeSnapshot.latest(spark, config.lakeRoot());
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
        return new AnalyticsReport(rows, table, lake.versions(), (System.nanoTime() - started) / 1_000_000);
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
