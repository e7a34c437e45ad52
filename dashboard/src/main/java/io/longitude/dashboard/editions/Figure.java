package io.longitude.dashboard.editions;

import java.util.List;

/** A chart of the edition page with the text table of its numbers. */
public record Figure(String slug, String metricId, String title, String description, long n, String asOf, List<FigureRow> rows) {
    public Figure {
        rows = List.copyOf(rows);
    }
}
