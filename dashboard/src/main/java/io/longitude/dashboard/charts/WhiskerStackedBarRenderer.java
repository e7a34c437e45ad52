package io.longitude.dashboard.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.CategoryDataset;

/** Stacked shares with the 95% interval of each segment, drawn from the segment's base. */
final class WhiskerStackedBarRenderer extends StackedBarRenderer {
    private static final long serialVersionUID = 1L;

    private final transient Whiskers whiskers;

    WhiskerStackedBarRenderer(Whiskers whiskers) {
        this.whiskers = whiskers;
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
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        if (pass == getPassCount() - 1) {
            double base = 0;
            for (int below = 0; below < row; below++) {
                Number value = dataset.getValue(below, column);
                base += value == null ? 0 : value.doubleValue();
            }
            whiskers.draw(g2, dataArea, plot, domainAxis, rangeAxis, row, column, base, dataset.getColumnCount());
        }
    }
}
