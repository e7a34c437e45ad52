package io.longitude.dashboard.charts;

import io.longitude.core.metrics.MetricValue;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** M2: response rate and retention relative to W0 per wave, with Wilson intervals. */
final class ResponseChart implements Family {
    static final List<String> GROUPS = List.of("response_rate", "retention");

    @Override
    public boolean includes(MetricValue row) {
        return Family.super.includes(row) && GROUPS.contains(row.key().text());
    }

    @Override
    public JFreeChart draw(String title, List<MetricValue> rows, Texts texts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Whiskers whiskers = new Whiskers();
        for (MetricValue row : rows) {
            Charts.add(dataset, whiskers, row, texts.get("series." + row.key().text()), row.wave());
        }
        CategoryPlot plot = Charts.plot(
                dataset, new WhiskerBarRenderer(whiskers), texts.get("axis.share"), PlotOrientation.VERTICAL);
        Charts.shareAxis(plot);
        return Charts.chart(title, plot, true);
    }

    @Override
    public String label(MetricValue row, Texts texts) {
        return row.key().text().equals("response_rate")
                ? row.wave()
                : row.wave() + " · " + texts.get("series.retention");
    }

    @Override
    public RowFormat format(MetricValue row) {
        return RowFormat.SHARE;
    }
}
