package io.longitude.dashboard.audit;

import java.util.List;

/**
 * The audit log as CSV (RFC 4180: comma, double quotes where needed, CRLF), formula-safe like the console's export: a
 * text cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
 * {@code '}, since a query text or a file name could start with one.
 */
final class AuditCsv {
    static final String HEADER = "at,username,role,action,object,rows,query";

    private AuditCsv() {}

    static String csv(List<AuditEntry> entries) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (AuditEntry entry : entries) {
            out.append(entry.at())
                    .append(',')
                    .append(cell(entry.username()))
                    .append(',')
                    .append(cell(entry.role()))
                    .append(',')
                    .append(cell(entry.action()))
                    .append(',')
                    .append(cell(entry.object()))
                    .append(',')
                    .append(entry.rows())
                    .append(',')
                    .append(cell(entry.detail()))
                    .append("\r\n");
        }
        return out.toString();
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
