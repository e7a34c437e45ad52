package io.longitude.dashboard.reports;

import io.longitude.dashboard.access.Viewer;
import io.longitude.dashboard.audit.Audit;
import io.longitude.dashboard.charts.ChartOutput;
import io.longitude.dashboard.system.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The funder's pages: the portfolio across their programmes and each programme's impact report as HTML, PDF and CSV.
 * Everything here renders a suppressed {@link FunderReport}; every view and export is audited.
 */
@Controller
class ReportController {
    private final FunderReports reports;
    private final MessageSource messages;
    private final Audit audit;

    ReportController(FunderReports reports, MessageSource messages, Audit audit) {
        this.reports = reports;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping("/portfolio")
    String portfolio(Viewer viewer, Model model, Locale locale) {
        List<FunderReport> all = reports.portfolio(viewer, locale);
        List<ReportTable> summaries = all.stream()
                .map(report -> Portfolio.summary(report, report.programmeId()))
                .toList();
        model.addAttribute("summaries", summaries);
        model.addAttribute(
                "together",
                all.size() < 2
                        ? null
                        : Portfolio.rollUp(
                                all,
                                messages.getMessage("portfolio.together.title", null, locale),
                                messages.getMessage("portfolio.together.column", null, locale),
                                locale));
        model.addAttribute("notes", all.isEmpty() ? List.of() : ReportTexts.notes(all.get(0), messages, locale));
        audit.record(viewer, "portfolio.view", "portfolio;lang=" + locale.getLanguage(), cells(summaries));
        return "reports/portfolio";
    }

    @GetMapping("/reports/{programmeId}")
    String report(@PathVariable String programmeId, Viewer viewer, Model model, Locale locale) {
        FunderReport report = reports.report(programmeId, viewer, locale);
        model.addAttribute("report", report);
        model.addAttribute("charts", ReportCharts.SLUGS);
        model.addAttribute("findings", KeyFindings.of(report, messages, locale));
        model.addAttribute("notes", ReportTexts.notes(report, messages, locale));
        model.addAttribute("annex", ReportTexts.annex(report, messages, locale, intervalsPage()));
        audit.record(viewer, "report.view", object(programmeId, locale), cells(report.tables()));
        return "reports/report";
    }

    @GetMapping("/reports/{programmeId}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String programmeId, Viewer viewer, Locale locale) {
        FunderReport report = reports.report(programmeId, viewer, locale);
        Function<String, String> texts = ReportTexts.lookup(messages, locale);
        List<JFreeChart> charts = ReportCharts.SLUGS.stream()
                .map(slug -> ReportCharts.chart(slug, report, texts))
                .toList();
        byte[] pdf = ReportPdf.write(
                report,
                messages.getMessage("report.title", new Object[] {programmeId}, locale),
                KeyFindings.of(report, messages, locale),
                charts,
                ReportTexts.notes(report, messages, locale),
                ReportTexts.annex(report, messages, locale, intervalsPage()),
                texts);
        audit.record(viewer, "report.pdf", object(programmeId, locale), cells(report.tables()));
        return download(pdf, MediaType.APPLICATION_PDF, programmeId + "-" + locale.getLanguage() + ".pdf");
    }

    @GetMapping("/reports/{programmeId}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String programmeId, Viewer viewer, Locale locale) {
        FunderReport report = reports.report(programmeId, viewer, locale);
        String csv = ReportCsv.write(report, ReportTexts.notes(report, messages, locale));
        audit.record(viewer, "report.csv", object(programmeId, locale), cells(report.tables()));
        return download(
                csv.getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                programmeId + "-" + locale.getLanguage() + ".csv");
    }

    @GetMapping("/reports/{programmeId}/charts/{slug}.svg")
    ResponseEntity<String> chart(
            @PathVariable String programmeId, @PathVariable String slug, Viewer viewer, Locale locale) {
        FunderReport report = reports.report(programmeId, viewer, locale);
        JFreeChart chart = ReportCharts.chart(slug, report, ReportTexts.lookup(messages, locale));
        if (chart == null) {
            throw new NotFoundException("No report chart " + slug);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .body(ChartOutput.svg(chart));
    }

    /** The full address of the intervals page as this request reached the server, for the annex's text and PDF. */
    private static String intervalsPage() {
        return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/methods/intervals")
                .toUriString();
    }

    private static String object(String programmeId, Locale locale) {
        return programmeId + ";lang=" + locale.getLanguage();
    }

    private static long cells(List<ReportTable> tables) {
        return tables.stream()
                .mapToLong(table -> table.rows().size() * (long) table.columns().size())
                .sum();
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }
}
