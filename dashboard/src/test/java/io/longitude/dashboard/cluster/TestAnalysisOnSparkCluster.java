package io.longitude.dashboard.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.analytics.AnalyticsConfig;
import io.longitude.analytics.AnalyticsJob;
import io.longitude.core.lake.LakeUri;
import io.longitude.core.lake.MetricTables;
import io.longitude.core.privacy.Pseudonymizer;
import io.longitude.dashboard.system.DemoProgramme;
import io.longitude.dashboard.system.LocalSpark;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.IngestReport;
import io.longitude.ingest.generate.DemoProgrammeGenerator;
import io.longitude.ingest.generate.ExportFormat;
import io.longitude.ingest.generate.GeneratorConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis job runs on a real cluster as it would in production, and computes there exactly what it computes in
 * the application's local session. On loopback: a Spark standalone master and two workers, each in its own JVM on a
 * Spark home of Maven jars (analytics' {@code target/spark-home}), and HDFS (a mini-cluster in this JVM). The demo
 * programme as {@code ./longitude demo} makes it (three editions of 25 to 40 candidates, each wave in a survey tool's
 * shape) is ingested into an {@code hdfs://} lake by the application's local session; the thin job jar is submitted with
 * {@code org.apache.spark.deploy.SparkSubmit}, as {@code spark-submit} does, against {@code spark://}, and its metric
 * table is compared, row by row and value for value, with the one a local run writes from the same lake.
 *
 * <p>Run by the surefire execution {@code spark-cluster} of dashboard's pom in the integration-test phase, once
 * analytics' job jar and Spark home exist; never skipped: a missing piece fails with what to run. It costs about 290
 * s of CPU (this JVM 125 s: ingest 45, local analysis 70, HDFS 6; the cluster's JVMs 170 s), so at least two and a
 * half minutes on two idle cores; it prints its timings and CPU times.
 */
class TestAnalysisOnSparkCluster {
    private static final byte[] KEY = "cluster-test-key-0123456789".getBytes(StandardCharsets.UTF_8);
    private static final Duration SUBMIT_TIMEOUT = Duration.ofMinutes(10);
    /**
     * The driver and the executors live for a minute or two on two cores: the client compiler alone and the serial
     * collector leave more of the cores to the job (as for the crash test's children).
     */
    private static final List<String> SHORT_LIVED_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    @TempDir
    Path folder;

    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long lap = System.nanoTime();
    private long lapCpu = cpuMillis().getOrDefault("cpu of the test JVM", 0L);
    private final long started = System.nanoTime();

    @Test
    void metricsComputedOnTheClusterEqualThoseOfALocalRun() throws Exception {
        assertThat(System.getProperty("os.name"))
                .as("The cluster test starts Spark's standalone daemons, which need Linux (or macOS); os.name")
                .matches("(?i)(linux|mac).*");
        SparkHome spark = SparkHome.fromSystemProperties();
        Path jobJar = jobJar();
        Path demo = folder.resolve("demo");
        DemoProgrammeGenerator.generate(GeneratorConfig.defaults(demo).withFormats(ExportFormat.MIXED));
        lap("generate");
        Path logs = Path.of(System.getProperty(
                "longitude.cluster-logs", folder.resolve("logs").toString()));
        try (StandaloneCluster cluster = StandaloneCluster.start(spark, folder.resolve("spark"), logs);
                MiniDFSCluster hdfs = startHdfs(folder.resolve("hdfs"))) {
            lap("hdfs start (master starting meanwhile)");
            cluster.startWorkers(2, 1, "1g");
            lap("master elected");
            String root = "hdfs://127.0.0.1:" + hdfs.getNameNodePort() + "/longitude";
            String lake = root + "/lake";
            SparkSession local = LocalSpark.session("local[2]");
            local.conf().set("spark.sql.shuffle.partitions", "2");
            IngestReport ingest = DemoProgramme.ingest(
                    local,
                    new IngestConfig(lake, folder.resolve("quarantine"), new Pseudonymizer(KEY, 1)),
                    demo,
                    Path.of("..", "data", "mappings"));
            assertThat(ingest.failed()).as(ingest.toString()).isFalse();
            lap("ingest into hdfs (workers registering meanwhile)");
            cluster.awaitWorkers();
            lap("workers registered");

            // The local run goes on while the cluster computes: on two cores the cluster's driver and executors wait
            // on each other much of the time.
            SparkProcess submit = submit(
                    spark,
                    cluster,
                    jobJar,
                    lake,
                    root + "/metrics-cluster",
                    Files.createDirectories(folder.resolve("driver")),
                    logs.resolve("submit.log"));
            int exit;
            try (submit) {
                AnalyticsJob.run(local, AnalyticsConfig.of(lake, root + "/metrics-local"));
                lap("local analysis (spark-submit running meanwhile)");
                exit = submit.awaitExit(SUBMIT_TIMEOUT);
            }
            lap("spark-submit done after that");
            assertThat(exit)
                    .as("spark-submit's exit code; its log:\n%s", submit.tail())
                    .isZero();
            assertThat(executorLogs(cluster))
                    .as("both workers ran tasks of the job in their executors")
                    .allSatisfy(log -> assertThat(log).contains("Finished task"));

            Map<String, List<Object>> onCluster = metrics(local, root + "/metrics-cluster");
            Map<String, List<Object>> inLocalMode = metrics(local, root + "/metrics-local");
            assertThat(onCluster).as("metric rows").isNotEmpty();
            assertThat(onCluster.keySet()).containsExactlyElementsOf(inLocalMode.keySet());
            assertThat(differences(onCluster, inLocalMode))
                    .as("rows that differ beyond rounding, cluster vs local")
                    .isEmpty();
            long exact = onCluster.keySet().stream()
                    .filter(key -> onCluster.get(key).equals(inLocalMode.get(key)))
                    .count();
            lap("comparison of " + onCluster.size() + " rows (" + exact + " equal to the last bit)");
            local.stop();
        } finally {
            millis.put("whole test", (System.nanoTime() - started) / 1_000_000);
            millis.putAll(cpuMillis());
            System.out.println("Cluster test timings (ms): " + millis);
        }
    }

    /** HDFS on loopback with one data node (and so one replica per block), its storage in {@code base}. */
    private static MiniDFSCluster startHdfs(Path base) throws IOException {
        Configuration conf = new Configuration();
        conf.setInt("dfs.replication", 1);
        return new MiniDFSCluster.Builder(conf, base.toFile()).numDataNodes(1).build();
    }

    /** What {@code spark-submit --master spark://... --deploy-mode client --class ... job.jar --lake ... --metrics ...} runs. */
    private static SparkProcess submit(
            SparkHome spark,
            StandaloneCluster cluster,
            Path jobJar,
            String lake,
            String metrics,
            Path directory,
            Path log) {
        List<String> arguments = new ArrayList<>(List.of(
                "--master",
                cluster.masterUrl,
                "--deploy-mode",
                "client",
                "--conf",
                "spark.executor.memory=512m",
                "--conf",
                "spark.cores.max=2",
                "--conf",
                "spark.ui.enabled=false",
                "--conf",
                "spark.driver.host=127.0.0.1",
                "--conf",
                "spark.driver.bindAddress=127.0.0.1",
                "--conf",
                "spark.hadoop.dfs.replication=1",
                "--conf",
                "spark.executor.extraJavaOptions=" + String.join(" ", SHORT_LIVED_JVM),
                "--class",
                AnalyticsJob.class.getName(),
                jobJar.toString(),
                "--lake",
                lake,
                "--metrics",
                metrics));
        return SparkProcess.start(
                "spark-submit",
                spark,
                spark.java(
                        Stream.concat(Stream.of("-Xmx768m"), SHORT_LIVED_JVM.stream())
                                .toList(),
                        "org.apache.spark.deploy.SparkSubmit",
                        arguments),
                directory,
                log);
    }

    /** The analytics job jar that analytics' package phase made. */
    private static Path jobJar() {
        String property = System.getProperty("longitude.analytics-job-jar", "");
        Path jar = Path.of(property).toAbsolutePath().normalize();
        assertThat(Files.isRegularFile(jar))
                .as(
                        "The analytics job jar (system property longitude.analytics-job-jar) "
                                + "exists: %s; analytics' package phase makes it, run mvn verify -pl dashboard -am",
                        jar)
                .isTrue();
        return jar;
    }

    /** Per worker, the logs of the executors it ran, one after the other. */
    private static List<String> executorLogs(StandaloneCluster cluster) throws IOException {
        List<String> logs = new ArrayList<>();
        for (int index = 1; index <= 2; index++) {
            StringBuilder log = new StringBuilder();
            try (Stream<Path> files = Files.walk(cluster.workDir(index))) {
                for (Path file : files.filter(
                                path -> path.getFileName().toString().equals("stderr"))
                        .toList()) {
                    log.append(Files.readString(file, StandardCharsets.ISO_8859_1));
                }
            }
            logs.add(log.toString());
        }
        return logs;
    }

    /**
     * The metric table's rows by key, each its values but the run's provenance: computed_at, the time of the run, and
     * job_version, the build (the job jar says the commit it was built at, classes built by Maven alone say {@code dev},
     * so a job jar left by {@code ./longitude demo} would differ from the local run's classes).
     */
    private static Map<String, List<Object>> metrics(SparkSession spark, String root) {
        Map<String, List<Object>> rows = new TreeMap<>();
        for (Row row : spark.read()
                .format("delta")
                .load(LakeUri.table(root, MetricTables.METRIC_VALUES))
                .drop("computed_at", "job_version")
                .collectAsList()) {
            List<Object> values = new ArrayList<>();
            for (int index = 0; index < row.length(); index++) {
                values.add(row.get(index));
            }
            String key = String.join(
                    "|", values.subList(0, 5).stream().map(String::valueOf).toList());
            assertThat(rows.put(key, values))
                    .as("a second row of key %s in %s", key, root)
                    .isNull();
        }
        return rows;
    }

    /**
     * The rows whose values differ, doubles beyond a relative 1e-9: Spark adds up doubles per partition and then
     * merges the partial sums, so how the rows fall into partitions and tasks changes the last bits of a sum (the
     * cluster's and the local run's differ there in some rows, by about 1e-15 relative).
     */
    private static List<String> differences(
            Map<String, List<Object>> onCluster, Map<String, List<Object>> inLocalMode) {
        List<String> differences = new ArrayList<>();
        onCluster.forEach((key, values) -> {
            List<Object> other = inLocalMode.get(key);
            for (int index = 0; index < values.size(); index++) {
                if (!same(values.get(index), other.get(index))) {
                    differences.add(key + ": cluster " + values + " local " + other);
                    return;
                }
            }
        });
        return differences;
    }

    private static boolean same(Object cluster, Object local) {
        if (cluster instanceof Double a && local instanceof Double b) {
            return a.equals(b) || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
        }
        return java.util.Objects.equals(cluster, local);
    }

    /**
     * CPU time of this JVM (HDFS, ingest, the local run) and of the processes it started and reaped (spark-submit; the
     * daemons with their executors once closed), from /proc/self/stat: on a busy machine, a better guide than wall time
     * to what the test costs alone.
     */
    private static Map<String, Long> cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // Fields 14-17 of proc(5), counted from 1 (pid), in clock ticks of 10 ms.
            long self = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
            long children = (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 10;
            return Map.of("cpu of the test JVM", self, "cpu of reaped children", children);
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    private void lap(String step) {
        long now = System.nanoTime();
        millis.put(step, (now - lap) / 1_000_000);
        lap = now;
        long cpu = cpuMillis().getOrDefault("cpu of the test JVM", 0L);
        millis.put(step + ", cpu of the test JVM", cpu - lapCpu);
        lapCpu = cpu;
    }
}
