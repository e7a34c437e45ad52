package io.longitude.dashboard.quality;

import io.longitude.dashboard.access.Viewer;
import io.longitude.dashboard.editions.EditionSummary;
import io.longitude.dashboard.editions.MetricStore;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The data-quality page of a programme: ingested files, quarantine counts and reasons, missingness per question and
 * wave, response windows. Aggregates only; rows and their values stay in the lake and the quarantine files.
 */
@Controller
class QualityController {
    private final MetricStore store;
    private final QualityReader reader;

    QualityController(MetricStore store, QualityReader reader) {
        this.store = store;
        this.reader = reader;
    }

    @GetMapping("/programmes/{programmeId}/quality")
    String page(@PathVariable String programmeId, Viewer viewer, Model model, Locale locale) {
        model.addAttribute("programmeId", store.programme(programmeId, viewer));
        model.addAttribute("report", report(programmeId, viewer, locale));
        model.addAttribute("windowDays", QualityReader.WINDOW_DAYS);
        return "quality/quality";
    }

    QualityReport report(String programmeId, Viewer viewer, Locale locale) {
        store.programme(programmeId, viewer);
        List<EditionSummary> editions = store.editions(viewer).stream()
                .filter(edition -> edition.programmeId().equals(programmeId)).toList();
        return reader.report(programmeId, editions, locale);
    }
}
