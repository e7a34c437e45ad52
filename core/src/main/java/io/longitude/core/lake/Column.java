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

    /** The name of the record component that holds the column, e.g. {@code editionId} for {@code edition_id}. */
    public String componentName() {
        StringBuilder component = new StringBuilder();
        boolean upper = false;
        for (char character : name.toCharArray()) {
            if (character == '_') {
                upper = true;
            } else {
                component.append(upper ? Character.toUpperCase(character) : character);
                upper = false;
            }
        }
        return component.toString();
    }
}
