package io.longitude.dashboard.editions;

import java.util.List;

/**
 * A chart of the edition page with the text table of its numbers.
 *
 * @param folded whether the whole figure is statistical detail, shown folded
 */
public record Figure(
        String slug,
        String metricId,
        String title,
        String description,
        long n,
        String asOf,
        List<FigureRow> rows,
        boolean folded) {
    public Figure {
        rows = List.copyOf(rows);
    }

    /** The lines of the plain table. */
    public List<FigureRow> plain() {
        return rows.stream().filter(row -> !row.technical()).toList();
    }

    /** The lines under "Statistical detail". */
    public List<FigureRow> detail() {
        return rows.stream().filter(FigureRow::technical).toList();
    }
}
