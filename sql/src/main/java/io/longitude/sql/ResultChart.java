package io.longitude.sql;

import java.awt.Color;
import java.awt.Font;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A chart of a console result: one column of labels on x (in the result's order) and one numeric column on y, as bars
 * or a line, drawn with JFreeChart (PNG, or SVG through JFreeSVG). NULL values are left out; at most
 * {@value #MAX_POINTS} points, since a longer axis is unreadable and a result that long is better downloaded.
 */
public final class ResultChart {
    static final int MAX_POINTS = 500;
    private static final Color BAR = new Color(0x1b6ca8);

    public enum Kind {
        BAR,
        LINE
    }

    private ResultChart() {}

    public static Kind kind(String name) {
        try {
            return Kind.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Cannot draw a chart of kind " + name + ", expected bar or line");
        }
    }

    public static JFreeChart draw(QueryRows rows, Kind kind, String x, String y) {
        StructType schema = rows.schema();
        int xIndex = index(schema, x, "x");
        int yIndex = index(schema, y, "y");
        if (!(schema.fields()[yIndex].dataType() instanceof NumericType)) {
            throw new IllegalArgumentException("Cannot draw " + y + " on y, it is not numeric: "
                    + schema.fields()[yIndex].dataType().simpleString());
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Set<String> labels = new HashSet<>();
        for (Row row : rows.rows()) {
            if (row.isNullAt(yIndex)) {
                continue;
            }
            String label = row.isNullAt(xIndex) ? "NULL" : String.valueOf(row.get(xIndex));
            // Repeated labels would be summed into one point by the dataset: number them instead.
            String unique = label;
            for (int copy = 2; !labels.add(unique); copy++) {
                unique = label + " (" + copy + ")";
            }
            if (labels.size() > MAX_POINTS) {
                throw new IllegalArgumentException(
                        "Cannot draw more than " + MAX_POINTS + " points: aggregate the result first");
            }
            dataset.addValue(((Number) row.get(yIndex)).doubleValue(), y, unique);
        }
        JFreeChart chart = kind == Kind.BAR
                ? ChartFactory.createBarChart(null, x, y, dataset, PlotOrientation.VERTICAL, false, false, false)
                : ChartFactory.createLineChart(null, x, y, dataset, PlotOrientation.VERTICAL, false, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setOutlineVisible(false);
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setSeriesPaint(0, BAR);
        } else if (plot.getRenderer() instanceof LineAndShapeRenderer line) {
            line.setSeriesPaint(0, BAR);
            line.setDefaultShapesVisible(true);
        }
        if (dataset.getColumnCount() > 8) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return chart;
    }

    private static int index(StructType schema, String name, String axis) {
        StructField[] fields = schema.fields();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("Cannot draw " + name + " on " + axis
                + ", the result has no such column; its columns are " + String.join(", ", schema.fieldNames()));
    }
}
