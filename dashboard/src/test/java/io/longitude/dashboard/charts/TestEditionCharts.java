package io.longitude.dashboard.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.metrics.MetricValue;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class TestEditionCharts {
    private static final Texts TEXTS = key -> key;

    @Test
    void everyKindDrawsAsPngAndSvgFromSyntheticRows() {
        List<MetricValue> edition = Synthetic.edition();
        for (ChartKind kind : ChartKind.values()) {
            assertThat(MetricSelection.rows(kind, edition)).as(kind.slug()).isNotEmpty();
            JFreeChart chart = EditionCharts.chart(kind, edition, TEXTS);
            assertThat(chart.getTitle().getText()).isEqualTo("chart." + kind.slug());
            assertThat(ChartOutput.png(chart)).as(kind.slug()).startsWith(0x89, 'P', 'N', 'G');
            assertThat(ChartOutput.svg(chart)).as(kind.slug()).contains("<svg", "</svg>");
        }
    }

    /** Writes every chart with its English labels to target/charts, for a look at them. */
    @Test
    void everyKindDrawsWithItsEnglishLabels() throws Exception {
        java.util.Properties english = new java.util.Properties();
        try (var in = TestEditionCharts.class.getResourceAsStream("/messages.properties")) {
            english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        Texts texts = key -> english.getProperty(key, key);
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "charts"));
        for (ChartKind kind : ChartKind.values()) {
            JFreeChart chart = EditionCharts.chart(kind, Synthetic.edition(), texts);
            java.nio.file.Files.write(folder.resolve(kind.slug() + ".png"), ChartOutput.png(chart));
            assertThat(ChartOutput.svg(chart)).doesNotContain(">chart.", ">axis.", ">series.");
        }
        java.nio.file.Files.write(
                folder.resolve("not-available.png"),
                ChartOutput.png(EditionCharts.chart(ChartKind.STAFF, List.of(), texts)));
    }

    @Test
    void kindWithoutRowsDrawsTheNotAvailableChart() {
        for (ChartKind kind : ChartKind.values()) {
            JFreeChart chart = EditionCharts.chart(kind, List.of(), TEXTS);
            assertThat(chart.getPlot().getNoDataMessage()).isEqualTo("figure.not-available");
            assertThat(ChartOutput.svg(chart)).contains("figure.not-available");
            assertThat(ChartOutput.png(chart)).startsWith(0x89, 'P', 'N', 'G');
        }
    }

    @Test
    void responseChartShowsRateAndRetentionPerWave() {
        CategoryDataset dataset = ((CategoryPlot)
                        EditionCharts.chart(ChartKind.RESPONSE_RATE, Synthetic.edition(), TEXTS)
                                .getPlot())
                .getDataset();

        assertThat(dataset.getRowKeys()).containsExactly("series.response_rate", "series.retention");
        assertThat(dataset.getColumnKeys()).containsExactly("W0", "W1", "W2");
        assertThat(dataset.getValue("series.retention", "W1").doubleValue()).isEqualTo(12.0 / 14);
        assertThat(dataset.getValue("series.retention", "W0")).isNull();
    }

    @Test
    void integrationPutsCompleteCaseAndWeightedSideBySide() {
        CategoryDataset dataset = ((CategoryPlot) EditionCharts.chart(ChartKind.INTEGRATION, Synthetic.edition(), TEXTS)
                        .getPlot())
                .getDataset();

        assertThat(dataset.getColumnKeys())
                .startsWith(
                        "W0 integration.complete-short",
                        "W0 integration.weighted-short",
                        "W1 integration.complete-short");
        assertThat(dataset.getValue("integration.2", "W0 integration.weighted-short")
                        .doubleValue())
                .isEqualTo(0.2);
        assertThat(dataset.getValue("integration.2", "W0 integration.complete-short")
                        .doubleValue())
                .isEqualTo(3.0 / 14);
    }

    @Test
    void doseAndPrePostAndComparisonChartTheirIntervalsRows() {
        CategoryDataset dose = ((CategoryPlot) EditionCharts.chart(ChartKind.DOSE, Synthetic.edition(), TEXTS)
                        .getPlot())
                .getDataset();
        assertThat(dose.getColumnKeys())
                .containsExactly("dose.all 0-3", "dose.all 7-10", "dose.thematic 5-6", "dose.bmc 3-4");
        assertThat(dose.getValue("W1", "dose.all 7-10").doubleValue()).isEqualTo(0.75);

        CategoryDataset prePost = ((CategoryPlot) EditionCharts.chart(ChartKind.PRE_POST, Synthetic.edition(), TEXTS)
                        .getPlot())
                .getDataset();
        assertThat(prePost.getColumnKeys()).containsExactly("W0>W1", "W0>W2");
        assertThat(prePost.getValue(0, 0).doubleValue()).isEqualTo(0.25);

        List<CategoryPlot> panels = ((org.jfree.chart.plot.CombinedDomainCategoryPlot)
                        EditionCharts.chart(ChartKind.COMPARISON, Synthetic.edition(), TEXTS)
                                .getPlot())
                .getSubplots();
        CategoryPlot shares = panels.get(panels.size() - 1);
        assertThat(shares.getRangeAxis().getLabel())
                .as("shares have their own axis, apart from the awareness score")
                .isEqualTo("axis.did.share");
        assertThat(shares.getDataset().getValue("outcome.integrated", "W0>W2").doubleValue())
                .isEqualTo(0.18);
        assertThat(panels.stream()
                        .filter(panel -> panel.getDataset().getRowKeys().contains("outcome.awareness"))
                        .allMatch(panel -> panel.getDataset().getRowCount() == 1))
                .as("the awareness score is alone on its axis")
                .isTrue();
    }

    @Test
    void networkTableHidesParticipantKeysAndRanksTheTopFiveBetweenness() {
        List<MetricValue> rows = MetricSelection.rows(ChartKind.NETWORK, Synthetic.edition());

        assertThat(rows)
                .extracting((MetricValue row) -> row.key().text())
                .noneMatch(key -> key.contains("key-"))
                .contains(
                        "participants",
                        "components",
                        "largest_component_share",
                        "ties_across_desks",
                        "new_ties|W1",
                        "brokerage|desk|liaison")
                .endsWith(
                        "betweenness|rank=1",
                        "betweenness|rank=2",
                        "betweenness|rank=3",
                        "betweenness|rank=4",
                        "betweenness|rank=5");
        assertThat(rows.get(rows.size() - 5).value()).isEqualTo(0.6);
        assertThat(rows.get(rows.size() - 1).value()).isEqualTo(0.2);
        CategoryDataset chart = ((CategoryPlot) EditionCharts.chart(ChartKind.NETWORK, Synthetic.edition(), TEXTS)
                        .getPlot())
                .getDataset();
        assertThat(chart.getColumnKeys())
                .containsExactly(
                        "network.participants", "network.ties", "network.components", "network.ties_across_desks");
    }

    @Test
    void staffDrawsOneLinePerItemOverTheWaves() {
        CategoryDataset staff = ((CategoryPlot) EditionCharts.chart(ChartKind.STAFF, Synthetic.edition(), TEXTS)
                        .getPlot())
                .getDataset();

        assertThat(staff.getRowKeys())
                .as("the items by their name in the reader's language")
                .containsExactly("staff.item.staff_sd_1", "staff.item.staff_sd_2");
        assertThat(staff.getColumnKeys()).containsExactly("W0", "W1", "W2");
        assertThat(staff.getValue("staff.item.staff_sd_2", "W1").doubleValue()).isEqualTo(2.8);
    }
}
