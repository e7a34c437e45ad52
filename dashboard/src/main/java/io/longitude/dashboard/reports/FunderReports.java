package io.longitude.dashboard.reports;

import io.longitude.core.disclosure.ComplementarySuppression;
import io.longitude.core.disclosure.DisclosureRule;
import io.longitude.core.disclosure.Suppression;
import io.longitude.core.metrics.MetricValue;
import io.longitude.dashboard.access.Viewer;
import io.longitude.dashboard.editions.EditionSummary;
import io.longitude.dashboard.editions.MetricStore;
import io.longitude.dashboard.system.VersionedCache;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The funder reports of the programmes a viewer sees: metric rows → counts → suppression → localised report. The
 * suppression of a programme depends on its rows alone, not on the viewer or the page, so every view of it hides the
 * same cells. A report is therefore computed once per programme and language for each version of the editions and
 * metric tables, and kept: the report page, its three charts, the CSV, the PDF and the portfolio all render the kept
 * one (computing it takes tens of milliseconds, most of it the suppression).
 */
@Component
@EnableConfigurationProperties(DisclosureProperties.class)
class FunderReports {
    static final List<String> METRICS = List.of("M1", "M2", "M3", "M7", "M8", "M11");
    /** Programmes × languages kept per table version. */
    static final int CACHED_REPORTS = 64;

    private final MetricStore store;
    private final MessageSource messages;
    private final DisclosureRule rule;
    private final VersionedCache<List<String>, FunderReport> cache = new VersionedCache<>(CACHED_REPORTS);

    FunderReports(MetricStore store, MessageSource messages, DisclosureProperties properties) {
        this.store = store;
        this.messages = messages;
        this.rule = new DisclosureRule(properties.k());
    }

    /** The report of one programme; 404 when it is outside the viewer's scope. */
    FunderReport report(String programmeId, Viewer viewer, Locale locale) {
        store.programme(programmeId, viewer);
        return cache.get(List.of(programmeId, locale.toLanguageTag()), store.versions(), () -> compute(programmeId, viewer, locale));
    }

    /** The report computed afresh from the metric rows; the scope check is the caller's. */
    FunderReport compute(String programmeId, Viewer viewer, Locale locale) {
        List<String> editions = store.editions(viewer).stream().filter(edition -> edition.programmeId().equals(programmeId))
                .map(EditionSummary::editionId).toList();
        List<MetricValue> rows = new ArrayList<>();
        for (String metric : METRICS) {
            store.metric(metric).stream().filter(row -> row.programmeId().equals(programmeId)).forEach(rows::add);
        }
        return render(ProgrammeCounts.of(programmeId, editions, rows), rule, messages, locale);
    }

    /** The reports of every programme in the viewer's scope, in programme order. */
    List<FunderReport> portfolio(Viewer viewer, Locale locale) {
        return store.editions(viewer).stream().map(EditionSummary::programmeId).distinct()
                .map(programme -> report(programme, viewer, locale)).toList();
    }

    static FunderReport render(Figures figures, DisclosureRule rule, MessageSource messages, Locale locale) {
        Suppression suppression = ComplementarySuppression.apply(figures.system(), rule);
        return ReportRenderer.render(figures, suppression, messages, locale);
    }
}
