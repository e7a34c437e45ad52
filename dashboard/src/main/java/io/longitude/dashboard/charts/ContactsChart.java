package io.longitude.dashboard.charts;

import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricValue;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** M12: mean new professional contacts per respondent per wave (t interval) and cumulative. */
final class ContactsChart implements Family {
    static final List<String> CHARTED = List.of("new_contacts|mean", "cumulative|mean");

    @Override
    public JFreeChart draw(String title, List<MetricValue> rows, Texts texts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Whiskers whiskers = new Whiskers();
        for (MetricValue row : rows) {
            if (CHARTED.contains(row.key().text())) {
                Charts.add(dataset, whiskers, row, label(row.key().text(), texts), row.wave());
            }
        }
        CategoryPlot plot = Charts.plot(
                dataset, new WhiskerBarRenderer(whiskers), texts.get("axis.contacts"), PlotOrientation.VERTICAL);
        Charts.decimalAxis(plot);
        return Charts.chart(title, plot, true);
    }

    private static String label(String groupKey, Texts texts) {
        return texts.get("contacts." + groupKey.replace('|', '.'));
    }

    @Override
    public String label(MetricValue row, Texts texts) {
        return row.wave() + " · " + label(row.key().text(), texts);
    }

    @Override
    public RowFormat format(MetricValue row) {
        return row.key() instanceof GroupKey.Pair pair && pair.part().equals("total")
                ? RowFormat.COUNT
                : RowFormat.MEAN;
    }
}
