package io.longitude.dashboard.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;

/** Bars of one series with their 95% interval. */
final class WhiskerBarRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;

    private final transient Whiskers whiskers;

    WhiskerBarRenderer(Whiskers whiskers) {
        this.whiskers = whiskers;
    }

    private static int visibleRow(CategoryItemRendererState state, int row) {
        int visible = state.getVisibleSeriesIndex(row);
        return visible < 0 ? row : visible;
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
            double x = calculateBarW0(
                            plot, plot.getOrientation(), dataArea, domainAxis, state, visibleRow(state, row), column)
                    + state.getBarWidth() / 2;
            whiskers.draw(g2, dataArea, plot, rangeAxis, row, column, 0, x);
        }
    }

    /** The axis range takes in the whiskers too, so an automatic axis never cuts an interval. */
    @Override
    public Range findRangeBounds(CategoryDataset dataset) {
        return whiskers.including(super.findRangeBounds(dataset));
    }
}
