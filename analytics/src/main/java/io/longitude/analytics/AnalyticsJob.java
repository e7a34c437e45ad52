package io.longitude.analytics;

import static org.apache.spark.sql.functions.lit;

import io.longitude.analytics.io.LakeSnapshot;
import io.longitude.analytics.io.MetricWriter;
import io.longitude.analytics.pictures.IntakeToLatest;
import io.longitude.analytics.pictures.NetworkPictures;
import io.longitude.core.lake.LakeUri;
import io.longitude.core.lake.MetricTables;
import io.longitude.core.progress.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The public entry point of analytics: reads the lake at pinned versions (the latest, or as of a time or an earlier
 * metric table), computes every metric family and replaces the metric table in one commit. {@link #main} runs it
 * under {@code spark-submit}; the CLI calls {@link #run}, {@link #runIfChanged} and {@link #runAsOf}.
 */
public final class AnalyticsJob {
    /** Rows sorted by metric_id, programme_id, edition_id, wave and group_key, so two runs write the same file. */
    private static final Comparator<Row> KEY_ORDER = Comparator.comparing((Row row) -> row.getString(0))
            .thenComparing(row -> row.getString(1))
            .thenComparing(row -> row.getString(2))
            .thenComparing(row -> row.getString(3))
            .thenComparing(row -> row.getString(4));

    private AnalyticsJob() {}

    /**
     * Usage: {@code AnalyticsJob --lake URI --metrics URI [--minimum-n N] [--as-of TIME|VERSION] [--force]};
     * the master comes from spark-submit.
     */
    public static void main(String[] args) {
        AnalyticsArguments arguments = AnalyticsArguments.parse(args);
        SparkSession spark = SparkSession.builder()
                .appName("longitude-analytics")
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
        try {
            AnalyticsReport report = arguments.asOf() != null
                    ? runAsOf(spark, arguments.config(), arguments.asOf())
                    : arguments.force() ? run(spark, arguments.config()) : runIfChanged(spark, arguments.config());
            System.out.println(report.summary());
        } finally {
            spark.stop();
        }
    }

    /** Computes every metric from the latest lake and replaces the metric table. */
    public static AnalyticsReport run(SparkSession spark, AnalyticsConfig config) {
        return run(spark, config, Progress.NONE);
    }

    /**
     * Like {@link #run(SparkSession, AnalyticsConfig)}, telling {@code progress} when the lake is read, as each metric
     * family is computed (on several threads) and when the table is written.
     */
    public static AnalyticsReport run(SparkSession spark, AnalyticsConfig config, Progress progress) {
        long started = System.nanoTime();
        try (SessionSettings settings = SessionSettings.apply(spark, SessionSettings.ANALYSIS);
                SparkJobCount jobs = SparkJobCount.start(spark)) {
            return run(spark, config, LakeSnapshot.latest(spark, config.lakeRoot()), started, settings, progress, jobs);
        }
    }

    /**
     * Like {@link #run}, but does nothing when the metric table was computed by this job version from the lake
     * versions that are current now.
     */
    public static AnalyticsReport runIfChanged(SparkSession spark, AnalyticsConfig config) {
        return runIfChanged(spark, config, Progress.NONE);
    }

    /** Like {@link #runIfChanged(SparkSession, AnalyticsConfig)}, telling {@code progress} as {@link #run} does. */
    public static AnalyticsReport runIfChanged(SparkSession spark, AnalyticsConfig config, Progress progress) {
        long started = System.nanoTime();
        try (SessionSettings settings = SessionSettings.apply(spark, SessionSettings.ANALYSIS);
                SparkJobCount jobs = SparkJobCount.start(spark)) {
            return runIfChanged(spark, config, started, settings, progress, jobs);
        }
    }

    private static AnalyticsReport runIfChanged(
            SparkSession spark,
            AnalyticsConfig config,
            long started,
            SessionSettings settings,
            Progress progress,
            SparkJobCount jobs) {
        LakeSnapshot lake = LakeSnapshot.latest(spark, config.lakeRoot());
        String table = LakeUri.table(config.metricsRoot(), MetricTables.METRIC_VALUES);
        if (LakeSnapshot.exists(spark, table)) {
            Dataset<Row> metrics = spark.read().format("delta").load(table);
            Row first = metrics.select("input_versions", "job_version").limit(1).collectAsList().stream()
                    .findFirst()
                    .orElse(null);
            if (first != null
                    && first.getString(0).equals(lake.versions())
                    && first.getString(1).equals(version())) {
                return new AnalyticsReport(
                        metrics.count(),
                        table,
                        lake.versions(),
                        (System.nanoTime() - started) / 1_000_000,
                        true,
                        Map.of(),
                        0);
            }
        }
        return run(spark, config, lake, started, settings, progress, jobs);
    }

    /**
     * Recomputes every metric from the lake as it stood at {@code asOf} and writes them as a new version of the
     * metric table. {@code asOf} is a time ({@code 2026-11-28T10:15:00Z}, {@code 2026-11-28T10:15}, {@code 2026-11-28},
     * UTC unless an offset is given), a version of the metric table (its recorded input versions are read again, so
     * that table is reproduced), or input versions as recorded ({@code editions=0,enrolments=2,...}).
     */
    public static AnalyticsReport runAsOf(SparkSession spark, AnalyticsConfig config, String asOf) {
        return runAsOf(spark, config, asOf, Progress.NONE);
    }

    /** Like {@link #runAsOf(SparkSession, AnalyticsConfig, String)}, telling {@code progress} as {@link #run} does. */
    public static AnalyticsReport runAsOf(SparkSession spark, AnalyticsConfig config, String asOf, Progress progress) {
        long started = System.nanoTime();
        try (SessionSettings settings = SessionSettings.apply(spark, SessionSettings.ANALYSIS);
                SparkJobCount jobs = SparkJobCount.start(spark)) {
            return run(spark, config, AsOf.parse(asOf).snapshot(spark, config), started, settings, progress, jobs);
        }
    }

    private static AnalyticsReport run(
            SparkSession spark,
            AnalyticsConfig config,
            LakeSnapshot lake,
            long started,
            SessionSettings settings,
            Progress progress,
            SparkJobCount jobs) {
        settings.set("spark.sql.shuffle.partitions", Integer.toString(ShufflePartitions.forBytes(lake.bytes())));
        settings.forInputBytes(lake.bytes());
        Map<String, Long> millis = new LinkedHashMap<>();
        millis.put("lake snapshot", (System.nanoTime() - started) / 1_000_000);
        long panelStarted = System.nanoTime();
        AnalysisInputs inputs = AnalysisInputs.cached(lake);
        millis.put("candidate panel", (System.nanoTime() - panelStarted) / 1_000_000);
        List<Row> rows = new ArrayList<>();
        List<MetricFamily> families = MetricFamilies.all(inputs, config);
        // Steps: the lake read, each family, the write.
        int steps = families.size() + 2;
        progress.step(1, steps, "lake read");
        // The pictures are written before the metric table, so a reader that sees the new metric table also sees its
        // pictures. On a programme's few megabytes they are written while the families are collected (both are mostly
        // small Spark jobs waiting on the driver); a large input is analysed with less at once in memory: the pictures
        // after the families, and the families on fewer threads (at 200,000 participants under -Xmx4g, two of four
        // runs with everything at once ran out of heap).
        boolean small = SessionSettings.isSmall(lake.bytes());
        FutureTask<Long> pictures = new FutureTask<>(() -> {
            long picturesStarted = System.nanoTime();
            writePictures(inputs, config.metricsRoot());
            return (System.nanoTime() - picturesStarted) / 1_000_000;
        });
        Thread picturesThread = new Thread(pictures, "longitude-pictures");
        picturesThread.setDaemon(true);
        if (small) {
            picturesThread.start();
        }
        try {
            Progress familyDone = (step, total, what) -> progress.step(step + 1, steps, what);
            int threads = small
                    ? FamilyRunner.threads(spark)
                    : Math.min(FamilyRunner.LARGE_INPUT_THREADS, FamilyRunner.threads(spark));
            for (FamilyRows family : FamilyRunner.collect(families, threads, familyDone)) {
                rows.addAll(family.rows());
                millis.put(family.name(), family.millis());
            }
            if (!small) {
                pictures.run();
            }
            millis.put("pictures", written(pictures));
        } finally {
            awaitQuietly(picturesThread);
            inputs.release();
        }
        rows.sort(KEY_ORDER);
        StructType schema = StructType.fromDDL(MetricTables.METRIC_VALUES.ddl());
        Dataset<Row> metrics = spark.createDataFrame(rows, cellSchema(schema))
                .withColumn("input_versions", lit(lake.versions()))
                .withColumn("job_version", lit(version()))
                .withColumn("computed_at", lit(new Timestamp(System.currentTimeMillis())));
        long writeStarted = System.nanoTime();
        progress.step(steps, steps, "metric table write");
        MetricWriter.write(metrics, config.metricsRoot());
        millis.put("write", (System.nanoTime() - writeStarted) / 1_000_000);
        String table = LakeUri.table(config.metricsRoot(), MetricTables.METRIC_VALUES);
        return new AnalyticsReport(
                rows.size(),
                table,
                lake.versions(),
                (System.nanoTime() - started) / 1_000_000,
                false,
                millis,
                jobs.jobs());
    }

    private static long written(FutureTask<Long> pictures) {
        try {
            return pictures.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(
                    "Cannot analyse, interrupted while writing the network and trajectory pictures", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(
                    "Cannot write the network and trajectory pictures: "
                            + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    /** Waits for a thread that uses the cached inputs before they are released, whatever happened to the families. */
    private static void awaitQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the pages draw beside the metric table: each edition's network and its intake-to-latest flows. */
    private static void writePictures(AnalysisInputs inputs, String metricsRoot) {
        NetworkPictures network = NetworkPictures.of(inputs.enrolments(), inputs.responses());
        try {
            MetricWriter.write(network.nodes(), metricsRoot, MetricTables.NETWORK_NODES);
            MetricWriter.write(network.ties(), metricsRoot, MetricTables.NETWORK_TIES);
        } finally {
            network.release();
        }
        MetricWriter.write(
                IntakeToLatest.of(inputs.enrolments(), inputs.responses()), metricsRoot, MetricTables.INTAKE_TO_LATEST);
    }

    /** The metric columns the transforms produce: all but the provenance columns the job adds. */
    private static StructType cellSchema(StructType schema) {
        return new StructType(Arrays.stream(schema.fields())
                .filter(field -> !MetricColumns.PROVENANCE.contains(field.name()))
                .toArray(StructField[]::new));
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
