package io.longitude.dashboard.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A row of square heat maps sharing their vertical axis, one panel per wave or pair of waves: a block per cell,
 * coloured by its shade (0 to 1) through a {@link LookupPaintScale}, with its text written in it.
 */
final class HeatMap {
    /** One cell: column {@code x}, row {@code y}, colour {@code shade} in [0, 1], {@code text} written in the block. */
    record Cell(int x, int y, double shade, String text) {}

    private final Map<String, List<Cell>> panels = new LinkedHashMap<>();

    void put(String panel, Cell cell) {
        panels.computeIfAbsent(panel, key -> new ArrayList<>()).add(cell);
    }

    Map<String, List<Cell>> panels() {
        return panels;
    }

    /** The XYZ dataset of one panel: x, y and shade of each cell. */
    DefaultXYZDataset dataset(String panel) {
        List<Cell> cells = panels.getOrDefault(panel, List.of());
        double[][] data = new double[3][cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            data[0][i] = cells.get(i).x();
            data[1][i] = cells.get(i).y();
            data[2][i] = cells.get(i).shade();
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(panel, data);
        return dataset;
    }

    /** The combined plot; {@code levels} name the columns and rows, {@code xLabel} suffixes each panel's name. */
    CombinedRangeXYPlot plot(String[] levels, String xLabel, String yLabel) {
        SymbolAxis rows = new SymbolAxis(yLabel, levels);
        rows.setRange(-0.5, levels.length - 0.5);
        rows.setGridBandsVisible(false);
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(rows);
        combined.setGap(12);
        for (String panel : panels.keySet()) {
            SymbolAxis columns = new SymbolAxis(panel + " · " + xLabel, levels);
            columns.setRange(-0.5, levels.length - 0.5);
            columns.setGridBandsVisible(false);
            columns.setTickLabelFont(new Font("SansSerif", Font.PLAIN, 9));
            XYBlockRenderer renderer = new XYBlockRenderer();
            renderer.setPaintScale(scale());
            XYPlot plot = new XYPlot(dataset(panel), columns, new NumberAxis(), renderer);
            Charts.style(plot);
            plot.setDomainGridlinesVisible(false);
            plot.setRangeGridlinesVisible(false);
            for (Cell cell : panels.get(panel)) {
                XYTextAnnotation text = new XYTextAnnotation(cell.text(), cell.x(), cell.y());
                text.setFont(new Font("SansSerif", Font.PLAIN, 11));
                text.setPaint(cell.shade() > 0.55 ? Color.WHITE : Color.BLACK);
                plot.addAnnotation(text);
            }
            combined.add(plot);
        }
        Charts.style(combined);
        return combined;
    }

    /** White to the palette's blue in ten steps. */
    static LookupPaintScale scale() {
        LookupPaintScale scale = new LookupPaintScale(0, 1.000001, Color.WHITE);
        Color blue = Charts.PALETTE[0];
        for (int step = 0; step < 10; step++) {
            double share = (step + 0.5) / 10;
            scale.add(
                    step / 10.0,
                    new Color(
                            mix(255, blue.getRed(), share),
                            mix(255, blue.getGreen(), share),
                            mix(255, blue.getBlue(), share)));
        }
        return scale;
    }

    private static int mix(int from, int to, double share) {
        return (int) Math.round(from + (to - from) * share);
    }
}
