package io.longitude.analytics.io;

import io.longitude.core.lake.LakeUri;
import io.longitude.core.lake.MetricTables;
import io.longitude.core.lake.TableDefinition;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Replaces the metric table with the rows of one run, in one Delta commit and one file, in the order given (earlier
 * runs stay reachable by version).
 */
public final class MetricWriter {
    private MetricWriter() {}

    public static void write(Dataset<Row> metrics, String metricsRoot) {
        write(metrics, metricsRoot, MetricTables.METRIC_VALUES);
    }

    /** Replaces a table under the metrics root ({@link MetricTables}) with the rows, in its columns' order. */
    public static void write(Dataset<Row> rows, String metricsRoot, TableDefinition table) {
        rows.selectExpr(table.columnNames().toArray(String[]::new))
                .coalesce(1)
                .write()
                .format("delta")
                .mode("overwrite")
                .option("overwriteSchema", "true")
                .save(LakeUri.table(metricsRoot, table));
    }
}
