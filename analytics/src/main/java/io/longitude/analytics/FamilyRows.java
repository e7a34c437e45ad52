package io.longitude.analytics;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;

/** The collected cells of one metric family and the wall time its collect took. */
record FamilyRows(String name, List<Row> rows, long millis) {
    FamilyRows {
        Objects.requireNonNull(name, "name is null");
        rows = List.copyOf(rows);
    }
}
