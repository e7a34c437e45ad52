package io.longitude.dashboard.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.longitude.core.metrics.MetricValue;
import java.util.ArrayList;
import java.util.List;
import org.jfree.data.xy.DefaultXYZDataset;
import org.junit.jupiter.api.Test;

class TestHeatMaps {
    @Test
    void transitionHeatMapPutsEachRowShareAtToFromWithItsCount() {
        List<MetricValue> rows = List.of(
                Rows.share("M4", "E01", "W0>W1", "from=0|to=0", 6, 10, 0.3, 0.8),
                Rows.share("M4", "E01", "W0>W1", "from=0|to=1", 3, 10, 0.1, 0.6),
                Rows.share("M4", "E01", "W0>W1", "from=0|to=2", 1, 10, 0.0, 0.4),
                Rows.share("M4", "E01", "W0>W1", "from=2|to=1", 1, 4, 0.0, 0.7),
                Rows.share("M4", "E01", "W1>W2", "from=1|to=2", 2, 5, 0.1, 0.8),
                Rows.share("M4", "E01", "W0>W1", "up", 4, 14, 0.1, 0.5));

        HeatMap map = TransitionChart.heatMap(rows);

        assertThat(map.panels()).containsOnlyKeys("W0>W1", "W1>W2");
        DefaultXYZDataset first = map.dataset("W0>W1");
        assertThat(first.getItemCount(0)).isEqualTo(4);
        assertThat(first.getXValue(0, 1)).isEqualTo(1.0);
        assertThat(first.getYValue(0, 1)).isEqualTo(0.0);
        assertThat(first.getZValue(0, 1)).isCloseTo(0.3, within(1e-12));
        assertThat(first.getXValue(0, 3)).isEqualTo(1.0);
        assertThat(first.getYValue(0, 3)).isEqualTo(2.0);
        assertThat(first.getZValue(0, 3)).isCloseTo(0.25, within(1e-12));
        assertThat(map.panels().get("W0>W1").get(0).text()).isEqualTo("6");
        assertThat(map.dataset("W1>W2").getZValue(0, 0)).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void agreementHeatMapShadesCountsByTheWavesLargest() {
        List<MetricValue> rows = new ArrayList<>();
        rows.add(Rows.value("M6", "E01", "W0", "agreement|self=0|coach=0", 20, 8));
        rows.add(Rows.value("M6", "E01", "W0", "agreement|self=0|coach=1", 20, 4));
        rows.add(Rows.value("M6", "E01", "W0", "agreement|self=2|coach=2", 20, 2));
        rows.add(Rows.row("M6", "E01", "W0", "kappa", null, null, 20, 0.41, 0.1, 0.7));

        HeatMap map = AgreementChart.heatMap(rows);

        DefaultXYZDataset wave = map.dataset("W0");
        assertThat(wave.getItemCount(0)).isEqualTo(3);
        assertThat(wave.getXValue(0, 1)).isEqualTo(1.0);
        assertThat(wave.getYValue(0, 1)).isEqualTo(0.0);
        assertThat(wave.getZValue(0, 1)).isCloseTo(0.5, within(1e-12));
        assertThat(wave.getZValue(0, 2)).isCloseTo(0.25, within(1e-12));
        assertThat(map.panels().get("W0").get(0).text()).isEqualTo("8");
    }

    @Test
    void paintScaleRunsFromWhiteToThePalettesBlue() {
        assertThat(HeatMap.scale().getPaint(0.0)).isNotEqualTo(HeatMap.scale().getPaint(1.0));
        assertThat(HeatMap.scale().getPaint(-1.0)).isEqualTo(java.awt.Color.WHITE);
    }
}
