package io.longitude.dashboard.editions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.longitude.dashboard.DemoAccess;
import io.longitude.dashboard.access.Role;
import io.longitude.dashboard.access.Viewer;
import io.longitude.dashboard.charts.ChartKind;
import io.longitude.dashboard.charts.ChartOutput;
import io.longitude.dashboard.charts.EditionCharts;
import io.longitude.dashboard.system.NotFoundException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The demo server's charts are drawn once per edition, name, format, language and table version, and kept. */
class TestChartCache {
    private static final Viewer MANAGER = new Viewer("manager", Role.MANAGER, List.of("*"));
    private static final Viewer OUTSIDER = new Viewer("outsider", Role.MANAGER, List.of("another-programme"));

    private final MetricStore store = DemoAccess.context().getBean(MetricStore.class);
    private final ChartController charts = DemoAccess.context().getBean(ChartController.class);

    private String edition() {
        return store.editions().get(0).editionId();
    }

    @Test
    void aSecondRequestGetsTheKeptChartAsDrawnAfresh() {
        byte[] first = charts.png(edition(), "funnel", MANAGER, Locale.ENGLISH).getBody();
        assertThat(charts.png(edition(), "funnel", MANAGER, Locale.ENGLISH).getBody())
                .isSameAs(first)
                .isEqualTo(ChartOutput.png(EditionCharts.chart(
                        ChartKind.FUNNEL,
                        store.figureRows(edition()),
                        key -> DemoAccess.context().getMessage(key, null, key, Locale.ENGLISH))));
        String svg = charts.svg(edition(), "funnel", MANAGER, Locale.ENGLISH).getBody();
        assertThat(charts.svg(edition(), "funnel", MANAGER, Locale.ENGLISH).getBody())
                .isSameAs(svg)
                .contains("<svg");
    }

    @Test
    void eachLanguageAndChartHasItsOwnPicture() {
        byte[] english =
                charts.png(edition(), "funnel", MANAGER, Locale.ENGLISH).getBody();
        assertThat(charts.png(edition(), "funnel", MANAGER, Locale.FRENCH).getBody())
                .isNotEqualTo(english);
        assertThat(charts.png(edition(), "survival", MANAGER, Locale.ENGLISH).getBody())
                .isNotEqualTo(english);
        String programme = store.editions().get(0).programmeId();
        assertThat(charts.comparedPng(programme, "response_rate", MANAGER, Locale.ENGLISH)
                        .getBody())
                .isNotEqualTo(english);
    }

    @Test
    void aKeptChartIsStillRefusedOutsideTheViewersScopeAndUnknownChartsStay404() {
        charts.png(edition(), "funnel", MANAGER, Locale.ENGLISH);
        assertThatThrownBy(() -> charts.png(edition(), "funnel", OUTSIDER, Locale.ENGLISH))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> charts.png(edition(), "no-such-chart", MANAGER, Locale.ENGLISH))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> charts.comparedPng("another-programme", "response_rate", MANAGER, Locale.ENGLISH))
                .isInstanceOf(NotFoundException.class);
    }
}
