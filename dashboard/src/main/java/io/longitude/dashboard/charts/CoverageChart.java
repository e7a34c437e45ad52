package io.longitude.dashboard.charts;

import io.longitude.core.metrics.Interval;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * How often an estimator's 95 % intervals held the true value in the simulation study: a dot per wave and series
 * (programme size and scope) with the Monte Carlo interval of that share as its whisker, over a line at the nominal
 * 95 % and the shaded band of 93–97 % the study accepts.
 */
public final class CoverageChart {
    private static final double NOMINAL = 0.95;
    private static final double BAND_LOW = 0.93;
    private static final double BAND_HIGH = 0.97;
    private static final Color BAND = new Color(0xe3f1e8);
    private static final Color LINE = new Color(0x2f7d4f);

    /**
     * One cell of the study.
     *
     * @param series the programme size and scope, as the legend says it
     * @param category the wave, as the axis says it
     * @param coverage the share of intervals that held the true value
     * @param lower the Monte Carlo 95 % interval of that share
     * @param upper the Monte Carlo 95 % interval of that share
     * @param size which programme size (0, 1, …): the series' colour
     * @param filled whether its marker is filled (per edition) or hollow (whole programme)
     */
    public record Point(
            String series, String category, double coverage, double lower, double upper, int size, boolean filled) {}

    /** One colour per programme size, none of them the green or orange the page uses for its verdicts. */
    private static final Color[] SIZES = {new Color(0x1b6ca8), new Color(0x6a3d9a), new Color(0x444444)};

    private CoverageChart() {}

    /** A dot per series beside the others within its category, with its whisker through it. */
    private static final class DotRenderer extends LineAndShapeRenderer {
        private static final long serialVersionUID = 1L;

        private final transient Whiskers whiskers;

        DotRenderer(Whiskers whiskers) {
            super(false, true);
            this.whiskers = whiskers;
            setUseSeriesOffset(true);
            setItemMargin(0.4);
        }

        @Override
        public void drawItem(
                Graphics2D g2,
                CategoryItemRendererState state,
                Rectangle2D dataArea,
                CategoryPlot plot,
                CategoryAxis domainAxis,
                ValueAxis rangeAxis,
                CategoryDataset dataset,
                int row,
                int column,
                int pass) {
            if (pass == getPassCount() - 1) {
                double x = domainAxis.getCategorySeriesMiddle(
                        column,
                        dataset.getColumnCount(),
                        row,
                        dataset.getRowCount(),
                        getItemMargin(),
                        dataArea,
                        plot.getDomainAxisEdge());
                whiskers.draw(g2, dataArea, plot, rangeAxis, row, column, 0, x);
            }
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        }
    }

    /**
     * @param title the estimator in the reader's language
     * @param points its cells in the order to draw
     * @param texts {@code intervals.axis} (the range axis), {@code intervals.nominal} (the 95 % line's label) and
     *     {@code intervals.key} (what the whiskers and the band are)
     */
    public static JFreeChart of(String title, List<Point> points, Texts texts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Whiskers whiskers = new Whiskers();
        double lowest = 0.85;
        java.util.Map<String, Point> firstOfSeries = new java.util.LinkedHashMap<>();
        for (Point point : points) {
            dataset.addValue(point.coverage(), point.series(), point.category());
            whiskers.put(point.series(), point.category(), new Interval(point.lower(), point.upper()));
            lowest = Math.min(lowest, point.lower());
            firstOfSeries.putIfAbsent(point.series(), point);
        }
        DotRenderer renderer = new DotRenderer(whiskers);
        CategoryPlot plot = Charts.plot(dataset, renderer, texts.get("intervals.axis"), PlotOrientation.VERTICAL);
        for (Point point : firstOfSeries.values()) {
            int series = dataset.getRowIndex(point.series());
            renderer.setSeriesPaint(series, SIZES[Math.min(point.size(), SIZES.length - 1)]);
            renderer.setSeriesShapesFilled(series, point.filled());
            renderer.setSeriesShape(series, new java.awt.geom.Ellipse2D.Double(-4.5, -4.5, 9, 9));
        }
        renderer.setUseOutlinePaint(false);
        Charts.shareAxis(plot);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setRange(Math.floor(lowest * 20) / 20, 1.0);
        IntervalMarker band = new IntervalMarker(BAND_LOW, BAND_HIGH, BAND);
        plot.addRangeMarker(band, Layer.BACKGROUND);
        ValueMarker nominal = new ValueMarker(
                NOMINAL,
                LINE,
                new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {5f, 3f}, 0f));
        nominal.setLabel(texts.get("intervals.nominal"));
        nominal.setLabelFont(new Font("SansSerif", Font.PLAIN, 11));
        nominal.setLabelPaint(LINE);
        nominal.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        nominal.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        nominal.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(nominal, Layer.BACKGROUND);
        JFreeChart chart = Charts.chart(title, plot, true);
        org.jfree.chart.title.TextTitle key =
                new org.jfree.chart.title.TextTitle(texts.get("intervals.key"), new Font("SansSerif", Font.PLAIN, 11));
        key.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
        chart.addSubtitle(key);
        return chart;
    }
}
