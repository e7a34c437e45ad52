package io.longitude.dashboard.charts;

import io.longitude.core.metrics.MetricValue;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** M1: candidates at each stage per referral desk. */
final class FunnelChart implements Family {
    @Override
    public Comparator<MetricValue> order() {
        return Comparator.comparing((MetricValue metric) ->
                        MetricSelection.desk(metric).equals("all") ? "" : MetricSelection.desk(metric))
                .thenComparingInt(metric -> MetricSelection.FUNNEL_STAGES.indexOf(MetricSelection.stage(metric)));
    }

    @Override
    public JFreeChart draw(String title, List<MetricValue> rows, Texts texts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (MetricValue row : rows) {
            String desk = MetricSelection.desk(row);
            if (!desk.equals("all")) {
                dataset.addValue(row.numerator(), desk, texts.get("stage." + MetricSelection.stage(row)));
            }
        }
        CategoryPlot plot =
                Charts.plot(dataset, new BarRenderer(), texts.get("axis.candidates"), PlotOrientation.HORIZONTAL);
        return Charts.chart(title, plot, true);
    }

    @Override
    public String label(MetricValue row, Texts texts) {
        String desk = MetricSelection.desk(row);
        return (desk.equals("all") ? texts.get("desk.all") : desk) + " · "
                + texts.get("stage." + MetricSelection.stage(row));
    }

    @Override
    public RowFormat format(MetricValue row) {
        return RowFormat.COUNT_SHARE;
    }
}
