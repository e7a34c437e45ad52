package io.longitude.dashboard.network;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Renders a {@link Picture} as an SVG document or as PNG bytes, and wraps either in a response. */
public final class Pictures {
    public static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

    private Pictures() {}

    public static String svg(Picture picture) {
        SVGGraphics2D graphics = new SVGGraphics2D(picture.width(), picture.height());
        picture.draw(graphics);
        return graphics.getSVGDocument();
    }

    public static byte[] png(Picture picture) {
        BufferedImage image = new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            picture.draw(graphics);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a picture as PNG: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    public static ResponseEntity<String> svgResponse(Picture picture) {
        return ResponseEntity.ok().contentType(SVG).body(svg(picture));
    }

    public static ResponseEntity<byte[]> pngResponse(Picture picture) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png(picture));
    }
}
