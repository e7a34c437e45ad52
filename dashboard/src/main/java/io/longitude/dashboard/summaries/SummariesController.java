package io.longitude.dashboard.summaries;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.longitude.core.lake.LakeTables;
import io.longitude.dashboard.access.Viewer;
import io.longitude.dashboard.audit.Audit;
import io.longitude.dashboard.editions.EditionSummary;
import io.longitude.dashboard.editions.MetricStore;
import io.longitude.dashboard.network.LakeReads;
import io.longitude.dashboard.system.LongitudeProperties;
import io.longitude.dashboard.system.NotFoundException;
import io.longitude.ingest.summaries.SessionSummaries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
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
    private final LakeReads lake;
    private final SessionSummaries summaries;
    private final Audit audit;

    SummariesController(
            MetricStore store, LakeReads lake, SparkSession spark, LongitudeProperties properties, Audit audit) {
        this.store = store;
        this.lake = lake;
        this.summaries = new SessionSummaries(spark, properties.lake());
        this.audit = audit;
    }

    @GetMapping("/editions/{editionId}/sessions")
    String page(@PathVariable String editionId, Viewer viewer, Model model, Locale locale) {
        EditionSummary edition = store.edition(editionId, viewer);
        List<SessionSummaries.Summary> versions = summaries.versions(editionId);
        List<SessionView> sessions = new ArrayList<>();
        for (Row session : sessions(editionId)) {
            String id = session.getString(0);
            List<SessionSummaries.Summary> own = versions.stream()
                    .filter(summary -> summary.sessionId().equals(id))
                    .toList();
            sessions.add(SessionView.of(session, own, locale.getLanguage()));
        }
        model.addAttribute("edition", edition);
        model.addAttribute("sessions", sessions);
        return "summaries/sessions";
    }

    @PostMapping("/editions/{editionId}/sessions/{sessionId}")
    String save(
            @PathVariable String editionId,
            @PathVariable String sessionId,
            @RequestParam Map<String, String> form,
            Viewer viewer) {
        EditionSummary edition = store.edition(editionId, viewer);
        if (sessions(editionId).stream().noneMatch(row -> row.getString(0).equals(sessionId))) {
            throw new NotFoundException("No session " + sessionId + " in edition " + editionId);
        }
        List<SessionSummaries.Summary> versions = summaries.versions(editionId);
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
        summaries.save(changed);
        audit.record(viewer, "summary.save", editionId + ";session=" + sessionId, changed.size());
        return "redirect:/editions/" + editionId + "/sessions#" + sessionId;
    }

    private List<Row> sessions(String editionId) {
        return lake
                .read(LakeTables.SESSIONS, lake.version(LakeTables.SESSIONS))
                .filter(col("edition_id").equalTo(lit(editionId)))
                .select("session_id", "date", "kind", "theme")
                .collectAsList()
                .stream()
                .sorted(Comparator.comparing(
                                (Row row) -> row.getDate(1), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(row -> row.getString(0)))
                .toList();
    }
}
