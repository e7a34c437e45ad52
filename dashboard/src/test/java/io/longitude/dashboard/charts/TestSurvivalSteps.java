package io.longitude.dashboard.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.longitude.core.metrics.MetricValue;
import java.util.List;
import org.jfree.data.xy.YIntervalSeries;
import org.junit.jupiter.api.Test;

class TestSurvivalSteps {
    private static final List<MetricValue> ROWS = List.of(
            Rows.row("M8", "E01", "", "km|month=7.5", 1.0, 20.0, 20, 0.95, 0.70, 0.99),
            Rows.row("M8", "E01", "", "km|month=14", 2.0, 15.0, 20, 0.823, 0.55, 0.94),
            Rows.row("M8", "E01", "", "survival|months=12", null, null, 20, 0.95, 0.70, 0.99),
            Rows.row("M8", "", "", "logrank|statistic", 2.0, null, 60, 1.7, null, null),
            Rows.row("M8", "", "", "logrank|p_value", null, null, 60, 0.43, null, null),
            Rows.row("M8", "E02", "", "km|month=3", 1.0, 18.0, 18, 0.94, 0.6, 0.99));

    @Test
    void stepCurveStartsAtOneAndDropsAtEachEventTimeWithItsBand() {
        YIntervalSeries steps = SurvivalChart.steps(ROWS.subList(0, 3), "S");

        assertThat(steps.getItemCount()).isEqualTo(5);
        double[][] expected = {
            {0, 1, 1, 1}, {7.5, 1, 1, 1}, {7.5, 0.95, 0.70, 0.99}, {14, 0.95, 0.70, 0.99}, {14, 0.823, 0.55, 0.94}
        };
        for (int item = 0; item < expected.length; item++) {
            assertThat(steps.getX(item).doubleValue()).isCloseTo(expected[item][0], within(1e-12));
            assertThat(steps.getYValue(item)).isCloseTo(expected[item][1], within(1e-12));
            assertThat(steps.getYLowValue(item)).isCloseTo(expected[item][2], within(1e-12));
            assertThat(steps.getYHighValue(item)).isCloseTo(expected[item][3], within(1e-12));
        }
    }

    @Test
    void figureTakesTheEditionsStepsAndTheProgrammesLogRankInOrder() {
        List<MetricValue> rows = MetricSelection.rows(ChartKind.SURVIVAL, ROWS.subList(0, 5));

        assertThat(rows)
                .extracting((MetricValue row) -> row.key().text())
                .containsExactly(
                        "km|month=7.5", "km|month=14", "survival|months=12", "logrank|p_value", "logrank|statistic");
        assertThat(rows.get(0).editionId()).isEqualTo("E01");
    }
}
