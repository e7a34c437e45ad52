package io.longitude.dashboard.charts;

import io.longitude.core.metrics.MetricValue;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;

/** One metric family of the edition page: which rows it shows, in what order, how it draws and labels them. */
interface Family {
    /** Whether the figure shows this row of its metric; by default the edition's own rows, not the programme's. */
    default boolean includes(MetricValue row) {
        return !row.editionId().isEmpty();
    }

    /** The display order of the rows. */
    default Comparator<MetricValue> order() {
        return Comparator.comparing(MetricValue::wave)
                .thenComparing((MetricValue row) -> row.key().text());
    }

    /** The rows as the figure shows them, after {@link #includes} and {@link #order}; may rewrite rows. */
    default List<MetricValue> arrange(List<MetricValue> rows) {
        return rows;
    }

    /** Draws the chart, titled {@code title}, of at least one row. */
    JFreeChart draw(String title, List<MetricValue> rows, Texts texts);

    /** The row's label in the text table. */
    String label(MetricValue row, Texts texts);

    /** How the row's value and interval are written. */
    RowFormat format(MetricValue row);

    /**
     * Whether the row belongs to the "Statistical detail" of the figure rather than its plain table: tests,
     * p-values, coefficients and weights by default.
     */
    default boolean technical(MetricValue row) {
        return switch (format(row)) {
            case P_VALUE, STATISTIC, DECIMAL -> true;
            default -> false;
        };
    }
}
