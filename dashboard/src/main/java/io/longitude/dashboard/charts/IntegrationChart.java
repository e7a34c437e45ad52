package io.longitude.dashboard.charts;

import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricValue;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** M3: shares at each level per wave, complete case and inverse-probability weighted side by side. */
final class IntegrationChart implements Family {

    @Override
    public JFreeChart draw(String title, List<MetricValue> rows, Texts texts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Whiskers whiskers = new Whiskers();
        boolean anyWeighted = rows.stream().anyMatch(IntegrationChart::weighted);
        for (MetricValue row : rows) {
            String level = texts.get("integration." + level(row));
            String category = weighted(row)
                    ? row.wave() + " " + texts.get("integration.weighted-short")
                    : anyWeighted ? row.wave() + " " + texts.get("integration.complete-short") : row.wave();
            Charts.add(dataset, whiskers, row, level, category);
        }
        CategoryPlot plot = Charts.plot(
                dataset, new WhiskerStackedBarRenderer(whiskers), texts.get("axis.share"), PlotOrientation.VERTICAL);
        Charts.shareAxis(plot);
        return Charts.chart(title, plot, true);
    }

    static boolean weighted(MetricValue row) {
        return row.key() instanceof GroupKey.Level level && level.weighted();
    }

    static String level(MetricValue row) {
        return row.key().part("level").orElse("?");
    }

    @Override
    public String label(MetricValue row, Texts texts) {
        return row.wave() + " · " + texts.get("integration." + level(row))
                + (weighted(row) ? " · " + texts.get("integration.weighted") : "");
    }

    @Override
    public RowFormat format(MetricValue row) {
        return weighted(row) ? RowFormat.PERCENT : RowFormat.SHARE;
    }

    /** The weighted shares are statistical detail; the complete-case shares are the plain reading. */
    @Override
    public boolean technical(MetricValue row) {
        return row.key() instanceof GroupKey.Level level && level.weighted();
    }
}
