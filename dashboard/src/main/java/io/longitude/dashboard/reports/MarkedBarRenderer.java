package io.longitude.dashboard.reports;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.category.CategoryDataset;

/**
 * Bars that show a hidden value as what it is: where a cell is hidden, the bar's place stays empty and its mark ("< 5"
 * or "×") stands on the axis in a dashed outline, so a hidden bar can never read as a zero nor as a missing edition.
 */
final class MarkedBarRenderer extends BarRenderer {
    private static final Font MARK_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 11);
    private static final Color MARK_COLOUR = new Color(0x555555);

    /** (series, category) → mark. */
    private final Map<List<Comparable<?>>, String> marks = new HashMap<>();

    void mark(Comparable<?> series, Comparable<?> category, String mark) {
        marks.put(List.of(series, category), mark);
    }

    boolean hasMarks() {
        return !marks.isEmpty();
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
        String mark = marks.get(List.of(dataset.getRowKey(row), dataset.getColumnKey(column)));
        if (mark == null || dataset.getValue(row, column) != null) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            return;
        }
        if (pass != 0) {
            return;
        }
        double left = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, row, column);
        double width = Math.max(state.getBarWidth() - 2, 4);
        double base = rangeAxis.valueToJava2D(0, dataArea, plot.getRangeAxisEdge());
        // Low and flat, so the outline is not read as a bar of some height.
        double height = Math.min(16, dataArea.getHeight() / 6);
        g2.setPaint(MARK_COLOUR);
        g2.setStroke(new java.awt.BasicStroke(
                1f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f));
        g2.draw(new Rectangle2D.Double(left + (state.getBarWidth() - width) / 2, base - height, width, height));
        g2.setFont(state.getBarWidth() < 12 ? MARK_FONT.deriveFont(9f) : MARK_FONT);
        float textWidth = g2.getFontMetrics().stringWidth(mark);
        g2.drawString(mark, (float) (left + state.getBarWidth() / 2 - textWidth / 2), (float) (base - height - 3));
    }
}
