package io.longitude.dashboard.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;

/** Lines over the categories, with the 95% interval of each point. */
final class WhiskerLineRenderer extends LineAndShapeRenderer {
    private static final long serialVersionUID = 1L;
    /** Pixels between the whiskers of neighbouring series at one category, so they do not hide each other. */
    private static final double SPREAD = 6;

    private final transient Whiskers whiskers;

    WhiskerLineRenderer(Whiskers whiskers) {
        super(true, true);
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
            double middle =
                    domainAxis.getCategoryMiddle(column, dataset.getColumnCount(), dataArea, plot.getDomainAxisEdge());
            double offset = (row - (dataset.getRowCount() - 1) / 2.0) * SPREAD;
            whiskers.draw(g2, dataArea, plot, rangeAxis, row, column, 0, middle + offset);
        }
    }

    /** The axis range takes in the whiskers too, so an automatic axis never cuts an interval. */
    @Override
    public Range findRangeBounds(CategoryDataset dataset) {
        return whiskers.including(super.findRangeBounds(dataset));
    }
}
