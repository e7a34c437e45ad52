package io.longitude.dashboard.editions;

import io.longitude.core.metrics.MetricValue;
import io.longitude.dashboard.access.Viewer;
import io.longitude.dashboard.charts.ChartKind;
import io.longitude.dashboard.partnership.Partners;
import io.longitude.dashboard.validation.IntervalStudy;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class EditionController {
    private final MetricStore store;
    private final Partners partners;
    private final MessageSource messages;
    private final IntervalStudy intervals;

    EditionController(MetricStore store, MessageSource messages, IntervalStudy intervals, Partners partners) {
        this.store = store;
        this.partners = partners;
        this.messages = messages;
        this.intervals = intervals;
    }

    @GetMapping("/editions/{editionId}")
    String edition(@PathVariable String editionId, Viewer viewer, Model model, Locale locale) {
        EditionSummary edition = store.edition(editionId, viewer);
        List<MetricValue> metrics = store.figureRows(editionId);
        List<Figure> figures = Arrays.stream(ChartKind.values())
                .map(kind -> Figures.of(kind, metrics, key -> messages.getMessage(key, null, key, locale), locale))
                .toList();
        List<MetricValue> previous = store.editions(viewer).stream()
                .filter(other -> other.programmeId().equals(edition.programmeId()) && other.number() < edition.number())
                .max(Comparator.comparingInt(EditionSummary::number))
                .map(other -> store.metrics(other.editionId()))
                .orElse(List.of());
        Words words = (key, arguments) -> messages.getMessage(key, arguments, key, locale);
        model.addAttribute("edition", edition);
        model.addAttribute("cards", Glance.cards(editionId, metrics, previous, words, locale));
        model.addAttribute("sections", Section.of(figures));
        model.addAttribute("partners", partners.of(edition.programmeId()));
        model.addAttribute("figures", figures);
        model.addAttribute("approximate", intervals.approximateNotes(messages, locale));
        model.addAttribute("provenance", Provenance.of(metrics, locale).orElse(null));
        return "editions/edition";
    }
}
