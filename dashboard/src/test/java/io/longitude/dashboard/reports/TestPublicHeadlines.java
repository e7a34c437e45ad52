package io.longitude.dashboard.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.dashboard.DemoAccess;
import io.longitude.dashboard.editions.EditionSummary;
import io.longitude.dashboard.editions.MetricStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A public headline figure is the edition's cell of the funder report after disclosure control, never more: the same
 * shown value, and where the cell is hidden the word "hidden" with no number behind it.
 */
class TestPublicHeadlines {
    private final MetricStore store = DemoAccess.context().getBean(MetricStore.class);
    private final FunderReports reports = DemoAccess.context().getBean(FunderReports.class);
    private final PublicHeadlines headlines = DemoAccess.context().getBean(PublicHeadlines.class);

    /** Headline id to the funder report's table and row it is taken from. */
    private static final Map<String, List<String>> SOURCES = Map.of(
            "enrolled", List.of("funnel", "report.row.enrolled"),
            "integrated", List.of("integration", "report.row.share.integrated"),
            "active", List.of("survival", "report.row.share.active"),
            "tie", List.of("collaboration", "report.row.share.with_tie"));

    /** A wave in the public pages' plain words: "twenty-four months after the programme". */
    private static String words(String wave) {
        return DemoAccess.context()
                .getBean(org.springframework.context.MessageSource.class)
                .getMessage("followup.wave." + wave, null, Locale.ENGLISH);
    }

    @Test
    void everyHeadlineIsTheFunderReportsCellOfThatEdition() {
        List<String> states = new ArrayList<>();
        for (EditionSummary edition : store.editions()) {
            FunderReport report = reports.published(edition.programmeId(), Locale.ENGLISH);
            int column = report.columns().indexOf(edition.editionId());
            List<Headline> figures = headlines.of(edition, Locale.ENGLISH);
            assertThat(figures).extracting(Headline::id).contains("enrolled", "integrated", "tie");
            for (Headline figure : figures) {
                List<String> source = SOURCES.get(figure.id());
                ReportRow row = report.table(source.get(0)).orElseThrow().rows().stream()
                        .filter(candidate -> candidate.labelKey().equals(source.get(1)))
                        .filter(candidate -> !figure.id().equals("integrated")
                                || figure.label().contains("(" + words(candidate.argument()) + ")"))
                        .findFirst()
                        .orElseThrow();
                ReportCell cell = row.cells().get(column);
                assertThat(figure.state())
                        .as(edition.editionId() + " " + figure.id())
                        .isEqualTo(cell.state());
                if (cell.state().equals(ReportCell.SHOWN)) {
                    assertThat(figure.value()).isEqualTo(cell.display());
                    assertThat(figure.share()).isEqualTo(cell.unit().equals("share") ? cell.shown() : null);
                } else {
                    assertThat(figure.value()).isIn("hidden", "too few answers");
                    assertThat(figure.share()).isNull();
                    assertThat(figure.value()).doesNotContainPattern("[0-9]");
                }
                states.add(figure.state());
            }
        }
        assertThat(states)
                .as("the demo shows both kinds")
                .contains(ReportCell.SHOWN)
                .anyMatch(state -> !state.equals(ReportCell.SHOWN));
    }

    @Test
    void theIntegrationFigureIsAtTheLatestWaveTheEditionAnswered() {
        for (EditionSummary edition : store.editions()) {
            FunderReport report = reports.published(edition.programmeId(), Locale.ENGLISH);
            int column = report.columns().indexOf(edition.editionId());
            String latest = report.table("integration").orElseThrow().rows().stream()
                    .filter(row -> row.labelKey().equals("report.row.answering"))
                    .filter(row -> !row.cells().get(column).state().equals(ReportCell.ABSENT))
                    .map(ReportRow::argument)
                    .reduce((first, second) -> second)
                    .orElseThrow();
            Headline integrated = headlines.of(edition, Locale.ENGLISH).stream()
                    .filter(figure -> figure.id().equals("integrated"))
                    .findFirst()
                    .orElseThrow();
            assertThat(integrated.label()).as(edition.editionId()).endsWith("(" + words(latest) + ")");
        }
    }
}
