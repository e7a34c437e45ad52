package io.longitude.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;

/**
 * The local Spark session with Delta that analytics' test classes share (two threads, UI off, two shuffle partitions),
 * and helpers. One per JVM: starting and stopping a session per class cost seconds each; Spark stops it when the JVM
 * ends.
 */
public abstract class AnalyticsTestBase {
    protected static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("longitude-analytics-test")
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

    /** The metric cells as {@code edition|wave|group_key} to the row, for assertions. */
    protected static Map<String, Row> cells(Dataset<Row> metrics) {
        Map<String, Row> cells = new HashMap<>();
        for (Row row : metrics.collectAsList()) {
            String key = row.getAs("edition_id") + "|" + row.getAs("wave") + "|" + row.getAs("group_key");
            if (cells.put(key, row) != null) {
                throw new AssertionError("Two metric rows for " + key);
            }
        }
        return cells;
    }

    protected static List<String> keys(Dataset<Row> metrics) {
        return new ArrayList<>(cells(metrics).keySet());
    }
}
