package io.longitude.dashboard.publication;

import io.longitude.dashboard.network.Picture;
import io.longitude.dashboard.network.Pictures;
import io.longitude.dashboard.reports.Headline;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.jfree.graphics2d.svg.SVGUnits;
import org.jfree.graphics2d.svg.ViewBox;

/**
 * The headline of a published edition as a picture, 1200 × 630 (the size social networks show a shared link's card
 * at): the edition's name, then up to four figures, each with what it counts and the n it rests on. A hidden figure
 * is written as a word on a hatched tile, never drawn as a number. The same drawing is the share card (PNG) and the
 * picture other sites embed (SVG, which scales to the width it is given).
 *
 * @param title the edition's name ("brussels-sd-pilot · Edition 1")
 * @param subtitle what the picture is ("Public highlights, 3 Dec 2026")
 * @param headlines the figures, in order; at most four are drawn
 * @param note the line at the foot (how small counts are protected)
 */
record SharePicture(String title, String subtitle, List<Headline> headlines, String note) implements Picture {
    static final int WIDTH = 1200;
    static final int HEIGHT = 630;

    private static final Color BAND = new Color(0x1b6ca8);
    private static final Color INK = new Color(0x1d2433);
    private static final Color MUTED = new Color(0x55606e);
    private static final Color TILE = new Color(0xf4f6f9);
    private static final Color HIDDEN = new Color(0x8a6d00);
    private static final Color HATCH = new Color(0xf0e6c8);
    private static final String FONT = "SansSerif";

    SharePicture {
        headlines = List.copyOf(headlines.subList(0, Math.min(4, headlines.size())));
    }

    @Override
    public int width() {
        return WIDTH;
    }

    @Override
    public int height() {
        return HEIGHT;
    }

    byte[] png() {
        return Pictures.png(this);
    }

    /** The drawing as an SVG document with a view box, so that it scales to the width an embedding page gives it. */
    String svg() {
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT, SVGUnits.PX);
        // A fixed prefix for the clip ids (the default is the clock): the same figures give the same document.
        graphics.setDefsKeyPrefix("headline");
        draw(graphics);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + graphics.getSVGElement(null, true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }

    @Override
    public void draw(Graphics2D graphics) {
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, WIDTH, HEIGHT);
        graphics.setColor(BAND);
        graphics.fillRect(0, 0, WIDTH, 130);
        graphics.setColor(Color.WHITE);
        graphics.setFont(new Font(FONT, Font.BOLD, 24));
        graphics.drawString("Longitude", 60, 48);
        graphics.setFont(new Font(FONT, Font.BOLD, 38));
        graphics.drawString(fit(graphics, title, WIDTH - 120), 60, 98);
        graphics.setColor(MUTED);
        graphics.setFont(new Font(FONT, Font.PLAIN, 22));
        graphics.drawString(fit(graphics, subtitle, WIDTH - 120), 60, 172);
        int columns = headlines.size() <= 2 ? headlines.size() : 2;
        int tileWidth = columns == 0 ? 0 : (WIDTH - 120 - (columns - 1) * 30) / columns;
        int tileHeight = headlines.size() <= 2 ? 360 : 180;
        for (int index = 0; index < headlines.size(); index++) {
            int x = 60 + (index % 2) * (tileWidth + 30);
            int y = 200 + (index / 2) * (tileHeight + 20);
            tile(graphics, headlines.get(index), x, y, tileWidth, tileHeight);
        }
        graphics.setColor(MUTED);
        graphics.setFont(new Font(FONT, Font.PLAIN, 17));
        graphics.drawString(fit(graphics, note, WIDTH - 120), 60, 612);
    }

    private static void tile(Graphics2D graphics, Headline headline, int x, int y, int width, int height) {
        graphics.setColor(TILE);
        graphics.fillRect(x, y, width, height);
        if (!headline.shown()) {
            hatch(graphics, x, y, width, height);
        }
        graphics.setColor(headline.shown() ? BAND : HIDDEN);
        graphics.fillRect(x, y, 6, height);
        graphics.setColor(headline.shown() ? INK : HIDDEN);
        graphics.setFont(new Font(FONT, Font.BOLD, headline.shown() ? 64 : 34));
        int valueWidth = graphics.getFontMetrics().stringWidth(headline.value());
        graphics.drawString(headline.value(), x + 28, y + 72);
        graphics.setFont(new Font(FONT, Font.PLAIN, 20));
        FontMetrics metrics = graphics.getFontMetrics();
        // Beside the value where it leaves room for the words, else under it.
        int labelX = x + 28 + valueWidth + 18;
        int textWidth = x + width - 20 - labelX;
        boolean beside = textWidth >= 300;
        if (!beside) {
            labelX = x + 28;
            textWidth = width - 48;
        }
        int lineY = beside ? y + 42 : y + 106;
        int room = (y + height - 16 - lineY) / metrics.getHeight()
                + 1
                - (headline.base().isEmpty() ? 0 : 1);
        List<String> lines = wrap(metrics, headline.label(), textWidth);
        graphics.setColor(INK);
        for (int index = 0; index < Math.min(room, lines.size()); index++) {
            String line = lines.get(index);
            boolean last = index == room - 1 && lines.size() > room;
            graphics.drawString(
                    last ? fit(graphics, line + " " + lines.get(index + 1), textWidth) : line, labelX, lineY);
            lineY += metrics.getHeight();
        }
        if (!headline.base().isEmpty()) {
            graphics.setColor(MUTED);
            graphics.setFont(new Font(FONT, Font.PLAIN, 18));
            graphics.drawString(fit(graphics, headline.base(), textWidth), labelX, lineY);
        }
    }

    private static void hatch(Graphics2D graphics, int x, int y, int width, int height) {
        Graphics2D clipped = (Graphics2D) graphics.create();
        try {
            clipped.clip(new Rectangle2D.Double(x, y, width, height));
            clipped.setColor(HATCH);
            clipped.setStroke(new BasicStroke(6));
            for (int offset = -height; offset < width; offset += 22) {
                clipped.draw(new Line2D.Double(x + offset, y + height, x + offset + height, y));
            }
        } finally {
            clipped.dispose();
        }
    }

    /** The words of {@code text} in lines no wider than {@code width}. */
    static List<String> wrap(FontMetrics metrics, String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && metrics.stringWidth(candidate) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text, cut with an ellipsis where it is wider than {@code width}. */
    private static String fit(Graphics2D graphics, String text, int width) {
        FontMetrics metrics = graphics.getFontMetrics();
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
