package io.longitude.dashboard.reports;

import io.longitude.core.disclosure.DisclosureRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.JFreeChart;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a programme's funder outputs with the application's own templates, messages, CSV and PDF writers, and
 * parses each back into "cell key → what it displays", reading only the rendered bytes (the PDF through pdfbox's text
 * extraction).
 */
final class RenderedOutputs {
    static final ResourceBundleMessageSource MESSAGES = messages();
    private static final SpringTemplateEngine TEMPLATES = templates();
    private static final MockServletContext SERVLET = new MockServletContext();
    private static final Pattern HTML_CELL =
            Pattern.compile("<td[^>]*data-cell=\"([^\"]*)\"[^>]*data-state=\"([^\"]*)\"[^>]*>([^<]*)</td>");
    private static final Pattern PDF_TOKEN = Pattern.compile("< \\d+|×|–|\\d+ ?%|\\d+");

    private RenderedOutputs() {}

    static FunderReport report(Figures figures, DisclosureRule rule, Locale locale) {
        return FunderReports.render(figures, rule, MESSAGES, locale);
    }

    static String reportHtml(FunderReport report, Locale locale) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("report", report);
        model.put("charts", ReportCharts.SLUGS);
        model.put("findings", KeyFindings.of(report, MESSAGES, locale));
        model.put("notes", ReportTexts.notes(report, MESSAGES, locale));
        model.put("annex", ReportTexts.annex(report, MESSAGES, locale, "http://longitude.example/methods/intervals"));
        return html("reports/report", "/reports/" + report.programmeId(), model, locale);
    }

    static String portfolioHtml(List<FunderReport> reports, Locale locale) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put(
                "summaries",
                reports.stream()
                        .map(report -> Portfolio.summary(report, report.programmeId()))
                        .toList());
        model.put("notes", ReportTexts.notes(reports.get(0), MESSAGES, locale));
        return html("reports/portfolio", "/portfolio", model, locale);
    }

    static String csv(FunderReport report, Locale locale) {
        return ReportCsv.write(report, ReportTexts.notes(report, MESSAGES, locale));
    }

    static byte[] pdf(FunderReport report, Locale locale) {
        Function<String, String> texts = ReportTexts.lookup(MESSAGES, locale);
        List<JFreeChart> charts = ReportCharts.SLUGS.stream()
                .map(slug -> ReportCharts.chart(slug, report, texts))
                .toList();
        return ReportPdf.write(
                report,
                MESSAGES.getMessage("report.title", new Object[] {report.programmeId()}, locale),
                KeyFindings.of(report, MESSAGES, locale),
                charts,
                ReportTexts.notes(report, MESSAGES, locale),
                ReportTexts.annex(report, MESSAGES, locale, "http://longitude.example/methods/intervals"),
                texts);
    }

    /** Cell key → display, from the {@code data-cell} cells of a page (absent cells left out). */
    static Map<String, String> parseHtml(String html) {
        Map<String, String> cells = new LinkedHashMap<>();
        Matcher matcher = HTML_CELL.matcher(html);
        while (matcher.find()) {
            if (!matcher.group(1).isEmpty()) {
                cells.merge(unescape(matcher.group(1)), unescape(matcher.group(3)), RenderedOutputs::same);
            }
        }
        return cells;
    }

    /**
     * Cell key → display, from the CSV's value, status and cell columns: a shown count as its number, a shown share as
     * a whole percentage, a primary cell as the rule's "< k", a complementary one as "×".
     */
    static Map<String, String> parseCsv(String csv, DisclosureRule rule) {
        Map<String, String> cells = new LinkedHashMap<>();
        List<List<String>> records = records(csv);
        for (List<String> record : records.subList(1, records.size())) {
            String key = record.get(8);
            if (key.isEmpty()) {
                continue;
            }
            String display = switch (record.get(7)) {
                case "shown" ->
                    record.get(6).equals("share")
                            ? new java.math.BigDecimal(record.get(5))
                                            .movePointRight(2)
                                            .setScale(0, java.math.RoundingMode.HALF_EVEN)
                                    + " %"
                            : record.get(5);
                case "primary" -> rule.symbol();
                case "complementary" -> rule.complementarySymbol();
                default -> "–";
            };
            cells.merge(key, display, RenderedOutputs::same);
        }
        return cells;
    }

    /**
     * Cell key → display, from the PDF's extracted text: each table row is found as the next line starting with its
     * label, and the numbers on that line are given, in order, to the row's non-absent cells.
     */
    static Map<String, String> parsePdf(byte[] pdf, FunderReport layout) {
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines = text.lines().toList();
        Map<String, String> cells = new LinkedHashMap<>();
        int next = 0;
        for (ReportTable table : layout.tables()) {
            for (ReportRow row : table.rows()) {
                String label = row.label();
                int found = -1;
                for (int i = next; i < lines.size(); i++) {
                    if (lines.get(i).equals(label) || lines.get(i).startsWith(label + " ")) {
                        found = i;
                        break;
                    }
                }
                if (found < 0) {
                    throw new AssertionError("PDF has no row " + label + " of table " + table.id());
                }
                next = found + 1;
                List<String> tokens = new ArrayList<>();
                Matcher matcher = PDF_TOKEN.matcher(lines.get(found).substring(label.length()));
                while (matcher.find()) {
                    tokens.add(matcher.group());
                }
                List<ReportCell> present = row.cells().stream()
                        .filter(cell -> !cell.state().equals(ReportCell.ABSENT))
                        .toList();
                if (tokens.size() != present.size()) {
                    throw new AssertionError("PDF row " + label + " shows " + tokens + " for " + present.size()
                            + " cells: " + lines.get(found));
                }
                for (int i = 0; i < tokens.size(); i++) {
                    cells.merge(present.get(i).key(), tokens.get(i), RenderedOutputs::same);
                }
            }
        }
        return cells;
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String same(String first, String second) {
        if (!first.equals(second)) {
            throw new AssertionError("One cell shows two values in one output: " + first + " and " + second);
        }
        return first;
    }

    private static String html(String template, String path, Map<String, Object> model, Locale locale) {
        MockHttpServletRequest request = new MockHttpServletRequest(SERVLET, "GET", path);
        JakartaServletWebApplication application = JakartaServletWebApplication.buildApplication(SERVLET);
        WebContext context =
                new WebContext(application.buildExchange(request, new MockHttpServletResponse()), locale, model);
        context.setVariable("viewer", null);
        return TEMPLATES.process(template, context);
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
                .trim();
    }

    /** RFC 4180 records. */
    static List<List<String>> records(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        return records;
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static SpringTemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(MESSAGES);
        return engine;
    }
}
