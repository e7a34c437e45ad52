package io.longitude.dashboard.charts;

import io.longitude.core.metrics.Interval;
import io.longitude.core.metrics.MetricValue;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Draws the charts of an edition page from its metric rows. Knows nothing of Spring or HTTP. */
public final class EditionCharts {
    private static final Color[] PALETTE = {new Color(0x1b6ca8), new Color(0xf4a259), new Color(0x5b8e7d), new Color(0xbc4b51), new Color(0x8e7dbe)};

    private EditionCharts() {}

    public static JFreeChart chart(ChartKind kind, List<MetricValue> edition, Texts texts) {
        List<MetricValue> rows = MetricSelection.rows(kind, edition);
        return switch (kind) {
            case FUNNEL -> funnel(rows, texts);
            case RESPONSE_RATE -> responseRate(rows, texts);
            case INTEGRATION -> integration(rows, texts);
            case NETWORK -> network(rows, texts);
        };
    }

    private static JFreeChart funnel(List<MetricValue> rows, Texts texts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (MetricValue row : rows) {
            String desk = MetricSelection.desk(row);
            if (!desk.equals("all")) {
                dataset.addValue(row.numerator(), desk, texts.get("stage." + MetricSelection.stage(row)));
            }
        }
        BarRenderer renderer = new BarRenderer();
        CategoryPlot plot = plot(dataset, renderer, texts.get("axis.candidates"), PlotOrientation.HORIZONTAL);
        return chart(texts.get("chart.funnel"), plot, true);
    }

    private static JFreeChart responseRate(List<MetricValue> rows, Texts texts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Whiskers whiskers = new Whiskers();
        String series = texts.get("series.response-rate");
        for (MetricValue row : rows) {
            dataset.addValue(row.value(), series, row.wave());
            interval(row).ifPresent(interval -> whiskers.put(series, row.wave(), interval));
        }
        CategoryPlot plot = plot(dataset, new WhiskerBarRenderer(whiskers), texts.get("axis.share"), PlotOrientation.VERTICAL);
        shareAxis(plot);
        return chart(texts.get("chart.response-rate"), plot, false);
    }

    private static JFreeChart integration(List<MetricValue> rows, Texts texts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Whiskers whiskers = new Whiskers();
        for (MetricValue row : rows) {
            String level = texts.get("integration." + row.groupKey().substring("level=".length()));
            dataset.addValue(row.value(), level, row.wave());
            interval(row).ifPresent(interval -> whiskers.put(level, row.wave(), interval));
        }
        CategoryPlot plot = plot(dataset, new WhiskerStackedBarRenderer(whiskers), texts.get("axis.share"), PlotOrientation.VERTICAL);
        shareAxis(plot);
        return chart(texts.get("chart.integration"), plot, true);
    }

    private static JFreeChart network(List<MetricValue> rows, Texts texts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (MetricValue row : rows) {
            if (List.of("participants", "ties", "ties_across_editions").contains(row.groupKey())) {
                dataset.addValue(row.value(), texts.get("series.count"), texts.get("network." + row.groupKey()));
            }
        }
        CategoryPlot plot = plot(dataset, new BarRenderer(), texts.get("axis.count"), PlotOrientation.VERTICAL);
        return chart(texts.get("chart.network"), plot, false);
    }

    private static java.util.Optional<Interval> interval(MetricValue row) {
        return row.lower() == null || row.upper() == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Interval(row.lower(), row.upper()));
    }

    private static CategoryPlot plot(DefaultCategoryDataset dataset, CategoryItemRenderer renderer, String rangeLabel, PlotOrientation orientation) {
        if (renderer instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setItemMargin(0.05);
            bars.setMaximumBarWidth(0.12);
        }
        for (int series = 0; series < PALETTE.length; series++) {
            renderer.setSeriesPaint(series, PALETTE[series]);
        }
        CategoryAxis domain = new CategoryAxis();
        domain.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        NumberAxis range = new NumberAxis(rangeLabel);
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CategoryPlot plot = new CategoryPlot(dataset, domain, range, renderer);
        plot.setOrientation(orientation);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setOutlineVisible(false);
        return plot;
    }

    private static void shareAxis(CategoryPlot plot) {
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setRange(0, 1.0);
        range.setStandardTickUnits(NumberAxis.createStandardTickUnits());
        range.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance(java.util.Locale.ROOT));
    }

    private static JFreeChart chart(String title, CategoryPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 15), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return chart;
    }
}
