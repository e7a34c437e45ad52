package io.longitude.sql;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * What a console query returned, as Spark rows: at most the row cap, and whether more rows existed.
 *
 * @param queryId the query's id (its Spark job group is {@code longitude-sql-<id>})
 * @param schema the result's columns
 * @param rows the rows, at most the cap
 * @param truncated true when the query had more rows than the cap
 * @param elapsedMillis wall time from submission to the last row
 */
public record QueryRows(String queryId, StructType schema, List<Row> rows, boolean truncated, long elapsedMillis) {
    public QueryRows {
        rows = List.copyOf(rows);
    }
}
