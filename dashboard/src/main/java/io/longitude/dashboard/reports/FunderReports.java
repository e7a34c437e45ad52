package io.longitude.dashboard.reports;

import io.longitude.core.disclosure.ComplementarySuppression;
import io.longitude.core.disclosure.DisclosureRule;
import io.longitude.core.disclosure.Suppression;
import io.longitude.core.metrics.MetricCatalogue;
import io.longitude.core.metrics.MetricValue;
import io.longitude.dashboard.access.Viewer;
import io.longitude.dashboard.editions.EditionSummary;
import io.longitude.dashboard.editions.MetricStore;
import io.longitude.dashboard.partnership.Partners;
import io.longitude.dashboard.system.VersionedCache;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The funder reports of the programmes a viewer sees: metric rows → counts → suppression → localised report. The
 * suppression of a programme depends on its rows alone, not on the viewer or the page, so every view of it hides the
 * same cells. The suppression is therefore computed once per programme for each version of the editions and metric
 * tables (it solves many small linear programs: about a second for the demo's three editions on a quiet machine), and
 * the localised report once per language from it; both are kept, and the report page, its three charts, the CSV, the
 * PDF and the portfolio all render the kept report.
 */
@Component
@EnableConfigurationProperties(DisclosureProperties.class)
class FunderReports {
    static final List<String> METRICS = List.of(
            MetricCatalogue.FUNNEL.id(),
            MetricCatalogue.RESPONSE.id(),
            MetricCatalogue.INTEGRATION.id(),
            MetricCatalogue.INTENTION.id(),
            MetricCatalogue.SURVIVAL.id(),
            MetricCatalogue.NETWORK.id(),
            MetricCatalogue.FEEDBACK.id());
    /** Programmes × languages kept per table version. */
    static final int CACHED_REPORTS = 64;

    private final MetricStore store;
    private final Partners partners;
    private final MessageSource messages;
    private final DisclosureRule rule;
    private final Set<SensitiveCategory> sensitive;
    private final VersionedCache<List<String>, FunderReport> cache = new VersionedCache<>(CACHED_REPORTS);
    private final VersionedCache<String, Suppressed> suppressed = new VersionedCache<>(CACHED_REPORTS);

    /** A programme's figures with their suppression, the same in every language. */
    private record Suppressed(Figures figures, Suppression suppression) {}

    FunderReports(MetricStore store, MessageSource messages, DisclosureProperties properties, Partners partners) {
        this.store = store;
        this.partners = partners;
        this.messages = messages;
        this.rule = new DisclosureRule(properties.k());
        this.sensitive = SensitiveCategory.of(properties.sensitive());
    }

    /** The report of one programme; 404 when it is outside the viewer's scope. */
    FunderReport report(String programmeId, Viewer viewer, Locale locale) {
        store.programme(programmeId, viewer);
        return published(programmeId, locale);
    }

    /**
     * The report of a programme with no scope check, for the public page of an edition its manager published: the
     * same kept report, so a public figure is hidden exactly where the funder's is.
     */
    FunderReport published(String programmeId, Locale locale) {
        return cache.get(
                List.of(programmeId, locale.toLanguageTag()),
                List.of(store.versions(), partners.version()),
                () -> compute(programmeId, locale));
    }

    /** The report rendered from the kept suppression of the programme (computed when the tables changed); the scope check is the caller's. */
    FunderReport compute(String programmeId, Locale locale) {
        Suppressed kept = suppressed.get(programmeId, store.versions(), () -> {
            Figures figures = figures(programmeId);
            return new Suppressed(figures, suppress(figures, rule));
        });
        FunderReport report = ReportRenderer.render(kept.figures(), kept.suppression(), messages, locale);
        return PartnershipTable.of(
                        programmeId,
                        kept.figures().editions(),
                        store.metric(MetricCatalogue.PARTNERSHIP.id()),
                        partners.of(programmeId),
                        report.columns(),
                        messages,
                        locale)
                .map(report::with)
                .orElse(report);
    }

    /** The programme's counts and relations before suppression, from the current metric rows. */
    Figures figures(String programmeId) {
        List<String> editions = store.editions().stream()
                .filter(edition -> edition.programmeId().equals(programmeId))
                .map(EditionSummary::editionId)
                .toList();
        List<MetricValue> rows = new ArrayList<>();
        for (String metric : METRICS) {
            store.metric(metric).stream()
                    .filter(row -> row.programmeId().equals(programmeId))
                    .forEach(rows::add);
        }
        return ProgrammeCounts.of(programmeId, editions, rows, sensitive);
    }

    /** The reports of every programme in the viewer's scope, in programme order. */
    List<FunderReport> portfolio(Viewer viewer, Locale locale) {
        return store.editions(viewer).stream()
                .map(EditionSummary::programmeId)
                .distinct()
                .map(programme -> report(programme, viewer, locale))
                .toList();
    }

    static FunderReport render(Figures figures, DisclosureRule rule, MessageSource messages, Locale locale) {
        return ReportRenderer.render(figures, suppress(figures, rule), messages, locale);
    }

    /**
     * Suppression with the least loss to a funder: hiding a count costs its size, and a programme total three times
     * its size, so that the programme's figures, which a funder reads first, are the last to go.
     */
    static Suppression suppress(Figures figures, DisclosureRule rule) {
        return ComplementarySuppression.apply(
                figures.system(),
                rule,
                cell -> cell.key().contains("|" + ProgrammeCounts.PROGRAMME) ? 3 * cell.count() : cell.count());
    }
}
