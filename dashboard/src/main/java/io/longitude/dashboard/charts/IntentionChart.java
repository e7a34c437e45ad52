package io.longitude.dashboard.charts;

import io.longitude.core.metrics.MetricValue;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** M7: among candidates at level 0, the share interested, and of those the share acting at the next wave. */
final class IntentionChart implements Family {
    static final List<String> GROUPS = List.of("interested", "acted", "acted_not_interested");

    @Override
    public Comparator<MetricValue> order() {
        return Comparator.comparing(MetricValue::wave)
                .thenComparingInt(row -> GROUPS.indexOf(row.key().text()));
    }

    @Override
    public JFreeChart draw(String title, List<MetricValue> rows, Texts texts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Whiskers whiskers = new Whiskers();
        for (MetricValue row : rows) {
            Charts.add(
                    dataset, whiskers, row, texts.get("intention." + row.key().text()), row.wave());
        }
        CategoryPlot plot = Charts.plot(
                dataset, new WhiskerBarRenderer(whiskers), texts.get("axis.share"), PlotOrientation.VERTICAL);
        Charts.shareAxis(plot);
        return Charts.chart(title, plot, true);
    }

    @Override
    public String label(MetricValue row, Texts texts) {
        return row.wave() + " · " + texts.get("intention." + row.key().text());
    }

    @Override
    public RowFormat format(MetricValue row) {
        return RowFormat.SHARE;
    }
}
