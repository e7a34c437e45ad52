package io.longitude.dashboard.api;

import io.longitude.core.metrics.MetricValue;
import io.longitude.dashboard.access.Role;
import io.longitude.dashboard.access.Viewer;
import io.longitude.dashboard.editions.EditionSummary;
import io.longitude.dashboard.editions.MetricStore;
import io.longitude.dashboard.editions.PerParticipant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API: editions, and every metric row of an edition. */
@RestController
@RequestMapping("/api")
@Tag(name = "editions", description = "Editions and their metric rows (managers, analysts, admins)")
class ApiController {
    private final MetricStore store;

    ApiController(MetricStore store) {
        this.store = store;
    }

    @GetMapping("/editions")
    @Operation(
            summary = "Editions in the caller's scope",
            description =
                    "Every edition of the programmes the user may see: programme, number, dates and target group.")
    @ApiResponse(responseCode = "200", description = "the editions")
    @ApiResponse(
            responseCode = "401",
            description = "not signed in (no, wrong, revoked or expired token or HTTP Basic credentials)")
    @ApiResponse(responseCode = "403", description = "the user's role may not read editions")
    List<EditionSummary> editions(Viewer viewer) {
        return store.editions(viewer);
    }

    @GetMapping("/editions/{editionId}/metrics")
    @Operation(
            summary = "Every metric row of an edition",
            description = "The rows of the metric table (M1-M17) for the edition: numerator, denominator, n, value, "
                    + "95% interval, status and the input table versions. See docs/metrics.md for each row's meaning. "
                    + "Programme managers get no per-participant row (degree, betweenness and brokerage per participant key); "
                    + "analysts and admins get every row.")
    @ApiResponse(responseCode = "200", description = "the metric rows")
    @ApiResponse(
            responseCode = "401",
            description = "not signed in (no, wrong, revoked or expired token or HTTP Basic credentials)")
    @ApiResponse(responseCode = "403", description = "the user's role may not read metrics")
    @ApiResponse(responseCode = "404", description = "no such edition in the user's programmes")
    List<MetricRow> metrics(
            @Parameter(description = "edition id, as listed by /api/editions") @PathVariable String editionId,
            Viewer viewer) {
        store.edition(editionId, viewer);
        List<MetricValue> rows = store.metrics(editionId);
        return (viewer.is(Role.ANALYST, Role.ADMIN)
                        ? rows
                        : rows.stream().filter(row -> !PerParticipant.row(row)).toList())
                .stream().map(MetricRow::of).toList();
    }
}
