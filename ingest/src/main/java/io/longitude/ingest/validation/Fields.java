package io.longitude.ingest.validation;

import io.longitude.core.instrument.AnswerIssue;
import io.longitude.core.instrument.AnswerParser;
import io.longitude.core.instrument.InvalidAnswerException;
import io.longitude.ingest.IngestErrorCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The fields of one row by column name, with typed accessors that reject with the field and value. A row keeps the
 * answers it sets aside ({@link #setAside}) and the notes on values read generously ({@link #note}): the row is
 * accepted, and they go to the quarantine log as lines of their own. A row converted into another (a tool's export
 * into its canonical row, {@link #derive}) shares them.
 */
public final class Fields {
    private final Map<String, Integer> columns;
    private final List<String> values;
    private final Issues issues;

    public Fields(Map<String, Integer> columns, List<String> values) {
        this(columns, values, new Issues());
    }

    private Fields(Map<String, Integer> columns, List<String> values, Issues issues) {
        this.columns = columns;
        this.values = values;
        this.issues = issues;
        issues.last = this;
    }

    /** Another view of the same row (e.g. the canonical row of a tool's export), sharing its issues. */
    public Fields derive(Map<String, Integer> derivedColumns, List<String> derivedValues) {
        return new Fields(derivedColumns, derivedValues, issues);
    }

    /** The last view derived from this row: the canonical row the converter of its kind read. */
    public Fields canonical() {
        return issues.last;
    }

    /** The column names of this view, by index. */
    public Map<String, Integer> columns() {
        return Collections.unmodifiableMap(columns);
    }

    /** The raw values of this view. */
    public List<String> values() {
        return Collections.unmodifiableList(values);
    }

    /** The answers set aside and the notes, in the order they were found. */
    public List<FieldIssue> issues() {
        return List.copyOf(issues.list);
    }

    /** Sets an answer aside: the row is accepted without it, and the rejection goes to the quarantine log. */
    public void setAside(RowRejection rejection) {
        issues.list.add(new FieldIssue(rejection.code(), rejection.field(), rejection.value(), rejection.reason()));
    }

    /** Notes how a value was read; the value is accepted. */
    public void note(String field, String value, String reason) {
        issues.list.add(new FieldIssue(null, field, value, reason));
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

    /** A date YYYY-MM-DD, or the local date of an ISO-8601 date-time (noted); null when empty. */
    public LocalDate date(String column) throws RowRejection {
        String value = text(column);
        if (value == null) {
            return null;
        }
        List<AnswerIssue> notes = new ArrayList<>();
        try {
            LocalDate date = AnswerParser.date(value, notes);
            notes.forEach(note -> note(column, note.text(), note.reason()));
            return date;
        } catch (InvalidAnswerException e) {
            throw new RowRejection(IngestErrorCode.INVALID_VALUE, column, value, e.getMessage());
        }
    }

    /** A date as {@link #date}, or null with the value set aside when it is not a date. */
    public LocalDate optionalDate(String column) {
        try {
            return date(column);
        } catch (RowRejection rejection) {
            setAside(rejection);
            return null;
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
            throw new RowRejection(
                    IngestErrorCode.INVALID_VALUE, column, value, "not one of " + String.join(", ", allowed));
        }
        return lower;
    }

    /** The value as {@link #oneOf}, or null with the value set aside when it is not one of {@code allowed}. */
    public String optionalOneOf(String column, List<String> allowed) {
        try {
            return oneOf(column, allowed);
        } catch (RowRejection rejection) {
            setAside(rejection);
            return null;
        }
    }

    /** What the views of one row share. */
    private static final class Issues {
        private final List<FieldIssue> list = new ArrayList<>();
        private Fields last;
    }
}
