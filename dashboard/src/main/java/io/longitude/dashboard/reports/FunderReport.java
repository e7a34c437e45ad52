package io.longitude.dashboard.reports;

import java.util.List;
import java.util.Optional;

/**
 * A programme's figures as a funder sees them, after disclosure control, with labels in the reader's language. The
 * HTML page, the PDF, the CSV, the charts and the portfolio all render from this, never from the metric rows.
 *
 * @param symbol what a hidden cell shows, e.g. {@code < 5}
 * @param asOf the lake versions the figures were computed from
 * @param computedAt when they were computed (ISO-8601), or ""
 */
record FunderReport(String programmeId, String language, List<String> columns, List<ReportTable> tables, int k, String symbol,
        List<String> waves, String asOf, String computedAt) {
    FunderReport {
        columns = List.copyOf(columns);
        tables = List.copyOf(tables);
        waves = List.copyOf(waves);
    }

    Optional<ReportTable> table(String id) {
        return tables.stream().filter(table -> table.id().equals(id)).findFirst();
    }

    Optional<ReportRow> row(String tableId, String labelKey, String wave) {
        return table(tableId).flatMap(table -> table.rows().stream().filter(row -> row.is(labelKey, wave)).findFirst());
    }

    public boolean hasHidden() {
        return tables.stream().anyMatch(ReportTable::hasHidden);
    }

    /** The last wave with responses in any edition, or "". */
    String lastWave() {
        return waves.isEmpty() ? "" : waves.get(waves.size() - 1);
    }
}
