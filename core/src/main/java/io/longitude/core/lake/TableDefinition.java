package io.longitude.core.lake;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A Delta table of the lake or of the metric store.
 *
 * @param name the table's folder name under its root
 * @param columns the columns in order
 * @param partitionBy partition columns, possibly none
 * @param naturalKey the columns that identify a row; ingest merges on them
 */
public record TableDefinition(String name, List<Column> columns, List<String> partitionBy, List<String> naturalKey) {
    public TableDefinition {
        Objects.requireNonNull(name, "name is null");
        columns = List.copyOf(columns);
        partitionBy = List.copyOf(partitionBy);
        naturalKey = List.copyOf(naturalKey);
        List<String> names = columns.stream().map(Column::name).toList();
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("Cannot define table " + name + ", duplicate column names: " + names);
        }
        for (String key : naturalKey) {
            if (!names.contains(key)) {
                throw new IllegalArgumentException(
                        "Cannot define table " + name + ", natural key column is missing: " + key);
            }
        }
        for (String partition : partitionBy) {
            if (!names.contains(partition)) {
                throw new IllegalArgumentException(
                        "Cannot define table " + name + ", partition column is missing: " + partition);
            }
        }
    }

    /** The schema as Spark SQL DDL, e.g. {@code a STRING NOT NULL, b INT}. */
    public String ddl() {
        return columns.stream().map(Column::ddl).collect(Collectors.joining(", "));
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    public Optional<Column> column(String columnName) {
        return columns.stream()
                .filter(column -> column.name().equals(columnName))
                .findFirst();
    }
}
