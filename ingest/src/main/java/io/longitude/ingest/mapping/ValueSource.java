package io.longitude.ingest.mapping;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where one canonical field comes from: a column of the export, or a constant; then optional recoding.
 *
 * @param column the export's column, or null for a constant
 * @param constant the value when there is no column
 * @param values recoding of raw values (matched ignoring case and surrounding spaces) to canonical codes
 * @param format a java.time pattern for dates and times, e.g. {@code yyyy/MM/dd h:mm:ss a z}; ISO-8601 when null
 * @param zone the time zone of times written without one, e.g. {@code Europe/Brussels}
 * @param split the separator of a multi-select summary column (space for Kobo and ODK, ; for Google Forms)
 * @param oneHot one column per option: column name to the code it stands for when it holds 1, Y or the option label
 * @param fallback the value when the cell is empty (key {@code default}), e.g. W0 for REDCap's base row
 * @param pattern a regular expression whose first group is the part of the cell to use, e.g. {@code ^(w\d)_arm_\d+$}
 */
public record ValueSource(
        String column,
        String constant,
        Map<String, String> values,
        String format,
        String zone,
        String split,
        Map<String, String> oneHot,
        String fallback,
        java.util.regex.Pattern pattern) {
    public ValueSource {
        values = Map.copyOf(values);
        oneHot = Map.copyOf(oneHot);
        if (column == null && constant == null && oneHot.isEmpty()) {
            throw new IllegalArgumentException("needs column, value or one_hot");
        }
    }

    public static ValueSource constant(String value) {
        return new ValueSource(null, Objects.requireNonNull(value), Map.of(), null, null, null, Map.of(), null, null);
    }

    /** The export columns this source reads. */
    public List<String> columns() {
        if (!oneHot.isEmpty()) {
            return List.copyOf(oneHot.keySet());
        }
        return column == null ? List.of() : List.of(column);
    }
}
