package io.longitude.dashboard.trajectories;

import io.longitude.dashboard.access.Viewer;
import io.longitude.dashboard.charts.Texts;
import io.longitude.dashboard.editions.EditionSummary;
import io.longitude.dashboard.editions.MetricStore;
import io.longitude.dashboard.network.Pictures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Anonymous trajectories of an edition: how many candidates moved from level a to level b of sd_integration between
 * consecutive waves (M4's counts) and from intake to the latest wave (counted from the lake), as tables and as flows.
 * Only counts: no candidate is shown.
 */
@Controller
class TrajectoryController {
    private final MetricStore store;
    private final IntakeToLatest intakeToLatest;
    private final MessageSource messages;

    TrajectoryController(MetricStore store, IntakeToLatest intakeToLatest, MessageSource messages) {
        this.store = store;
        this.intakeToLatest = intakeToLatest;
        this.messages = messages;
    }

    @GetMapping("/editions/{editionId}/trajectories")
    String page(@PathVariable String editionId, Viewer viewer, Model model) {
        EditionSummary edition = store.edition(editionId, viewer);
        model.addAttribute("edition", edition);
        model.addAttribute("panels", panels(edition));
        model.addAttribute("levels", List.of(0, 1, 2));
        return "trajectories/trajectories";
    }

    @GetMapping("/charts/{editionId}/trajectory-flows.svg")
    ResponseEntity<String> svg(@PathVariable String editionId, Viewer viewer, Locale locale) {
        return Pictures.svgResponse(picture(editionId, viewer, locale));
    }

    @GetMapping("/charts/{editionId}/trajectory-flows.png")
    ResponseEntity<byte[]> png(@PathVariable String editionId, Viewer viewer, Locale locale) {
        return Pictures.pngResponse(picture(editionId, viewer, locale));
    }

    FlowPicture picture(String editionId, Viewer viewer, Locale locale) {
        EditionSummary edition = store.edition(editionId, viewer);
        Texts texts = key -> messages.getMessage(key, null, key, locale);
        return new FlowPicture(
                panels(edition), texts.get("trajectories.title-short") + " · " + edition.editionId(), texts);
    }

    /** M4's panels, then intake to the latest wave when that is W2 or later. */
    List<FlowPanel> panels(EditionSummary edition) {
        List<FlowPanel> panels = new ArrayList<>(Trajectories.fromMetricRows(store.metrics(edition.editionId())));
        intakeToLatest.panel(edition).ifPresent(panels::add);
        return panels;
    }
}
