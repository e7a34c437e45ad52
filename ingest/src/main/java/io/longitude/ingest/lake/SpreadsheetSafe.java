package io.longitude.ingest.lake;

/** Neutralises spreadsheet formulas in exported text: a leading =, +, -, @, tab or CR gets a leading quote. */
public final class SpreadsheetSafe {
    private SpreadsheetSafe() {}

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
