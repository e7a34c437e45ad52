package io.longitude.dashboard.editions;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.dashboard.charts.ChartKind;
import io.longitude.dashboard.charts.Rows;
import io.longitude.dashboard.charts.Synthetic;
import io.longitude.dashboard.charts.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TestFigures {
    private static final Texts TEXTS = key -> key;

    private static Map<String, FigureRow> rows(ChartKind kind) {
        return Figures.of(kind, Synthetic.edition(), TEXTS, Locale.ENGLISH).rows().stream()
                .collect(Collectors.toMap(FigureRow::key, Function.identity()));
    }

    @Test
    void everyFigureHasItsNAndAsOfLine() {
        for (ChartKind kind : ChartKind.values()) {
            Figure figure = Figures.of(kind, Synthetic.edition(), TEXTS, Locale.ENGLISH);
            assertThat(figure.rows()).as(kind.slug()).isNotEmpty();
            assertThat(figure.n()).as(kind.slug()).isPositive();
            assertThat(figure.asOf()).isEqualTo("2026-05-01 10:00 UTC · " + Rows.VERSIONS);
        }
        Figure empty = Figures.of(ChartKind.STAFF, List.of(), TEXTS, Locale.ENGLISH);
        assertThat(empty.rows()).isEmpty();
        assertThat(empty.asOf()).isEmpty();
    }

    @Test
    void transitionsTableShowsRowSharesWithCountsAndMovers() {
        Map<String, FigureRow> rows = rows(ChartKind.TRANSITIONS);

        FigureRow cell = rows.get("E01|W0>W1|from=1|to=2");
        assertThat(cell.value()).isEqualTo(4.0 / 9);
        assertThat(cell.display()).isEqualTo("44.4 % (4/9)");
        assertThat(cell.label()).isEqualTo("W0>W1 · integration.1 → integration.2");
        assertThat(rows.get("E01|W1>W2|up").display()).isEqualTo("35.7 % (5/14)");
        assertThat(rows).hasSize(2 * 12);
    }

    @Test
    void prePostTableWritesTestsPValuesAndThePairedDifference() {
        Map<String, FigureRow> rows = rows(ChartKind.PRE_POST);

        assertThat(rows.get("E01|W0>W1|stuart_maxwell|statistic").display()).isEqualTo("6.10 (df 2)");
        assertThat(rows.get("E01|W0>W1|stuart_maxwell|p_value").display()).isEqualTo("p = 0.0470");
        assertThat(rows.get("E01|W0>W2|wilcoxon|p_value").display()).isEqualTo("p < 0.0001");
        FigureRow difference = rows.get("E01|W0>W2|paired_difference|level>=1");
        assertThat(difference.display()).isEqualTo("+25.0 pp");
        assertThat(difference.interval()).isEqualTo("+1.0 – +45.0 pp");
        assertThat(rows.get("E01|W0>W1|awareness_change").interval()).isEqualTo("0.10 – 0.74");
    }

    @Test
    void survivalTableHasStepsYearsAndTheProgrammesLogRank() {
        Map<String, FigureRow> rows = rows(ChartKind.SURVIVAL);

        assertThat(rows.get("E01||km|month=20").label())
                .isEqualTo("survival.month 20 · 1 survival.stops / 6 survival.at-risk");
        assertThat(rows.get("E01||km|month=20").display()).isEqualTo("75.0 %");
        assertThat(rows.get("E01||survival|months=12").interval()).isEqualTo("50.0 % – 98.0 %");
        assertThat(rows.get("E01||survival|months=60").display()).isEqualTo("value.not-computable");
        assertThat(rows.get("E01||survival|months=60").status()).isEqualTo("not_computable");
        assertThat(rows.get("||logrank|p_value")).isNotNull();
        assertThat(rows.get("||logrank|statistic").display()).isEqualTo("1.20 (df 2)");
        assertThat(Figures.of(ChartKind.SURVIVAL, Synthetic.edition(), TEXTS, Locale.ENGLISH)
                        .n())
                .as("the edition's n, not the programme's")
                .isEqualTo(10);
    }

    @Test
    void attritionTableFlagsLargeDifferences() {
        Map<String, FigureRow> rows = rows(ChartKind.ATTRITION_BIAS);

        assertThat(rows.get("E01|W1|smd|gender=f").label()).contains("attrition.flag");
        assertThat(rows.get("E01|W1|smd|gender=f").display()).isEqualTo("0.250");
        assertThat(rows.get("E01|W1|smd|baseline_awareness").label()).doesNotContain("attrition.flag");
        assertThat(rows.get("E01|W1|ipw|weight_max").label()).isEqualTo("W1 · attrition.ipw.weight_max");
    }

    @Test
    void agreementAndDoseAndNetworkTables() {
        Map<String, FigureRow> agreement = rows(ChartKind.AGREEMENT);
        assertThat(agreement.get("E01|W0|agreement|self=0|coach=1").display()).isEqualTo("3");
        assertThat(agreement.get("E01|W0|kappa").display()).isEqualTo("0.520");
        assertThat(agreement.get("E01|W0|unconscious_integrators").display()).isEqualTo("42.9 % (3/7)");

        Map<String, FigureRow> dose = rows(ChartKind.DOSE);
        assertThat(dose.get("E01|W1|spearman|all").label()).isEqualTo("W1 · dose.spearman (dose.all)");
        assertThat(dose.get("E01|W1|slope_up_per_session").display()).isEqualTo("+3.0 pp");

        Map<String, FigureRow> network = rows(ChartKind.NETWORK);
        assertThat(network.get("E01||betweenness|rank=1").display()).isEqualTo("0.600");
        assertThat(network.get("E01||largest_component_share").display()).isEqualTo("33.3 % (6/18)");
        assertThat(network.get("E01||brokerage|desk|liaison").label())
                .isEqualTo("network.brokerage.desk · broker.liaison");
        assertThat(network.keySet()).noneMatch(key -> key.contains("key-"));
    }
}
