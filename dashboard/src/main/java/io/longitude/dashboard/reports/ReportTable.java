package io.longitude.dashboard.reports;

import java.util.List;

/** One rendered table of a funder page: columns are the editions and the programme total. */
record ReportTable(String id, String title, List<String> columns, List<ReportRow> rows) {
    ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public boolean hasHidden() {
        return rows.stream().anyMatch(row -> row.cells().stream().anyMatch(ReportCell::hidden));
    }
}
