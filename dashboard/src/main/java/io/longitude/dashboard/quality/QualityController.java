package io.longitude.dashboard.quality;

import io.longitude.dashboard.access.Role;
import io.longitude.dashboard.access.Viewer;
import io.longitude.dashboard.audit.Audit;
import io.longitude.dashboard.editions.EditionSummary;
import io.longitude.dashboard.editions.MetricStore;
import io.longitude.dashboard.inbox.IngestService;
import io.longitude.ingest.FileReport;
import io.longitude.ingest.IngestReport;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The data-quality page of a programme: ingested files (rows accepted whole, with quarantined answers, rejected,
 * pending), quarantine counts and reasons, missingness per question and wave, response windows. Aggregates only;
 * rows and their values stay in the lake and the quarantine files. Its managers (and admins) can retry the pending
 * rows of the programme; the audit log records who did.
 */
@Controller
class QualityController {
    private final MetricStore store;
    private final QualityReader reader;
    private final IngestService ingest;
    private final Audit audit;

    QualityController(MetricStore store, QualityReader reader, IngestService ingest, Audit audit) {
        this.store = store;
        this.reader = reader;
        this.ingest = ingest;
        this.audit = audit;
    }

    @GetMapping("/programmes/{programmeId}/quality")
    String page(@PathVariable String programmeId, Viewer viewer, Model model, Locale locale) {
        model.addAttribute("programmeId", store.programme(programmeId, viewer));
        model.addAttribute("report", report(programmeId, viewer, locale));
        model.addAttribute("windowDays", QualityReader.WINDOW_DAYS);
        model.addAttribute("mayRetry", viewer.is(Role.MANAGER, Role.ADMIN));
        return "quality/quality";
    }

    /** Retries the programme's pending rows (managers of the programme and admins), then shows the page with the outcome. */
    @PostMapping("/programmes/{programmeId}/quality/retry")
    String retry(@PathVariable String programmeId, Viewer viewer, RedirectAttributes redirect) {
        String programme = store.programme(programmeId, viewer);
        if (!viewer.is(Role.MANAGER, Role.ADMIN)) {
            throw new AccessDeniedException("Only the programme's managers retry its pending rows");
        }
        IngestReport report = ingest.processor().retry(Optional.of(programme), "user " + viewer.username());
        audit.record(viewer, "quarantine.retry", programme, report.rowsAcceptedOnRetry());
        redirect.addFlashAttribute(
                "retried",
                report.files().stream().mapToLong(FileReport::rowsRead).sum());
        redirect.addFlashAttribute("retriedAccepted", report.rowsAcceptedOnRetry());
        return "redirect:/programmes/" + programme + "/quality#pending";
    }

    QualityReport report(String programmeId, Viewer viewer, Locale locale) {
        store.programme(programmeId, viewer);
        List<EditionSummary> editions = store.editions(viewer).stream()
                .filter(edition -> edition.programmeId().equals(programmeId))
                .toList();
        return reader.report(programmeId, editions, locale);
    }
}
