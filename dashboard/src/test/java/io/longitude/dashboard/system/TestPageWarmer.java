package io.longitude.dashboard.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.dashboard.DemoServer;
import io.longitude.dashboard.charts.ChartKind;
import io.longitude.dashboard.editions.ChartController;
import io.longitude.dashboard.editions.MetricStore;
import org.junit.jupiter.api.Test;

/**
 * The warmer draws every edition's charts in every language once per version of the lake and the metric table, so a
 * first page view finds them drawn; at an unchanged version it does nothing. (The demo server of the tests runs it only
 * when asked, here.)
 */
class TestPageWarmer {
    @Test
    void warmsEveryEditionsChartsInEveryLanguageOncePerVersion() {
        DemoServer demo = DemoServer.get();
        PageWarmer warmer = demo.bean(PageWarmer.class);
        int editions = demo.bean(MetricStore.class).editions().size();

        int warmed = warmer.warm();

        assertThat(warmed).isEqualTo(editions).isPositive();
        assertThat(demo.bean(ChartController.class).keptPictures())
                .isGreaterThanOrEqualTo(editions * ChartKind.values().length * WebConfiguration.LANGUAGES.size());
        assertThat(warmer.warm()).as("a second warm at the same versions").isZero();
    }
}
