package io.longitude.dashboard.reports;

import java.util.List;

/**
 * The report as CSV: one line per shown cell position (table, row, column, value), with the same suppressed displays
 * as the page ({@code < 5} for hidden cells). Formula-safe: a field starting with {@code = + - @}, a tab or a carriage
 * return is prefixed with an apostrophe so spreadsheets do not run it; fields are quoted per RFC 4180.
 */
final class ReportCsv {
    private ReportCsv() {}

    static String write(FunderReport report, List<String> header, String footnote) {
        StringBuilder out = new StringBuilder();
        line(out, header);
        for (ReportTable table : report.tables()) {
            for (ReportRow row : table.rows()) {
                for (int column = 0; column < table.columns().size(); column++) {
                    ReportCell cell = row.cells().get(column);
                    if (!cell.state().equals(ReportCell.ABSENT)) {
                        line(out, List.of(report.programmeId(), table.id(), table.title(), row.label(), table.columns().get(column),
                                cell.display(), cell.key()));
                    }
                }
            }
        }
        line(out, List.of(report.programmeId(), "note", "", footnote, "", "", ""));
        line(out, List.of(report.programmeId(), "as-of", "", report.asOf(), "", report.computedAt(), ""));
        return out.toString();
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
