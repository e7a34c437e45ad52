package io.longitude.dashboard.charts;

import io.longitude.core.metrics.MetricValue;
import java.util.List;
import org.jfree.chart.JFreeChart;

/** Draws the charts of an edition page from its metric rows. Knows nothing of Spring or HTTP. */
public final class EditionCharts {
    private EditionCharts() {}

    /**
     * The chart of one family; a family without rows for the edition gets a chart that says "not available for this
     * edition", so every slug answers with an image.
     */
    public static JFreeChart chart(ChartKind kind, List<MetricValue> edition, Texts texts) {
        List<MetricValue> rows = MetricSelection.rows(kind, edition);
        String title = texts.get("chart." + kind.slug());
        if (rows.isEmpty()) {
            return Charts.notAvailable(title, texts);
        }
        // A chart of rows none of which has a value would be an empty frame with axes: say it instead.
        return rows.stream().noneMatch(MetricValue::computable)
                ? Charts.message(title, texts.get("figure.not-computable"))
                : kind.family().draw(title, rows, texts);
    }
}
