package io.longitude.dashboard.charts;

import io.longitude.core.metrics.MetricValue;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** M13: alumni returning as speakers, and their own outcomes against the other completers of their edition. */
final class AlumniChart implements Family {
    static final List<String> GROUPS = List.of("speakers", "speakers|integrated", "others|integrated", "speakers|business_active", "others|business_active");

    @Override
    public Comparator<MetricValue> order() {
        return Comparator.comparing(MetricValue::wave).thenComparingInt(row -> GROUPS.indexOf(row.groupKey()));
    }

    @Override
    public JFreeChart draw(String title, List<MetricValue> rows, Texts texts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Whiskers whiskers = new Whiskers();
        for (MetricValue row : rows) {
            if (row.groupKey().contains("|")) {
                Charts.add(dataset, whiskers, row, texts.get("alumni." + GroupKeys.head(row.groupKey())),
                        texts.get("alumni." + GroupKeys.tail(row.groupKey())));
            }
        }
        CategoryPlot plot = Charts.plot(dataset, new WhiskerBarRenderer(whiskers), texts.get("axis.share"), PlotOrientation.VERTICAL);
        Charts.shareAxis(plot);
        return Charts.chart(title, plot, true);
    }

    @Override
    public String label(MetricValue row, Texts texts) {
        String key = row.groupKey();
        String label = key.contains("|") ? texts.get("alumni." + GroupKeys.head(key)) + " · " + texts.get("alumni." + GroupKeys.tail(key))
                : texts.get("alumni." + key);
        return row.wave().isEmpty() ? label : row.wave() + " · " + label;
    }

    @Override
    public RowFormat format(MetricValue row) {
        return row.groupKey().contains("|") ? RowFormat.SHARE : RowFormat.COUNT;
    }
}
