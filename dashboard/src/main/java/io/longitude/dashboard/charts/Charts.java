package io.longitude.dashboard.charts;

import io.longitude.core.metrics.Interval;
import io.longitude.core.metrics.MetricValue;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** The look shared by every chart: palette, plots, share axes, titles, the "not available" chart. */
final class Charts {
    static final Color[] PALETTE = {
        new Color(0x1b6ca8), new Color(0xf4a259), new Color(0x5b8e7d), new Color(0xbc4b51), new Color(0x8e7dbe)
    };
    static final Color GRID = new Color(0xdddddd);

    private Charts() {}

    static Optional<Interval> interval(MetricValue row) {
        return row.lower() == null || row.upper() == null
                ? Optional.empty()
                : Optional.of(new Interval(row.lower(), row.upper()));
    }

    /**
     * Bars (with whiskers) of {@code value} for (series, category), skipping rows without a value; no whisker for a
     * row whose n is below the minimum (status other than ok): its interval would say more than its data.
     */
    static void add(
            DefaultCategoryDataset dataset, Whiskers whiskers, MetricValue row, String series, String category) {
        dataset.addValue(row.value(), series, category);
        if (row.computable() && row.ok()) {
            interval(row).ifPresent(interval -> whiskers.put(series, category, interval));
        }
    }

    static CategoryPlot plot(
            DefaultCategoryDataset dataset,
            CategoryItemRenderer renderer,
            String rangeLabel,
            PlotOrientation orientation) {
        if (renderer instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setItemMargin(0.05);
            bars.setMaximumBarWidth(0.12);
        }
        for (int series = 0; series < PALETTE.length; series++) {
            renderer.setSeriesPaint(series, PALETTE[series]);
            renderer.setSeriesStroke(series, new BasicStroke(2f));
        }
        CategoryAxis domain = new CategoryAxis();
        domain.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        domain.setMaximumCategoryLabelLines(2);
        NumberAxis range = new NumberAxis(rangeLabel);
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CategoryPlot plot = new CategoryPlot(dataset, domain, range, renderer);
        plot.setOrientation(orientation);
        style(plot);
        plot.setRangeGridlinePaint(GRID);
        return plot;
    }

    /** Lines of mean answers on a 1–5 scale with their whiskers, one tick per point of the scale. */
    static CategoryPlot scalePlot(DefaultCategoryDataset dataset, Whiskers whiskers, Texts texts) {
        CategoryPlot plot =
                plot(dataset, new WhiskerLineRenderer(whiskers), texts.get("axis.mean"), PlotOrientation.VERTICAL);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setRange(0.8, 5.2);
        range.setTickUnit(new NumberTickUnit(1));
        return plot;
    }

    /** A range axis of shares from 0 to 100 %. */
    static void shareAxis(CategoryPlot plot) {
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setRange(0, 1.0);
        percentAxis(range);
    }

    /** A range axis of differences of shares, in percent, around 0. */
    static void differenceAxis(CategoryPlot plot) {
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setAutoRangeIncludesZero(true);
        percentAxis(range);
    }

    static void decimalAxis(CategoryPlot plot) {
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createStandardTickUnits());
        range.setAutoRangeIncludesZero(true);
    }

    private static void percentAxis(NumberAxis range) {
        range.setStandardTickUnits(NumberAxis.createStandardTickUnits());
        range.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
    }

    static void style(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
    }

    static JFreeChart chart(String title, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 15), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return chart;
    }

    /** The chart of a family without rows for the edition: its title and "not available for this edition". */
    static JFreeChart notAvailable(String title, Texts texts) {
        return message(title, texts.get("figure.not-available"));
    }

    /** A chart without data that says {@code message} where the plot would be. */
    static JFreeChart message(String title, String message) {
        CategoryPlot plot = plot(new DefaultCategoryDataset(), new BarRenderer(), "", PlotOrientation.VERTICAL);
        plot.setNoDataMessage(message);
        plot.setNoDataMessageFont(new Font("SansSerif", Font.PLAIN, 14));
        plot.getRangeAxis().setVisible(false);
        plot.getDomainAxis().setVisible(false);
        return chart(title, plot, false);
    }
}
