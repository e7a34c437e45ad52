package io.longitude.dashboard.trajectories;

import io.longitude.dashboard.charts.Texts;
import io.longitude.dashboard.network.Picture;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.jfree.graphics2d.svg.SVGHints;

/**
 * Trajectories as flows: one panel per pair of waves, the levels of the first wave on the left and of the second on
 * the right, each block as tall as its candidates, and a ribbon per (from, to) as wide as the candidates who moved
 * that way. Panels are not chained into one Sankey across all waves, because each pair counts only the candidates
 * answering in both of its waves, so a wave's totals differ from one pair to the next. In SVG each ribbon is an
 * element with id {@code flow-<wave>-<wave>-from<i>-to<j>-n<count>}.
 */
public record FlowPicture(List<FlowPanel> panels, String title, Texts texts) implements Picture {
    static final Color[] LEVEL_COLOURS = {new Color(0xbc4b51), new Color(0xf4a259), new Color(0x5b8e7d)};
    private static final int COLUMNS = 3;
    private static final int PANEL_WIDTH = 320;
    private static final int PANEL_HEIGHT = 270;
    private static final int TOP = 50;
    private static final double BAR = 14;
    private static final double GAP = 8;
    private static final double FLOW_HEIGHT = 190;

    public FlowPicture {
        panels = List.copyOf(panels);
    }

    @Override
    public int width() {
        return COLUMNS * PANEL_WIDTH;
    }

    @Override
    public int height() {
        return TOP + Math.max(1, (panels.size() + COLUMNS - 1) / COLUMNS) * PANEL_HEIGHT;
    }

    @Override
    public void draw(Graphics2D graphics) {
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width(), height());
        graphics.setColor(new Color(0x1d2433));
        graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        graphics.drawString(title, 20, 28);
        if (panels.isEmpty()) {
            graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            graphics.drawString(texts.get("figure.not-available"), 20, 80);
            return;
        }
        for (int i = 0; i < panels.size(); i++) {
            panel(graphics, panels.get(i), (i % COLUMNS) * PANEL_WIDTH, TOP + (i / COLUMNS) * PANEL_HEIGHT);
        }
    }

    private void panel(Graphics2D graphics, FlowPanel panel, double left, double top) {
        graphics.setColor(new Color(0x1d2433));
        graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        String heading = panel.before() + " → " + panel.after() + " · n = " + panel.total()
                + (panel.fromMetricTable() ? "" : " · " + texts.get("trajectories.from-lake"));
        graphics.drawString(heading, (float) left + 20, (float) top + 14);
        if (panel.total() == 0) {
            graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            graphics.drawString(texts.get("figure.not-available"), (float) left + 20, (float) top + 60);
            return;
        }
        double scale = (FLOW_HEIGHT - 2 * GAP) / panel.total();
        double leftX = left + 95;
        double rightX = left + PANEL_WIDTH - 95 - BAR;
        double blocksTop = top + 30;
        double[] fromTop = new double[FlowPanel.LEVELS];
        double[] toTop = new double[FlowPanel.LEVELS];
        double y = blocksTop;
        double z = blocksTop;
        graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int level = 0; level < FlowPanel.LEVELS; level++) {
            fromTop[level] = y;
            toTop[level] = z;
            double fromHeight = panel.fromTotal(level) * scale;
            double toHeight = panel.toTotal(level) * scale;
            graphics.setColor(LEVEL_COLOURS[level]);
            graphics.fill(new Rectangle2D.Double(leftX, y, BAR, fromHeight));
            graphics.fill(new Rectangle2D.Double(rightX, z, BAR, toHeight));
            graphics.setColor(new Color(0x1d2433));
            String name = texts.get("integration." + level);
            graphics.drawString(name, (float) left + 6, (float) (y + fromHeight / 2 - 2));
            graphics.drawString(
                    Long.toString(panel.fromTotal(level)), (float) left + 6, (float) (y + fromHeight / 2 + 11));
            graphics.drawString(name, (float) (rightX + BAR + 6), (float) (z + toHeight / 2 - 2));
            graphics.drawString(
                    Long.toString(panel.toTotal(level)), (float) (rightX + BAR + 6), (float) (z + toHeight / 2 + 11));
            y += fromHeight + GAP;
            z += toHeight + GAP;
        }
        double[] fromOffset = fromTop.clone();
        double[] toOffset = toTop.clone();
        for (int from = 0; from < FlowPanel.LEVELS; from++) {
            for (int to = 0; to < FlowPanel.LEVELS; to++) {
                long count = panel.count(from, to);
                if (count == 0) {
                    continue;
                }
                double width = count * scale;
                ribbon(
                        graphics,
                        leftX + BAR,
                        fromOffset[from],
                        rightX,
                        toOffset[to],
                        width,
                        LEVEL_COLOURS[from],
                        "flow-" + panel.before() + "-" + panel.after() + "-from" + from + "-to" + to + "-n" + count);
                fromOffset[from] += width;
                toOffset[to] += width;
            }
        }
    }

    private static void ribbon(
            Graphics2D graphics, double x0, double y0, double x1, double y1, double width, Color colour, String id) {
        double middle = (x0 + x1) / 2;
        GeneralPath path = new GeneralPath();
        path.moveTo(x0, y0);
        path.curveTo(middle, y0, middle, y1, x1, y1);
        path.lineTo(x1, y1 + width);
        path.curveTo(middle, y1 + width, middle, y0 + width, x0, y0 + width);
        path.closePath();
        graphics.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 140));
        if (graphics instanceof SVGGraphics2D) {
            graphics.setRenderingHint(SVGHints.KEY_ELEMENT_ID, id);
        }
        graphics.fill(path);
        graphics.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 220));
        graphics.setStroke(new BasicStroke(0.5f));
        graphics.draw(path);
    }
}
