package io.longitude.ingest.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.longitude.core.lake.LakeTables;
import io.longitude.ingest.SparkTestSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Session summaries as versions in a real Delta table: appended, never overwritten, newest first. */
class TestSessionSummaries {
    static SparkSession spark;

    @TempDir
    Path folder;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.start("session-summaries");
    }

    @Test
    void eachSaveAppendsVersionsThatTravelWithTheLake() {
        String lake = folder.resolve("lake").toUri().toString();
        SessionSummaries summaries = new SessionSummaries(spark, lake);
        assertThat(summaries.versions("E01")).isEmpty();

        Instant first = Instant.parse("2026-12-01T10:00:00Z");
        Instant second = Instant.parse("2026-12-02T09:30:00Z");
        summaries.save(List.of(
                summary("E01-S01", "en", "**Tip**: start small", "manager", first),
                summary("E01-S01", "nl", "**Tip**: begin klein", "manager", first)));
        summaries.save(List.of(summary("E01-S01", "en", "**Tip**: start small, measure", "coach", second)));
        summaries.save(List.of(summary("E02-S01", "en", "another edition", "manager", second)));

        List<SessionSummaries.Summary> versions = summaries.versions("E01");
        assertThat(versions).hasSize(3);
        assertThat(versions.get(0).markdown()).isEqualTo("**Tip**: start small, measure");
        assertThat(versions.get(0).author()).isEqualTo("coach");
        assertThat(versions.get(0).writtenAt()).isEqualTo(second);
        assertThat(versions).extracting(SessionSummaries.Summary::language).containsExactly("en", "en", "nl");
        assertThat(Files.isDirectory(folder.resolve("lake")
                        .resolve(LakeTables.SESSION_SUMMARIES.name())
                        .resolve("_delta_log")))
                .isTrue();
        // Three saves, three commits after the table's creation.
        assertThat(spark.read()
                        .format("delta")
                        .load(lake + "/session_summaries")
                        .count())
                .isEqualTo(4);
    }

    @Test
    void aLanguageOtherThanNlFrEnOrATextTooLongIsRefusedNamingTheSession() {
        assertThatThrownBy(() -> summary("E01-S02", "de", "Hallo", "manager", Instant.now()))
                .hasMessageContaining("E01-S02")
                .hasMessageContaining("de");
        assertThatThrownBy(() ->
                        summary("E01-S02", "en", "x".repeat(SessionSummaries.MAX_LENGTH + 1), "manager", Instant.now()))
                .hasMessageContaining("E01-S02")
                .hasMessageContaining("at most 20000");
    }

    private static SessionSummaries.Summary summary(
            String session, String language, String markdown, String author, Instant at) {
        return new SessionSummaries.Summary("P", session.substring(0, 3), session, language, markdown, author, at);
    }
}
