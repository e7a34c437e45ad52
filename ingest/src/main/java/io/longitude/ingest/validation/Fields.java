package io.longitude.ingest.validation;

import io.longitude.ingest.IngestErrorCode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** The fields of one row by column name, with typed accessors that reject with the field and value. */
public final class Fields {
    private final Map<String, Integer> columns;
    private final List<String> values;

    public Fields(Map<String, Integer> columns, List<String> values) {
        this.columns = columns;
        this.values = values;
    }

    /** The trimmed text of a column; null when the column is absent, the cell empty or null. */
    public String text(String column) {
        Integer index = columns.get(column);
        if (index == null || index >= values.size()) {
            return null;
        }
        String raw = values.get(index);
        if (raw == null) {
            return null;
        }
        String value = raw.trim();
        return value.isEmpty() ? null : value;
    }

    public String required(String column) throws RowRejection {
        String value = text(column);
        if (value == null) {
            throw new RowRejection(IngestErrorCode.MISSING_VALUE, column, "", "required value is empty");
        }
        return value;
    }

    public LocalDate date(String column) throws RowRejection {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RowRejection(IngestErrorCode.INVALID_VALUE, column, value, "not a date YYYY-MM-DD");
        }
    }

    public LocalDate requiredDate(String column) throws RowRejection {
        required(column);
        return date(column);
    }

    public int requiredInteger(String column) throws RowRejection {
        String value = required(column);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new RowRejection(IngestErrorCode.INVALID_VALUE, column, value, "not a whole number");
        }
    }

    /** The value if it is one of {@code allowed} (case-insensitive, returned in lower case), else a rejection. */
    public String oneOf(String column, List<String> allowed) throws RowRejection {
        String value = text(column);
        if (value == null) {
            return null;
        }
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        if (!allowed.contains(lower)) {
            throw new RowRejection(IngestErrorCode.INVALID_VALUE, column, value, "not one of " + String.join(", ", allowed));
        }
        return lower;
    }
}
