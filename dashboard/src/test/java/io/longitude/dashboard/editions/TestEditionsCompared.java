package io.longitude.dashboard.editions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.longitude.core.metrics.MetricValue;
import io.longitude.dashboard.charts.ChartOutput;
import io.longitude.dashboard.charts.EditionsComparedChart;
import io.longitude.dashboard.charts.Rows;
import io.longitude.dashboard.charts.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

class TestEditionsCompared {
    private static final Texts TEXTS = key -> key.equals("horizon.W2") ? "+6 months" : key;
    private static final List<EditionSummary> EDITIONS = List.of(
            new EditionSummary(
                    "programme",
                    "E01",
                    1,
                    LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 6, 30),
                    "all sectors",
                    "funder"),
            new EditionSummary(
                    "programme", "E02", 2, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), "crafts", "funder"));

    private static List<MetricValue> rows() {
        List<MetricValue> rows = new ArrayList<>();
        rows.add(Rows.row("M10", "E02", "W2", "integrated|vs=E01", 0.6, 0.45, 35, 0.15, -0.08, 0.36));
        rows.add(Rows.row("M10", "E02", "W1", "integrated|vs=E01", 0.5, 0.5, 36, 0.0, -0.2, 0.2));
        rows.add(MetricValue.fromColumns(
                "M10",
                "programme",
                "E02",
                "W2",
                "response_rate|vs=E01",
                0.7,
                0.8,
                40,
                -0.1,
                -0.3,
                0.1,
                "ok",
                "instrument versions differ",
                Rows.VERSIONS,
                "0.1.0",
                Rows.COMPUTED));
        rows.add(Rows.share("M2", "E01", "W2", "response_rate", 16, 20, 0.6, 0.9));
        rows.add(Rows.share("M2", "E02", "W2", "response_rate", 14, 20, 0.5, 0.85));
        rows.add(Rows.share("M3", "E01", "W2", "level=0", 8, 16, 0.3, 0.7));
        rows.add(Rows.share("M3", "E01", "W2", "level=1", 5, 16, 0.1, 0.5));
        rows.add(Rows.share("M3", "E01", "W2", "level=2", 3, 16, 0.1, 0.4));
        rows.add(Rows.row("M3", "E01", "W2", "weighted|level=2", 3.3, 16.1, 16, 0.2, 0.1, 0.4));
        rows.add(Rows.share("M3", "E02", "W2", "level=1", 6, 14, 0.2, 0.6));
        rows.add(MetricValue.fromColumns(
                "M3",
                "programme",
                "E02",
                "W2",
                "level=2",
                2.0,
                14.0,
                14,
                0.14,
                0.04,
                0.4,
                "small_n",
                "fewer than 5",
                Rows.VERSIONS,
                "0.1.0",
                Rows.COMPUTED));
        return rows;
    }

    @Test
    void measureTablesHoldDifferencesIntervalsAndTheVersionFlag() {
        EditionsCompared.Programme programme =
                EditionsCompared.of(EDITIONS, rows(), TEXTS, Locale.ENGLISH).get(0);

        assertThat(programme.measures())
                .extracting(EditionsCompared.Measure::measure)
                .containsExactly("response_rate", "integrated");
        EditionsCompared.Measure integrated = programme.measures().get(1);
        assertThat(integrated.n()).isEqualTo(36);
        assertThat(integrated.asOf()).startsWith("2026-05-01 10:00 UTC");
        assertThat(integrated.rows())
                .extracting(EditionsCompared.Difference::horizon)
                .containsExactly("W1", "W2 (+6 months)");
        EditionsCompared.Difference later = integrated.rows().get(1);
        assertThat(later.value()).isEqualTo(0.15);
        assertThat(later.display()).isEqualTo("+15.0 pp");
        assertThat(later.interval()).isEqualTo("-8.0 – +36.0 pp");
        assertThat(later.shares()).isEqualTo("60.0 % − 45.0 %");
        assertThat(later.versus()).isEqualTo("E01");
        assertThat(programme.measures().get(0).rows().get(0).note()).isEqualTo("instrument versions differ");
    }

    @Test
    void headlinesPutEveryEditionSideBySideByWave() {
        EditionsCompared.Programme programme =
                EditionsCompared.of(EDITIONS, rows(), TEXTS, Locale.ENGLISH).get(0);

        EditionsCompared.Headline rates = programme.headlines().get(0);
        assertThat(rates.waves()).containsExactly("W2");
        assertThat(rates.horizons()).containsExactly("W2 (+6 months)");
        assertThat(rates.lines())
                .extracting(EditionsCompared.HeadlineLine::edition)
                .containsExactly("E01", "E02");
        assertThat(rates.lines().get(1).cells().get(0).value()).isEqualTo(0.7);
        EditionsCompared.Headline integrated = programme.headlines().get(1);
        EditionsCompared.HeadlineCell first = integrated.lines().get(0).cells().get(0);
        assertThat(first.value()).isCloseTo(0.5, within(1e-12));
        assertThat(first.display()).isEqualTo("50.0 % (8/16)");
        assertThat(first.interval()).isEqualTo("28.0 % – 72.0 %");
        EditionsCompared.HeadlineCell smallN = integrated.lines().get(1).cells().get(0);
        assertThat(smallN.value()).isNull();
        assertThat(smallN.display()).isEqualTo("status.small_n");
    }

    @Test
    void chartDrawsDifferencesByHorizonAndSaysWhenThereAreNone() {
        JFreeChart chart = EditionsComparedChart.chart("integrated", rows(), TEXTS);
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        assertThat(plot.getDataset().getColumnKeys()).containsExactly("W1", "W2 (+6 months)");
        assertThat(plot.getDataset().getValue("E02 − E01", "W2 (+6 months)").doubleValue())
                .isEqualTo(0.15);
        assertThat(ChartOutput.png(chart)).startsWith(0x89, 'P', 'N', 'G');

        JFreeChart none = EditionsComparedChart.chart("business_active", rows(), TEXTS);
        assertThat(none.getPlot().getNoDataMessage()).isEqualTo("figure.not-available");
    }

    @Test
    void noEditionsNoProgrammes() {
        assertThat(EditionsCompared.of(List.of(), rows(), TEXTS, Locale.ENGLISH))
                .isEmpty();
    }
}
