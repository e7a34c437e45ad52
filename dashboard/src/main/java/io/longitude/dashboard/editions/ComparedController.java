package io.longitude.dashboard.editions;

import io.longitude.dashboard.access.Viewer;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The "Editions compared" page (M10, with the headline shares of every edition). */
@Controller
class ComparedController {
    private final MetricStore store;
    private final MessageSource messages;

    ComparedController(MetricStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    @GetMapping("/editions/compared")
    String compared(Viewer viewer, Model model, Locale locale) {
        model.addAttribute(
                "programmes",
                EditionsCompared.of(
                        store.editions(viewer),
                        EditionsCompared.pageRows(store),
                        key -> messages.getMessage(key, null, key, locale),
                        locale));
        // Each edition's target group, so that editions for other professions read as such.
        model.addAttribute(
                "targets",
                store.editions(viewer).stream()
                        .filter(edition -> edition.targetGroup() != null)
                        .collect(Collectors.toMap(
                                EditionSummary::editionId,
                                edition -> messages.getMessage(
                                        "target." + edition.targetGroup().replace(' ', '_'),
                                        null,
                                        edition.targetGroup(),
                                        locale))));
        return "editions/compared";
    }
}
