package io.longitude.dashboard.charts;

import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricValue;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** M13: alumni returning as speakers, and their own outcomes against the other completers of their edition. */
final class AlumniChart implements Family {
    static final List<String> GROUPS = List.of(
            "speakers",
            "speakers|integrated",
            "others|integrated",
            "speakers|business_active",
            "others|business_active");

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
            if (row.key() instanceof GroupKey.Pair) {
                Charts.add(
                        dataset,
                        whiskers,
                        row,
                        texts.get("alumni." + row.key().head()),
                        texts.get("alumni." + row.key().tail()));
            }
        }
        CategoryPlot plot = Charts.plot(
                dataset, new WhiskerBarRenderer(whiskers), texts.get("axis.share"), PlotOrientation.VERTICAL);
        Charts.shareAxis(plot);
        return Charts.chart(title, plot, true);
    }

    @Override
    public String label(MetricValue row, Texts texts) {
        String label = row.key() instanceof GroupKey.Pair pair
                ? texts.get("alumni." + pair.name()) + " · " + texts.get("alumni." + pair.part())
                : texts.get("alumni." + row.key().text());
        return row.wave().isEmpty() ? label : row.wave() + " · " + label;
    }

    @Override
    public RowFormat format(MetricValue row) {
        return row.key() instanceof GroupKey.Pair ? RowFormat.SHARE : RowFormat.COUNT;
    }
}
