package io.longitude.dashboard.summaries;

import io.longitude.ingest.summaries.SessionSummaries;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;

/**
 * One session as its summaries page shows it.
 *
 * @param id the session id
 * @param date when it took place, if known
 * @param kind {@code THEMATIC} or {@code BMC_WORKSHOP}
 * @param theme its theme, if any
 * @param html the latest summary in the reader's language, rendered and sanitised; empty when there is none
 * @param language the language of that summary (the reader's, or the first other one written)
 * @param byline who wrote it and when ("manager, 5 Dec 2026, 14:03 UTC"); empty without a summary
 * @param writtenAt when the shown summary was saved; null without a summary
 * @param texts the latest Markdown per language, for the managers' form
 * @param history every version: language, author and time, newest first
 */
public record SessionView(
        String id,
        LocalDate date,
        String kind,
        String theme,
        String html,
        String language,
        String byline,
        Instant writtenAt,
        Map<String, String> texts,
        List<String> history) {

    public SessionView {
        texts = Map.copyOf(texts);
        history = List.copyOf(history);
    }

    static SessionView of(Row session, List<SessionSummaries.Summary> versions, String reader) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.forLanguageTag(reader))
                .withZone(ZoneOffset.UTC);
        Optional<SessionSummaries.Summary> shown = latest(versions, session.getString(0), reader)
                .filter(summary -> !summary.markdown().isEmpty())
                .or(() -> List.of("nl", "fr", "en").stream()
                        .map(language -> latest(versions, session.getString(0), language))
                        .flatMap(Optional::stream)
                        .filter(summary -> !summary.markdown().isEmpty())
                        .findFirst());
        Map<String, String> texts = List.of("nl", "fr", "en").stream()
                .collect(Collectors.toMap(
                        language -> language,
                        language -> latest(versions, session.getString(0), language)
                                .map(SessionSummaries.Summary::markdown)
                                .orElse("")));
        return new SessionView(
                session.getString(0),
                session.getDate(1) == null ? null : session.getDate(1).toLocalDate(),
                session.getString(2),
                session.getString(3),
                shown.map(summary -> SafeMarkdown.html(summary.markdown())).orElse(""),
                shown.map(SessionSummaries.Summary::language).orElse(""),
                shown.map(summary -> summary.author() + ", " + when.format(summary.writtenAt()))
                        .orElse(""),
                shown.map(SessionSummaries.Summary::writtenAt).orElse(null),
                texts,
                versions.stream()
                        .map(summary -> summary.language() + " · " + summary.author() + " · "
                                + when.format(summary.writtenAt()))
                        .toList());
    }

    /** The newest version of a session's summary in a language, if any was saved. */
    static Optional<SessionSummaries.Summary> latest(
            List<SessionSummaries.Summary> versions, String sessionId, String language) {
        return versions.stream()
                .filter(summary -> summary.sessionId().equals(sessionId)
                        && summary.language().equals(language))
                .max(Comparator.comparing(SessionSummaries.Summary::writtenAt));
    }
}
