package io.longitude.dashboard.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.disclosure.DisclosureRule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class TestReportOutputs {
    private static final Locale FRENCH = Locale.forLanguageTag("fr");

    @Test
    void pdfHasVectorChartsPageNumbersAndAMethodsAnnex() throws IOException {
        FunderReport report = report(7, Locale.ENGLISH);
        byte[] pdf = RenderedOutputs.pdf(report, Locale.ENGLISH);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            List<Object> images = new ArrayList<>();
            int forms = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    Object object = page.getResources().getXObject(name);
                    if (object instanceof PDImageXObject) {
                        images.add(object);
                    } else if (object instanceof PDFormXObject) {
                        forms++;
                    }
                }
            }
            assertThat(images).as("charts are vectors, not bitmaps").isEmpty();
            assertThat(forms).isEqualTo(ReportCharts.SLUGS.size());
            String text = RenderedOutputs.pdfText(pdf);
            assertThat(text)
                    .contains(
                            "Page 1 of " + pages,
                            "Page " + pages + " of " + pages,
                            "Key findings",
                            "Methods",
                            "Disclosure control (k = 5)",
                            "Denominators",
                            "Waves",
                            "Weighting",
                            RandomProgramme.VERSIONS,
                            "< 5: a count of 1 to 4 people, hidden.",
                            "×: hidden so that another hidden figure cannot be worked out");
            assertThat(text.indexOf("Key findings"))
                    .as("the key findings come first")
                    .isLessThan(text.indexOf("Funnel"));
            assertThat(text.indexOf(RandomProgramme.VERSIONS))
                    .as("provenance only in the annex")
                    .isGreaterThan(text.indexOf("Methods"));
        }
    }

    @Test
    void reportIsInDutchFrenchAndEnglish() {
        assertThat(RenderedOutputs.reportHtml(report(3, Locale.forLanguageTag("nl")), Locale.forLanguageTag("nl")))
                .contains("Impactrapport P", "Statistische geheimhouding (k = 5)", "lang=\"nl\"");
        assertThat(RenderedOutputs.reportHtml(report(3, FRENCH), FRENCH))
                .contains("Rapport d&#39;impact P", "Secret statistique (k = 5)");
        assertThat(RenderedOutputs.pdfText(RenderedOutputs.pdf(report(3, FRENCH), FRENCH)))
                .contains("Méthodes", "Page 1 sur");
        assertThat(RenderedOutputs.reportHtml(report(3, Locale.ENGLISH), Locale.ENGLISH))
                .contains("Impact report P");
    }

    @Test
    void chartsDrawOnlyShownValues() {
        for (int seed = 0; seed < 10; seed++) {
            FunderReport report = report(seed, Locale.ENGLISH);
            List<Double> shown = report.tables().stream()
                    .flatMap(table -> table.rows().stream())
                    .flatMap(row -> row.cells().stream())
                    .map(ReportCell::shown)
                    .filter(value -> value != null)
                    .toList();
            long hiddenShares = report.tables().stream()
                    .flatMap(table -> table.rows().stream())
                    .filter(ReportRow::share)
                    .flatMap(row -> row.cells().stream())
                    .filter(ReportCell::hidden)
                    .count();
            for (String slug : ReportCharts.SLUGS) {
                JFreeChart chart = ReportCharts.chart(slug, report, key -> key);
                CategoryDataset dataset = ((CategoryPlot) chart.getPlot()).getDataset();
                for (int row = 0; row < dataset.getRowCount(); row++) {
                    for (int column = 0; column < dataset.getColumnCount(); column++) {
                        Number value = dataset.getValue(row, column);
                        if (value != null) {
                            assertThat(shown).as("seed %d chart %s", seed, slug).contains(value.doubleValue());
                        }
                    }
                }
            }
            assertThat(hiddenShares).isGreaterThanOrEqualTo(0);
        }
        FunderReport report = report(11, Locale.ENGLISH);
        ReportRow rates =
                report.row("response", "report.row.response-rate", "W0").orElseThrow();
        CategoryDataset dataset =
                ((CategoryPlot) ReportCharts.response(report, key -> key).getPlot()).getDataset();
        for (int column = 0; column < report.columns().size(); column++) {
            ReportCell cell = rates.cells().get(column);
            String series = report.columns().get(column);
            Number bar = dataset.getRowIndex(series) < 0 || dataset.getColumnIndex("W0") < 0
                    ? null
                    : dataset.getValue(series, "W0");
            assertThat(bar == null ? null : bar.doubleValue())
                    .as("bar of %s", series)
                    .isEqualTo(cell.shown());
        }
    }

    @Test
    void csvIsFormulaSafe() {
        assertThat(ReportCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ReportCsv.field("+1")).isEqualTo("'+1");
        assertThat(ReportCsv.field("-1")).isEqualTo("'-1");
        assertThat(ReportCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ReportCsv.field("< 5")).isEqualTo("< 5");
        String csv = RenderedOutputs.csv(report(5, Locale.ENGLISH), Locale.ENGLISH);
        assertThat(csv)
                .startsWith("programme_id,table,table_title,row,column,value,unit,status,cell\r\n")
                .contains(RandomProgramme.VERSIONS);
        for (List<String> record : RenderedOutputs.records(csv)
                .subList(1, RenderedOutputs.records(csv).size())) {
            if (record.get(1).equals("note") || record.get(1).equals("as-of")) {
                continue;
            }
            String value = record.get(5);
            switch (record.get(7)) {
                case "shown" ->
                    assertThat(value)
                            .as("a shown value is a number with a dot: %s", record)
                            .matches("\\d+(\\.\\d+)?");
                case "primary", "complementary", "empty", "too_few" ->
                    assertThat(value).as("a hidden value is empty: %s", record).isEmpty();
                default -> throw new AssertionError("Unknown status " + record);
            }
            assertThat(record.get(6)).isIn("people", "ties", "share");
            if (record.get(6).equals("share") && !value.isEmpty()) {
                assertThat(Double.parseDouble(value)).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void hiddenValuesKeepTheirPlaceWithTheirMarkInCharts() {
        for (int seed = 0; seed < 8; seed++) {
            FunderReport report = report(seed, Locale.ENGLISH);
            JFreeChart chart = ReportCharts.integration(report, key -> key);
            CategoryDataset dataset = ((CategoryPlot) chart.getPlot()).getDataset();
            MarkedBarRenderer renderer = (MarkedBarRenderer) ((CategoryPlot) chart.getPlot()).getRenderer();
            for (String wave : report.waves()) {
                ReportRow row = report.row("integration", "report.row.share.integrated", wave)
                        .orElseThrow();
                for (int column = 0; column < report.columns().size(); column++) {
                    ReportCell cell = row.cells().get(column);
                    if (cell.hidden()) {
                        assertThat(dataset.getValue(report.columns().get(column), wave))
                                .as("no bar for a hidden cell")
                                .isNull();
                        assertThat(renderer.hasMarks())
                                .as("a hidden cell is marked")
                                .isTrue();
                    }
                }
            }
        }
    }

    @Test
    void keyFindingsUseOnlyShownFiguresAndAreTranslated() {
        for (Locale locale : List.of(Locale.ENGLISH, FRENCH, Locale.forLanguageTag("nl"))) {
            FunderReport report = report(3, locale);
            List<Finding> findings = KeyFindings.of(report, RenderedOutputs.MESSAGES, locale);
            assertThat(findings).as("findings in %s", locale).isNotEmpty();
            for (Finding finding : findings) {
                assertThat(finding.text()).doesNotContain("{", "}", "report.");
                if (!locale.equals(Locale.ENGLISH)) {
                    assertThat(finding.text()).doesNotContain(" candidates enrolled", " of them ");
                }
            }
        }
    }

    @Test
    void thresholdIsConfigurable() {
        RandomProgramme programme = new RandomProgramme(2);
        FunderReport ten = RenderedOutputs.report(
                ProgrammeCounts.of(RandomProgramme.PROGRAMME, programme.editions, programme.rows),
                new DisclosureRule(10),
                Locale.ENGLISH);
        assertThat(ten.symbol()).isEqualTo("< 10");
        ten.tables().stream()
                .flatMap(table -> table.rows().stream())
                .filter(row -> !row.share())
                .flatMap(row -> row.cells().stream())
                .filter(cell -> cell.shown() != null)
                .filter(cell -> ReaderModel.SENSITIVE_MEASURES.contains(ProgrammeCounts.measure(cell.key())))
                .forEach(cell -> assertThat(cell.shown()).as(cell.key()).matches(value -> value == 0 || value >= 10));
        ten.tables().stream()
                .flatMap(table -> table.rows().stream())
                .flatMap(row -> row.cells().stream())
                .filter(ReportCell::primary)
                .forEach(cell -> assertThat(cell.display()).isEqualTo("< 10"));
    }

    private static FunderReport report(int seed, Locale locale) {
        RandomProgramme programme = new RandomProgramme(seed);
        return RenderedOutputs.report(
                ProgrammeCounts.of(RandomProgramme.PROGRAMME, programme.editions, programme.rows),
                DisclosureRule.defaults(),
                locale);
    }
}
