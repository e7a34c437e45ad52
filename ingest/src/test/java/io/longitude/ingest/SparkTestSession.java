package io.longitude.ingest;

import io.longitude.ingest.lake.ForkFreeLocalFileSystem;
import org.apache.spark.sql.SparkSession;

/**
 * The local Spark session of ingest's tests and of the process the crash test kills: two threads, UI off, Delta on.
 * One per JVM: the test classes share it (starting and stopping a session per class cost seconds each), and Spark
 * stops it when the JVM ends.
 */
public final class SparkTestSession {
    private SparkTestSession() {}

    public static SparkSession start(String application) {
        SparkSession.Builder builder = SparkSession.builder();
        // The lake's local file system without a process per commit, as the application's session has it.
        ForkFreeLocalFileSystem.SETTINGS.forEach((key, value) -> builder.config("spark.hadoop." + key, value));
        return builder.master("local[2]")
                .appName(application)
                .config("spark.ui.enabled", "false")
                // Small memory pages, as LocalSession sets them: a broadcast join holds one page on the driver.
                .config("spark.buffer.pageSize", "1m")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.databricks.delta.snapshotPartitions", "2")
                .getOrCreate();
    }
}
