package io.longitude.analytics.io;

import io.longitude.core.lake.LakeUri;
import io.longitude.core.lake.MetricTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Replaces the metric table with the rows of one run, in one Delta commit and one file, in the order given (earlier
 * runs stay reachable by version).
 */
public final class MetricWriter {
    private MetricWriter() {}

    public static void write(Dataset<Row> metrics, String metricsRoot) {
        metrics.selectExpr(MetricTables.METRIC_VALUES.columnNames().toArray(String[]::new))
                .coalesce(1)
                .write()
                .format("delta")
                .mode("overwrite")
                .option("overwriteSchema", "true")
                .save(LakeUri.table(metricsRoot, MetricTables.METRIC_VALUES));
    }
}
