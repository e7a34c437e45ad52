package io.longitude.dashboard.reports;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A programme's figures as a funder sees them, after disclosure control, with labels in the reader's language. The
 * HTML page, the PDF, the CSV, the charts and the portfolio all render from this, never from the metric rows.
 *
 * @param symbol what a primary hidden cell shows, e.g. {@code < 5}
 * @param complementarySymbol what a complementary hidden cell shows: {@code ×}
 * @param sensitive the categories whose small counts are protected
 * @param asOf the lake versions the figures were computed from
 * @param computedAt when they were computed (ISO-8601), or ""
 */
record FunderReport(
        String programmeId,
        String language,
        List<String> columns,
        List<ReportTable> tables,
        int k,
        String symbol,
        String complementarySymbol,
        Set<SensitiveCategory> sensitive,
        List<String> waves,
        String asOf,
        String computedAt) {
    FunderReport {
        columns = List.copyOf(columns);
        tables = List.copyOf(tables);
        sensitive = Collections.unmodifiableSet(
                EnumSet.copyOf(sensitive.isEmpty() ? EnumSet.noneOf(SensitiveCategory.class) : sensitive));
        waves = List.copyOf(waves);
    }

    /** The same report with one more table after the others. */
    FunderReport with(ReportTable table) {
        List<ReportTable> all = new java.util.ArrayList<>(tables);
        all.add(table);
        return new FunderReport(
                programmeId,
                language,
                columns,
                all,
                k,
                symbol,
                complementarySymbol,
                sensitive,
                waves,
                asOf,
                computedAt);
    }

    Optional<ReportTable> table(String id) {
        return tables.stream().filter(table -> table.id().equals(id)).findFirst();
    }

    Optional<ReportRow> row(String tableId, String labelKey, String wave) {
        return table(tableId)
                .flatMap(table -> table.rows().stream()
                        .filter(row -> row.is(labelKey, wave))
                        .findFirst());
    }

    public boolean hasHidden() {
        return tables.stream().anyMatch(ReportTable::hasHidden);
    }

    /**
     * Count cells (not shares, not the partnership's cells without a count key) of every table, and of those the hidden
     * ones: {shown or hidden, hidden}.
     */
    long[] countCells() {
        long all = 0;
        long hidden = 0;
        for (ReportTable table : tables) {
            for (ReportRow row : table.rows()) {
                if (row.share()) {
                    continue;
                }
                for (ReportCell cell : row.cells()) {
                    if (cell.key().isEmpty()) {
                        continue;
                    }
                    if (cell.state().equals(ReportCell.SHOWN) || cell.hidden()) {
                        all++;
                        hidden += cell.hidden() ? 1 : 0;
                    }
                }
            }
        }
        return new long[] {all, hidden};
    }

    /** The last wave with responses in any edition, or "". */
    String lastWave() {
        return waves.isEmpty() ? "" : waves.get(waves.size() - 1);
    }
}
