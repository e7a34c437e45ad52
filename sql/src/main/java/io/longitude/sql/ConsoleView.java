package io.longitude.sql;

import java.util.List;

/**
 * One view the console offers, as the page documents it.
 *
 * @param name the view's name in SQL
 * @param meaningKey the message key of its one-line meaning ({@code sql.view.<name>})
 * @param columns its columns, in order
 */
public record ConsoleView(String name, String meaningKey, List<ViewColumn> columns) {
    public ConsoleView {
        columns = List.copyOf(columns);
    }

    /**
     * One column of a view.
     *
     * @param name column name
     * @param type Spark SQL type ({@code string}, {@code int}, {@code array<struct<...>>}, ...)
     */
    public record ViewColumn(String name, String type) {}
}
