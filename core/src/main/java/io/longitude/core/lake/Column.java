package io.longitude.core.lake;

import java.util.Objects;

/** A column of a lake table. */
public record Column(String name, ColumnType type, boolean nullable) {
    public Column {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(type, "type is null");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Cannot create column, name must be lower snake case: " + name);
        }
    }

    public static Column required(String name, ColumnType type) {
        return new Column(name, type, false);
    }

    public static Column optional(String name, ColumnType type) {
        return new Column(name, type, true);
    }

    /** The column as a DDL fragment, e.g. {@code edition_id STRING NOT NULL}. */
    public String ddl() {
        return name + " " + type.ddl() + (nullable ? "" : " NOT NULL");
    }
}
