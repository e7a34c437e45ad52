package io.longitude.dashboard.charts;

import io.longitude.core.metrics.MetricValue;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** M5: paired change from W0 to each later wave; the chart shows the paired difference of the share integrated. */
final class PrePostChart implements Family {
    static final String DIFFERENCE = "paired_difference|level>=1";
    /** The tests in table order. */
    static final List<String> GROUPS = List.of(
            DIFFERENCE,
            "stuart_maxwell|statistic",
            "stuart_maxwell|p_value",
            "mcnemar|statistic",
            "mcnemar|p_value",
            "awareness_change",
            "wilcoxon|statistic",
            "wilcoxon|p_value",
            "wilcoxon|rank_biserial");

    @Override
    public Comparator<MetricValue> order() {
        return Comparator.comparing(MetricValue::wave)
                .thenComparingInt(row -> rank(row.key().text()))
                .thenComparing((MetricValue row) -> row.key().text());
    }

    private static int rank(String groupKey) {
        int rank = GROUPS.indexOf(groupKey);
        return rank < 0 ? GROUPS.size() : rank;
    }

    @Override
    public JFreeChart draw(String title, List<MetricValue> rows, Texts texts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Whiskers whiskers = new Whiskers();
        for (MetricValue row : rows) {
            if (row.key().text().equals(DIFFERENCE)) {
                Charts.add(dataset, whiskers, row, texts.get("prepost.difference"), row.wave());
            }
        }
        CategoryPlot plot = Charts.plot(
                dataset, new WhiskerBarRenderer(whiskers), texts.get("axis.difference"), PlotOrientation.VERTICAL);
        Charts.differenceAxis(plot);
        return Charts.chart(title, plot, false);
    }

    @Override
    public String label(MetricValue row, Texts texts) {
        int rank = GROUPS.indexOf(row.key().text());
        return row.wave() + " · " + (rank < 0 ? row.key().text() : texts.get("prepost." + rank));
    }

    @Override
    public RowFormat format(MetricValue row) {
        String key = row.key().text();
        if (key.equals(DIFFERENCE)) {
            return RowFormat.POINTS;
        } else if (key.endsWith("|p_value")) {
            return RowFormat.P_VALUE;
        } else if (key.endsWith("|statistic")) {
            return RowFormat.STATISTIC;
        } else if (key.equals("awareness_change")) {
            return RowFormat.MEAN;
        }
        return RowFormat.DECIMAL;
    }

    /** Only the paired difference and the mean change of awareness are the plain reading; the tests are detail. */
    @Override
    public boolean technical(MetricValue row) {
        return !row.key().text().equals("paired_difference|level>=1")
                && !row.key().text().equals("awareness_change");
    }
}
