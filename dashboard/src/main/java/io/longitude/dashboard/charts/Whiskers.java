package io.longitude.dashboard.charts;

import io.longitude.core.metrics.Interval;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.Range;

/**
 * 95% interval whiskers drawn over bars, keyed by (series, category). A whisker is clipped to the plot: where it runs
 * beyond the axis range it ends in an arrow head at the plot's edge instead of a cap.
 */
final class Whiskers {
    private static final double CAP = 4;

    private final Map<String, Interval> intervals = new HashMap<>();

    void put(Comparable<?> series, Comparable<?> category, Interval interval) {
        intervals.put(series + "\u0000" + category, interval);
    }

    /** {@code range} widened to every interval's bounds (a null range stays null when there is no interval). */
    Range including(Range range) {
        Range result = range;
        for (Interval interval : intervals.values()) {
            result = Range.expandToInclude(Range.expandToInclude(result, interval.lower()), interval.upper());
        }
        return result;
    }

    /** Draws the whisker of one item at the middle of its category; {@code base} is where a stacked segment starts. */
    void draw(
            Graphics2D g2,
            Rectangle2D dataArea,
            CategoryPlot plot,
            CategoryAxis domainAxis,
            ValueAxis rangeAxis,
            int row,
            int column,
            double base,
            int columns) {
        draw(
                g2,
                dataArea,
                plot,
                rangeAxis,
                row,
                column,
                base,
                domainAxis.getCategoryMiddle(column, columns, dataArea, plot.getDomainAxisEdge()));
    }

    /** Draws the whisker of one item at {@code x} (Java2D). */
    void draw(
            Graphics2D g2,
            Rectangle2D dataArea,
            CategoryPlot plot,
            ValueAxis rangeAxis,
            int row,
            int column,
            double base,
            double x) {
        Interval interval = intervals.get(
                plot.getDataset().getRowKey(row) + "\u0000" + plot.getDataset().getColumnKey(column));
        if (interval == null) {
            return;
        }
        double low = rangeAxis.valueToJava2D(base + interval.lower(), dataArea, plot.getRangeAxisEdge());
        double high = rangeAxis.valueToJava2D(base + interval.upper(), dataArea, plot.getRangeAxisEdge());
        double top = dataArea.getMinY();
        double bottom = dataArea.getMaxY();
        g2.setPaint(Color.DARK_GRAY);
        g2.setStroke(new BasicStroke(1.2f));
        g2.draw(new Line2D.Double(x, clip(low, top, bottom), x, clip(high, top, bottom)));
        end(g2, x, low, top, bottom);
        end(g2, x, high, top, bottom);
    }

    private static double clip(double y, double top, double bottom) {
        return Math.max(top, Math.min(bottom, y));
    }

    /** A cap where the whisker ends inside the plot; an arrow head at the edge where it leaves the plot. */
    private static void end(Graphics2D g2, double x, double y, double top, double bottom) {
        if (y >= top && y <= bottom) {
            g2.draw(new Line2D.Double(x - CAP, y, x + CAP, y));
            return;
        }
        double edge = y < top ? top : bottom;
        double direction = y < top ? 1 : -1;
        Path2D arrow = new Path2D.Double();
        arrow.moveTo(x, edge);
        arrow.lineTo(x - CAP, edge + direction * CAP * 1.6);
        arrow.lineTo(x + CAP, edge + direction * CAP * 1.6);
        arrow.closePath();
        g2.fill(arrow);
    }
}
