package io.longitude.dashboard.reports;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;

/**
 * The impact report as a paginated A4 PDF: title and key findings, the charts drawn as vectors (JFreeChart painted
 * through pdfbox's Graphics2D into form XObjects, no bitmap), the suppressed tables, the marks explained, a methods
 * annex, and "page i / n" on every page. Text uses the standard Helvetica, so characters outside WinAnsi are replaced.
 */
final class ReportPdf {
    private static final float MARGIN = 45;
    private static final float LABEL_WIDTH = 235;
    private static final float LINE = 11;
    private static final float CHART_WIDTH = 505;
    private static final float CHART_HEIGHT = 270;

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream content;
    private float y;

    private ReportPdf() {}

    /**
     * @param findings the first page's key findings
     * @param notes the marks explained, one sentence each
     * @param texts localised texts by message key (with the report's arguments already applied where needed)
     * @param annex the methods annex: a heading and its paragraphs, in order
     */
    static byte[] write(
            FunderReport report,
            String title,
            List<Finding> findings,
            List<JFreeChart> charts,
            List<String> notes,
            List<String[]> annex,
            Function<String, String> texts) {
        ReportPdf pdf = new ReportPdf();
        try {
            return pdf.render(report, title, findings, charts, notes, annex, texts);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot write report PDF of " + report.programmeId() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Page 1: the title and the key findings in plain words, then the charts (the first where the findings leave room),
     * the tables with the programme's column first, the marks explained, and the methods annex with the provenance.
     * Sections flow on from one page to the next instead of each starting a page, so no page is left nearly blank.
     */
    private byte[] render(
            FunderReport report,
            String title,
            List<Finding> findings,
            List<JFreeChart> charts,
            List<String> notes,
            List<String[]> annex,
            Function<String, String> texts)
            throws IOException {
        newPage();
        text(bold, 18, MARGIN, title);
        y -= 6;
        text(bold, 13, MARGIN, texts.apply("report.findings"));
        y -= 2;
        for (Finding finding : findings) {
            space(3 * LINE);
            y -= 5;
            text(bold, 10, MARGIN, finding.heading());
            paragraph(regular, 10, finding.text(), 13);
        }
        y -= 8;
        for (JFreeChart chart : charts) {
            space(CHART_HEIGHT + 10);
            chart(chart);
        }
        for (ReportTable table : report.tables()) {
            table(table);
        }
        y -= 6;
        for (String note : notes) {
            paragraph(regular, 8, note, LINE);
        }
        // The annex starts a page of its own only when it would not fit below the tables but fits on one page: a page
        // is never left with the annex's last lines alone on it.
        float annexHeight = annexHeight(annex);
        float room = y - (MARGIN + 20);
        if (annexHeight > room && annexHeight < PDRectangle.A4.getHeight() - 2 * MARGIN - 20) {
            newPage();
        } else {
            space(8 * LINE);
        }
        y -= 12;
        text(bold, 14, MARGIN, texts.apply("report.annex"));
        for (String[] section : annex) {
            space(3 * LINE);
            y -= 4;
            text(bold, 11, MARGIN, section[0]);
            for (int i = 1; i < section.length; i++) {
                paragraph(regular, 9, section[i], LINE);
            }
        }
        content.close();
        numberPages(texts.apply("report.pdf.page"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        document.close();
        return out.toByteArray();
    }

    /** The height the annex takes, as {@link #render} writes it. */
    private float annexHeight(List<String[]> annex) throws IOException {
        float height = 12 + Math.max(LINE, 17);
        for (String[] section : annex) {
            height += 4 + LINE + 3;
            for (int i = 1; i < section.length; i++) {
                height += lines(regular, 9, section[i]) * LINE;
            }
        }
        return height;
    }

    /** How many lines {@link #paragraph} wraps the text into. */
    private static int lines(PDType1Font font, float size, String paragraph) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        int lines = 0;
        StringBuilder line = new StringBuilder();
        for (String word : safe(font, paragraph).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                lines++;
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        return line.isEmpty() ? lines : lines + 1;
    }

    private void table(ReportTable table) throws IOException {
        space(4 * LINE);
        y -= 8;
        text(bold, 11, MARGIN, table.title());
        float columnWidth = (PDRectangle.A4.getWidth() - 2 * MARGIN - LABEL_WIDTH)
                / table.columns().size();
        row(bold, "", table.columns(), columnWidth);
        for (ReportRow row : table.rows()) {
            space(LINE);
            row(
                    regular,
                    row.label(),
                    row.cells().stream().map(ReportCell::display).toList(),
                    columnWidth);
        }
    }

    private void row(PDType1Font font, String label, List<String> values, float columnWidth) throws IOException {
        space(LINE);
        text(font, 8, MARGIN, fit(font, 8, label, LABEL_WIDTH - 6));
        y += LINE;
        for (int column = 0; column < values.size(); column++) {
            String value = safe(font, values.get(column));
            float width = font.getStringWidth(value) / 1000 * 8;
            float right = MARGIN + LABEL_WIDTH + (column + 1) * columnWidth - 4;
            if (!value.isEmpty()) {
                text(font, 8, right - width, value);
                y += LINE;
            }
        }
        y -= LINE;
    }

    private void chart(JFreeChart chart) throws IOException {
        PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, CHART_WIDTH, CHART_HEIGHT);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, CHART_WIDTH, CHART_HEIGHT));
        graphics.dispose();
        PDFormXObject form = graphics.getXFormObject();
        y -= CHART_HEIGHT;
        content.saveGraphicsState();
        content.transform(Matrix.getTranslateInstance(MARGIN, y));
        content.drawForm(form);
        content.restoreGraphicsState();
        y -= 10;
    }

    private void paragraph(PDType1Font font, float size, String paragraph, float leading) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        StringBuilder line = new StringBuilder();
        for (String word : safe(font, paragraph).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                space(leading);
                text(font, size, MARGIN, line.toString(), leading);
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            space(leading);
            text(font, size, MARGIN, line.toString(), leading);
        }
    }

