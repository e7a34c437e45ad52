package io.longitude.dashboard.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.longitude.dashboard.DemoAccess;
import io.longitude.dashboard.access.Role;
import io.longitude.dashboard.access.Viewer;
import io.longitude.dashboard.editions.MetricStore;
import io.longitude.dashboard.system.NotFoundException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The demo server's funder reports are computed once per programme, language and table version, and kept. */
class TestReportCache {
    private static final Viewer FUNDER = new Viewer("funder", Role.FUNDER, List.of("*"));
    private static final Viewer OUTSIDER = new Viewer("outsider", Role.FUNDER, List.of("another-programme"));

    private final MetricStore store = DemoAccess.context().getBean(MetricStore.class);
    private final FunderReports reports = DemoAccess.context().getBean(FunderReports.class);

    private String programme() {
        return store.editions().get(0).programmeId();
    }

    @Test
    void aSecondViewGetsTheKeptReportEqualToOneComputedAfresh() {
        FunderReport first = reports.report(programme(), FUNDER, Locale.ENGLISH);
        FunderReport second = reports.report(programme(), FUNDER, Locale.ENGLISH);
        assertThat(second).isSameAs(first).isEqualTo(reports.compute(programme(), Locale.ENGLISH));
    }

    @Test
    void eachLanguageHasItsOwnReport() {
        FunderReport english = reports.report(programme(), FUNDER, Locale.ENGLISH);
        FunderReport dutch = reports.report(programme(), FUNDER, Locale.forLanguageTag("nl"));
        assertThat(dutch.language()).isEqualTo("nl");
        assertThat(english.language()).isEqualTo("en");
        assertThat(dutch).isEqualTo(reports.compute(programme(), Locale.forLanguageTag("nl")));
    }

    @Test
    void aKeptReportIsStillRefusedOutsideTheViewersScope() {
        reports.report(programme(), FUNDER, Locale.ENGLISH);
        assertThatThrownBy(() -> reports.report(programme(), OUTSIDER, Locale.ENGLISH))
                .isInstanceOf(NotFoundException.class);
    }
}
