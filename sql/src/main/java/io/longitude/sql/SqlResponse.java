package io.longitude.sql;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;

/**
 * The answer of {@code POST /api/sql}.
 *
 * @param columns the result's columns, with their Spark SQL types
 * @param rows the rows, at most the cap ({@code longitude.sql.max-rows}), each a list of JSON values
 * @param truncated true when the query had more rows than the cap
 * @param rowCount how many rows are in {@code rows}
 * @param elapsedMillis wall time of the query
 * @param queryId the query's id
 */
public record SqlResponse(
        List<Column> columns,
        List<List<Object>> rows,
        boolean truncated,
        int rowCount,
        long elapsedMillis,
        String queryId) {
    /** One column of the result: its name and Spark SQL type ({@code string}, {@code bigint}, {@code array<string>}). */
    public record Column(String name, String type) {}

    public static SqlResponse of(QueryRows result) {
        List<Column> columns = java.util.Arrays.stream(result.schema().fields())
                .map((StructField field) ->
                        new Column(field.name(), field.dataType().simpleString()))
                .toList();
        List<List<Object>> rows = result.rows().stream()
                .map((Row row) -> CellValues.json(row, result.schema()))
                .toList();
        return new SqlResponse(
                columns, rows, result.truncated(), rows.size(), result.elapsedMillis(), result.queryId());
    }
}