    private void text(PDType1Font font, float size, float x, String text) throws IOException {
        text(font, size, x, text, Math.max(LINE, size + 3));
    }

    private void text(PDType1Font font, float size, float x, String text, float leading) throws IOException {
        y -= leading;
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(safe(font, text));
        content.endText();
    }

    /** Starts a new page when fewer than {@code needed} points are left above the footer. */
    private void space(float needed) throws IOException {
        if (y - needed < MARGIN + 20) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void numberPages(String pattern) throws IOException {
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                String text = safe(
                        regular,
                        pattern.replace("{0}", Integer.toString(i + 1)).replace("{1}", Integer.toString(total)));
                float width = regular.getStringWidth(text) / 1000 * 8;
                footer.beginText();
                footer.setFont(regular, 8);
                footer.newLineAtOffset((PDRectangle.A4.getWidth() - width) / 2, MARGIN / 2);
                footer.showText(text);
                footer.endText();
            }
        }
    }

    private static String fit(PDType1Font font, float size, String text, float width) throws IOException {
        String safe = safe(font, text);
        if (font.getStringWidth(safe) / 1000 * size <= width) {
            return safe;
        }
        String cut = safe;
        while (!cut.isEmpty() && font.getStringWidth(cut + "...") / 1000 * size > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "...";
    }

    /** The text with every character the font cannot encode replaced ({@code ≥} by {@code >=}, others by "?"). */
    static String safe(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder();
        for (String part : splitCodePoints(text.replace("≥", ">=")
                .replace("≤", "<=")
                .replace("−", "-")
                .replace('\u00a0', ' ')
                .replace('\u202f', ' '))) {
            try {
                font.encode(part);
                out.append(part);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        }
        return out.toString();
    }

    private static List<String> splitCodePoints(String text) {
        List<String> parts = new ArrayList<>();
        text.codePoints().forEach(codePoint -> parts.add(new String(Character.toChars(codePoint))));
        return parts;
    }
}
