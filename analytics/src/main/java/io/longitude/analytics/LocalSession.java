package io.longitude.analytics;

import org.apache.spark.sql.SparkSession;

/**
 * The settings of a long-lived local session that reads and analyses the lake: Delta enabled, UTC, adaptive execution,
 * FAIR pools, the UI off and Spark's retained job data bounded. The application's session (dashboard's LocalSpark)
 * and the benchmark's warm session are both built from here, so the benchmark times queries in the session users get.
 */
public final class LocalSession {
    private LocalSession() {}

    /** A builder with these settings; the caller may add its own before {@code getOrCreate()}. */
    public static SparkSession.Builder builder(String master, String appName) {
        return SparkSession.builder()
                .master(master)
                .appName(appName)
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.adaptive.enabled", "true")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.databricks.delta.snapshotPartitions", "2")
                .config("spark.scheduler.mode", "FAIR")
                // Folders and files the session creates on a local or HDFS store (the lake, the metrics, the audit
                // table) are its owner's only: 0700 and 0600. They may hold pseudonymised answers and who asked what.
                .config("spark.hadoop.fs.permissions.umask-mode", "077")
                // Spark keeps the data of its last 1,000 jobs, stages and SQL executions for its UI even with the
                // UI off. An analysis runs hundreds of jobs, so in a server that analyses again and again that data
                // kept growing: heap after GC 114 -> 295 MB over 12 analyses of 1,000 participants, still rising;
                // 120-180 MB with these.
                .config("spark.ui.retainedJobs", "50")
                .config("spark.ui.retainedStages", "50")
                .config("spark.ui.retainedTasks", "5000")
                .config("spark.sql.ui.retainedExecutions", "50")
                // Spark sizes its memory pages from the heap and the cores (32 MB with 2 GB and two cores), and every
                // broadcast join takes at least one page on the driver, kept as long as its plan is: an analysis of
                // the demo in a 2 GB heap held 1.08 GB of such pages, collected fully 11 times, and failed with "Not
                // enough memory to build and broadcast" when tests shared the heap. With 1 MB pages it held 0.11 GB
                // (all live objects 0.27 GB); a page still grows to fit a larger row.
                .config("spark.buffer.pageSize", "1m");
    }
}
