package io.longitude.dashboard.api;

import io.longitude.core.metrics.MetricValue;
import io.longitude.dashboard.editions.EditionSummary;
import io.longitude.dashboard.editions.MetricStore;
import io.longitude.dashboard.access.Viewer;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API: editions, and every metric row of an edition. */
@RestController
@RequestMapping("/api")
class ApiController {
    private final MetricStore store;

    ApiController(MetricStore store) {
        this.store = store;
    }

    @GetMapping("/editions")
    List<EditionSummary> editions(Viewer viewer) {
        return store.editions(viewer);
    }

    @GetMapping("/editions/{editionId}/metrics")
    List<MetricValue> metrics(@PathVariable String editionId, Viewer viewer) {
        store.edition(editionId, viewer);
        return store.metrics(editionId);
    }
}
