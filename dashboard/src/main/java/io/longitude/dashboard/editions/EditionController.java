package io.longitude.dashboard.editions;

import io.longitude.core.metrics.MetricValue;
import io.longitude.dashboard.charts.ChartKind;
import io.longitude.dashboard.access.Viewer;
import java.util.Arrays;
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
    private final MessageSource messages;

    EditionController(MetricStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    @GetMapping("/editions/{editionId}")
    String edition(@PathVariable String editionId, Viewer viewer, Model model, Locale locale) {
        EditionSummary edition = store.edition(editionId, viewer);
        List<MetricValue> metrics = store.figureRows(editionId);
        model.addAttribute("edition", edition);
        model.addAttribute("figures", Arrays.stream(ChartKind.values())
                .map(kind -> Figures.of(kind, metrics, key -> messages.getMessage(key, null, key, locale), locale))
                .toList());
        return "editions/edition";
    }
}
