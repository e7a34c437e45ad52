package io.longitude.dashboard.summaries;

import io.longitude.dashboard.access.Viewer;
import io.longitude.dashboard.audit.Audit;
import io.longitude.dashboard.editions.EditionSummary;
import io.longitude.dashboard.editions.MetricStore;
import io.longitude.dashboard.publication.PublishedEditions;
import io.longitude.dashboard.system.NotFoundException;
import io.longitude.ingest.summaries.Publications;
import io.longitude.ingest.summaries.SessionSummaries;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The session summaries of an edition: after each session the organisers write a summary with tips, in nl, fr and
 * en. Everyone who sees the edition reads them (rendered from Markdown and sanitised); the programme's managers write
 * them. Every save is a version (who, when) in the lake's {@code session_summaries} table.
 */
@Controller
class SummariesController {
    private final MetricStore store;
    private final EditionSessions sessions;
    private final PublishedEditions published;
    private final Audit audit;

    SummariesController(MetricStore store, EditionSessions sessions, PublishedEditions published, Audit audit) {
        this.store = store;
        this.sessions = sessions;
        this.published = published;
        this.audit = audit;
    }

    @GetMapping("/editions/{editionId}/sessions")
    String page(@PathVariable String editionId, Viewer viewer, Model model, Locale locale) {
        EditionSummary edition = store.edition(editionId, viewer);
        model.addAttribute("edition", edition);
        model.addAttribute("sessions", sessions.views(editionId, locale.getLanguage()));
        model.addAttribute(
                "publication",
                published
                        .change(editionId)
                        .filter(Publications.Change::published)
                        .map(change -> new PublicState(
                                DateTimeFormatter.ofPattern("d MMMM yyyy")
                                        .withLocale(locale)
                                        .withZone(ZoneOffset.UTC)
                                        .format(change.changedAt()),
                                change.changedBy()))
                        .orElse(null));
        return "summaries/sessions";
    }

    @PostMapping("/editions/{editionId}/sessions/{sessionId}")
    String save(
            @PathVariable String editionId,
            @PathVariable String sessionId,
            @RequestParam Map<String, String> form,
            Viewer viewer) {
        EditionSummary edition = store.edition(editionId, viewer);
        if (!sessions.has(editionId, sessionId)) {
            throw new NotFoundException("No session " + sessionId + " in edition " + editionId);
        }
        List<SessionSummaries.Summary> versions = sessions.versions(editionId);
        Instant now = Instant.now();
        List<SessionSummaries.Summary> changed = new ArrayList<>();
        for (String language : List.of("nl", "fr", "en")) {
            String text = form.getOrDefault("summary_" + language, "").strip();
            Optional<String> latest =
                    SessionView.latest(versions, sessionId, language).map(SessionSummaries.Summary::markdown);
            if (!text.equals(latest.orElse(""))) {
                changed.add(new SessionSummaries.Summary(
                        edition.programmeId(), editionId, sessionId, language, text, viewer.username(), now));
            }
        }
        sessions.save(changed);
        audit.record(viewer, "summary.save", editionId + ";session=" + sessionId, changed.size());
        return "redirect:/editions/" + editionId + "/sessions#" + sessionId;
    }

    /** An edition's public page as its sessions page tells the staff: since when, and who published it. */
    record PublicState(String since, String by) {}

    /** Publishes the edition's summaries and headline figures on its public page (the programme's managers only). */
    @PostMapping("/editions/{editionId}/sessions/publish")
    String publish(@PathVariable String editionId, Viewer viewer) {
        return change(editionId, viewer, true);
    }

    /** Takes the edition's public page down: its address, card, picture and feed entries answer 404 from now on. */
    @PostMapping("/editions/{editionId}/sessions/unpublish")
    String unpublish(@PathVariable String editionId, Viewer viewer) {
        return change(editionId, viewer, false);
    }

    private String change(String editionId, Viewer viewer, boolean publish) {
        EditionSummary edition = store.edition(editionId, viewer);
        published.change(edition, publish, viewer.username());
        audit.record(viewer, publish ? "edition.publish" : "edition.unpublish", editionId, 1);
        return "redirect:/editions/" + editionId + "/sessions#public";
    }
}
