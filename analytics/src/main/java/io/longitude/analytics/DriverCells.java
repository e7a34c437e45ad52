package io.longitude.analytics;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Turns cells computed on the driver into metric rows with the status rule of {@link MetricCells}. */
public final class DriverCells {
    private static final StructType SCHEMA = new StructType()
            .add("metric_id", DataTypes.StringType, false)
            .add("programme_id", DataTypes.StringType, false)
            .add("edition_id", DataTypes.StringType, false)
            .add("wave", DataTypes.StringType, false)
            .add("group_key", DataTypes.StringType, false)
            .add("numerator", DataTypes.DoubleType)
            .add("denominator", DataTypes.DoubleType)
            .add("n", DataTypes.LongType, false)
            .add("value", DataTypes.DoubleType)
            .add("lower", DataTypes.DoubleType)
            .add("upper", DataTypes.DoubleType)
            .add("status", DataTypes.StringType, false)
            .add("note", DataTypes.StringType);

    private DriverCells() {}

    public static Dataset<Row> dataset(SparkSession spark, List<Cell> cells, int minimumN) {
        List<Row> rows = cells.stream().map(cell -> row(cell, minimumN)).toList();
        return spark.createDataFrame(rows, SCHEMA);
    }

    /** The status of a cell: not computable without a value, small_n below the minimum n, else ok. */
    static String status(Double value, long n, int minimumN) {
        return value == null ? MetricCells.NOT_COMPUTABLE : n < minimumN ? MetricCells.SMALL_N : MetricCells.OK;
    }

    private static Row row(Cell cell, int minimumN) {
        return RowFactory.create(cell.metricId(), cell.programmeId(), cell.editionId(), cell.wave(), cell.groupKey(),
                cell.numerator(), cell.denominator(), cell.n(), finite(cell.value()), finite(cell.lower()), finite(cell.upper()),
                status(finite(cell.value()), cell.n(), minimumN), cell.note());
    }

    /** No NaN or infinity reaches the table. */
    private static Double finite(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? null : value;
    }
}
