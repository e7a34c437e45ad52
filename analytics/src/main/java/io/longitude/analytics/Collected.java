package io.longitude.analytics;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A small intermediate result (a few rows per edition and wave) computed once and held on the driver.
 *
 * <p>Spark plans every use of a Dataset again. Where one result feeds several branches of a query (edition and
 * programme rows, or several kinds of cell), the branches over cached inputs do not share the first computation's
 * shuffle, so the candidates' rows would be joined and counted once per branch.
 */
public final class Collected {
    private Collected() {}

    /** The rows of {@code small}, computed now, as a Dataset read from the driver's memory. */
    public static Dataset<Row> onDriver(Dataset<Row> small) {
        return small.sparkSession().createDataFrame(small.collectAsList(), small.schema());
    }
}
