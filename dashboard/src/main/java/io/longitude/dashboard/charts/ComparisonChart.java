package io.longitude.dashboard.charts;

import io.longitude.core.metrics.MetricValue;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** M15: difference in differences of the main outcomes, enrolled against the comparison group, per pair of waves. */
final class ComparisonChart implements Family {
    @Override
    public JFreeChart draw(String title, List<MetricValue> rows, Texts texts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Whiskers whiskers = new Whiskers();
        for (MetricValue row : rows) {
            Charts.add(dataset, whiskers, row, row.wave(), outcome(row, texts));
        }
        CategoryPlot plot = Charts.plot(dataset, new WhiskerBarRenderer(whiskers), texts.get("axis.did"), PlotOrientation.VERTICAL);
        Charts.decimalAxis(plot);
        return Charts.chart(title, plot, true);
    }

    private static String outcome(MetricValue row, Texts texts) {
        return texts.get("outcome." + GroupKeys.tail(row.groupKey()));
    }

    @Override
    public String label(MetricValue row, Texts texts) {
        return row.wave() + " · " + outcome(row, texts);
    }

    @Override
    public RowFormat format(MetricValue row) {
        return row.groupKey().equals("did|awareness") ? RowFormat.MEAN : RowFormat.POINTS;
    }
}
