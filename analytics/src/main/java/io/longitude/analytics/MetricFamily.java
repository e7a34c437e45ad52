package io.longitude.analytics;

import java.util.Objects;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One metric family of the analysis: a name for reports and timings, and the transform that builds its cells.
 * The cells of a family are few (per edition, wave and group), so the job collects each family on its own and
 * times it, then writes all of them in one commit.
 */
record MetricFamily(String name, Supplier<Dataset<Row>> cells) {
    MetricFamily {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(cells, "cells is null");
    }

    /** The family's cells in the column order of the metric table. */
    Dataset<Row> rows() {
        return cells.get().selectExpr(MetricColumns.CELLS);
    }
}
