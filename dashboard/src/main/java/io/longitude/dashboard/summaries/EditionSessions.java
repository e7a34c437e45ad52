package io.longitude.dashboard.summaries;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.longitude.core.lake.LakeTables;
import io.longitude.dashboard.network.LakeReads;
import io.longitude.dashboard.system.LongitudeProperties;
import io.longitude.dashboard.system.VersionedCache;
import io.longitude.ingest.summaries.SessionSummaries;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.springframework.stereotype.Component;

/**
 * An edition's sessions with their summaries, as the sessions page and the public page show them: the lake's sessions
 * in date order, each with the versions of its summary from {@code session_summaries}. The views are kept per edition
 * and language until either table gets a new Delta version (a listing of their logs), so a busy public page or feed
 * does not run Spark jobs per request. The scope check is the caller's.
 */
@Component
public class EditionSessions {
    /** Editions × languages kept per version of the two tables. */
    private static final int CACHED_VIEWS = 64;

    private final LakeReads lake;
    private final SessionSummaries summaries;
    private final VersionedCache<List<String>, List<SessionView>> views = new VersionedCache<>(CACHED_VIEWS);

    EditionSessions(LakeReads lake, SparkSession spark, LongitudeProperties properties) {
        this.lake = lake;
        this.summaries = new SessionSummaries(spark, properties.lake());
    }

    /** The edition's sessions in date order, each with its summary in the reader's language (or another, said so). */
    public List<SessionView> views(String editionId, String reader) {
        return views.get(
                List.of(editionId, reader),
                lake.versions(List.of(LakeTables.SESSIONS, LakeTables.SESSION_SUMMARIES)),
                () -> read(editionId, reader));
    }

    private List<SessionView> read(String editionId, String reader) {
        List<SessionSummaries.Summary> versions = summaries.versions(editionId);
        return sessions(editionId).stream()
                .map(session -> SessionView.of(
                        session,
                        versions.stream()
                                .filter(summary -> summary.sessionId().equals(session.getString(0)))
                                .toList(),
                        reader))
                .toList();
    }

    boolean has(String editionId, String sessionId) {
        return sessions(editionId).stream().anyMatch(row -> row.getString(0).equals(sessionId));
    }

    List<SessionSummaries.Summary> versions(String editionId) {
        return summaries.versions(editionId);
    }

    void save(List<SessionSummaries.Summary> versions) {
        summaries.save(versions);
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
