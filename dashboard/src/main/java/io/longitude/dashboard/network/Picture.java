package io.longitude.dashboard.network;

import java.awt.Graphics2D;

/**
 * A drawing made with plain Java2D calls, so that one piece of drawing code gives both the SVG (through jfreesvg's
 * {@code SVGGraphics2D}) and the PNG (through a {@code BufferedImage}) of a page's picture.
 */
public interface Picture {
    int width();

    int height();

    /** Draws the whole picture, background included, within (0, 0, width, height). */
    void draw(Graphics2D graphics);
}
