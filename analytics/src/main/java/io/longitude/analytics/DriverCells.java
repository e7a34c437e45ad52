package io.longitude.analytics;

import io.longitude.core.lake.MetricTables;
import io.longitude.core.metrics.MetricStatus;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Turns cells computed on the driver into metric rows with the status rule of {@link MetricCells}. */
public final class DriverCells {
    /** The metric table's columns less the provenance, as {@link MetricColumns} names them. */
    private static final StructType SCHEMA = new StructType(Arrays.stream(MetricColumns.CELLS)
            .map(StructType.fromDDL(MetricTables.METRIC_VALUES.ddl())::apply)
            .toArray(StructField[]::new));

    private DriverCells() {}

    public static Dataset<Row> dataset(SparkSession spark, List<Cell> cells, int minimumN) {
        List<Row> rows = cells.stream().map(cell -> row(cell, minimumN)).toList();
        return spark.createDataFrame(rows, SCHEMA);
    }

    /** The status of a cell: not computable without a value, small_n below the minimum n, else ok. */
    static String status(Double value, long n, int minimumN) {
        return MetricStatus.of(value, n, minimumN).code();
    }

    private static Row row(Cell cell, int minimumN) {
        return RowFactory.create(
                cell.metricId(),
                cell.programmeId(),
                cell.editionId(),
                cell.wave(),
                cell.groupKey(),
                cell.numerator(),
                cell.denominator(),
                cell.n(),
                finite(cell.value()),
                finite(cell.lower()),
                finite(cell.upper()),
                status(finite(cell.value()), cell.n(), minimumN),
                cell.note());
    }

    /** No NaN or infinity reaches the table. */
    private static Double finite(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? null : value;
    }
}
