package io.longitude.dashboard.reports;

import java.util.List;

/**
 * The report as CSV for analysis: one line per cell position (table, row, column) with a numeric {@code value} (dot
 * decimal; counts as whole numbers, shares as fractions of 1), its {@code unit} ({@code people}, {@code ties},
 * {@code share}) and its {@code status}: {@code shown}; {@code primary} (a count of 1..k−1, value empty);
 * {@code complementary} (hidden so that another figure cannot be worked out, value empty); {@code empty} (a share of
 * nobody) or {@code too_few} (a share of fewer than k people). The footnotes and the lake versions follow as
 * {@code note} lines. Formula-safe: a field starting with {@code = + - @}, a tab or a carriage return is prefixed with
 * an apostrophe so spreadsheets do not run it; fields are quoted per RFC 4180.
 */
final class ReportCsv {
    private ReportCsv() {}

    static List<String> header() {
        return List.of("programme_id", "table", "table_title", "row", "column", "value", "unit", "status", "cell");
    }

    static String write(FunderReport report, List<String> notes) {
        StringBuilder out = new StringBuilder();
        line(out, header());
        for (ReportTable table : report.tables()) {
            for (ReportRow row : table.rows()) {
                for (int column = 0; column < table.columns().size(); column++) {
                    ReportCell cell = row.cells().get(column);
                    if (!cell.state().equals(ReportCell.ABSENT)) {
                        line(
                                out,
                                List.of(
                                        report.programmeId(),
                                        table.id(),
                                        table.title(),
                                        row.label(),
                                        table.columns().get(column),
                                        value(cell),
                                        cell.unit(),
                                        cell.state(),
                                        cell.key()));
                    }
                }
            }
        }
        for (String note : notes) {
            line(out, List.of(report.programmeId(), "note", "", note, "", "", "", "", ""));
        }
        line(out, List.of(report.programmeId(), "as-of", "", report.asOf(), report.computedAt(), "", "", "", ""));
        return out.toString();
    }

    /**
     * The shown value, dot decimal: a whole count, a share or a mean to 6 decimals, a partner's roles as written;
     * empty when not shown.
     */
    static String value(ReportCell cell) {
        if (cell.unit().equals("text")) {
            return cell.display();
        }
        if (cell.shown() == null) {
            return "";
        }
        if (!cell.unit().equals("share") && !cell.unit().equals("mean")) {
            return Long.toString(Math.round(cell.shown()));
        }
        return new java.math.BigDecimal(cell.shown())
                .setScale(6, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            safe = "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
