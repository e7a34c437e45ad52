package io.longitude.dashboard.validation;

import io.longitude.dashboard.charts.ChartOutput;
import io.longitude.dashboard.charts.CoverageChart;
import io.longitude.dashboard.charts.Texts;
import io.longitude.dashboard.system.NotFoundException;
import io.longitude.dashboard.system.VersionedCache;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "How often the intervals are right": the committed simulation study in plain words, a verdict per estimator, and per
 * estimator a coverage chart and its numbers. For every signed-in role; the funder report's methods annex links here.
 */
@Controller
class IntervalsController {
    /** Every estimator in a few languages; beyond it the least recently used chart is drawn again when asked. */
    private static final int CACHED_CHARTS = 256;

    private static final Object STUDY_VERSION = "packaged";

    private final IntervalStudy study;
    private final MessageSource messages;
    /**
     * The drawn charts by estimator and language, bounded as the edition charts are (a reader's language can be any
     * code a {@code ?lang=} names); the packaged study does not change while the server runs, so one version.
     */
    private final VersionedCache<String, String> charts = new VersionedCache<>(CACHED_CHARTS);

    IntervalsController(IntervalStudy study, MessageSource messages) {
        this.study = study;
        this.messages = messages;
    }

    @GetMapping("/methods/intervals")
    String page(Model model, Locale locale) {
        Texts texts = texts(locale);
        List<EstimatorView> estimators = study.estimators().stream()
                .map(summary -> EstimatorView.of(summary, messages, locale))
                .toList();
        model.addAttribute("estimators", estimators);
        // The short table puts the ranges that are too narrow first, then those wider than needed.
        List<String> order = List.of("approximate", "cautious", "right");
        model.addAttribute(
                "summary",
                estimators.stream()
                        .sorted(java.util.Comparator.comparingInt(view -> order.indexOf(view.verdict())))
                        .toList());
        model.addAttribute("checked", estimators.size());
        for (String verdict : order) {
            model.addAttribute(
                    verdict,
                    estimators.stream()
                            .filter(view -> view.verdict().equals(verdict))
                            .count());
        }
        model.addAttribute("programmes", EstimatorView.count(study.programmes(), locale));
        model.addAttribute(
                "sizes",
                String.join(
                        " " + texts.get("intervals.and") + " ",
                        study.sizes().stream()
                                .map(size -> EstimatorView.count(size, locale))
                                .toList()));
        return "methods/intervals";
    }

    @GetMapping("/methods/intervals/{id}.svg")
    ResponseEntity<String> chart(@PathVariable String id, Locale locale) {
        EstimatorSummary summary =
                study.estimator(id).orElseThrow(() -> new NotFoundException("No estimator " + id + " in the study"));
        String svg = charts.get(id + "|" + locale.getLanguage(), STUDY_VERSION, () -> draw(summary, locale));
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .body(svg);
    }

    private String draw(EstimatorSummary summary, Locale locale) {
        Texts texts = texts(locale);
        List<CoverageChart.Point> points = summary.cells().stream()
                .map(cell -> new CoverageChart.Point(
                        EstimatorView.series(cell, messages, locale),
                        EstimatorView.wave(cell.wave(), texts),
                        cell.coverage(),
                        cell.coverageLower(),
                        cell.coverageUpper(),
                        study.sizes().indexOf(cell.participants()),
                        cell.scope().equals("edition")))
                .toList();
        return ChartOutput.svg(CoverageChart.of(EstimatorView.name(summary, texts), points, texts));
    }

    private Texts texts(Locale locale) {
        return key -> messages.getMessage(key, null, key, locale);
    }
}
