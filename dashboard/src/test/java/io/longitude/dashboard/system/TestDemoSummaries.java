package io.longitude.dashboard.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.dashboard.summaries.SafeMarkdown;
import io.longitude.ingest.summaries.Publications;
import io.longitude.ingest.summaries.SessionSummaries;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's session summaries: written once in three languages, kept when the demo runs again. */
class TestDemoSummaries {
    @TempDir
    Path folder;

    @Test
    void writtenOnceInEveryLanguageAndKeptOnTheNextRun() {
        String lake = folder.resolve("lake").toUri().toString();
        var spark = LocalSpark.session("local[2]");

        assertThat(DemoSummaries.writeIfMissing(spark, lake, "brussels-sd-pilot"))
                .isEqualTo(6);
        assertThat(DemoSummaries.writeIfMissing(spark, lake, "brussels-sd-pilot"))
                .isZero();

        List<SessionSummaries.Summary> versions = new SessionSummaries(spark, lake).versions("E01");
        assertThat(versions).hasSize(6);
        assertThat(versions).extracting(SessionSummaries.Summary::sessionId).containsOnly("E01-S01", "E01-S03");
        assertThat(versions)
                .allSatisfy(summary -> assertThat(SafeMarkdown.html(summary.markdown()))
                        .startsWith("<p><strong>")
                        .doesNotContain("**", "<script"));
    }

    @Test
    void editionOneIsPublishedOnceAndAManagersTakeDownIsKept() {
        String lake = folder.resolve("lake").toUri().toString();
        var spark = LocalSpark.session("local[2]");

        assertThat(DemoSummaries.publishIfNever(spark, lake, "brussels-sd-pilot"))
                .isTrue();
        Publications publications = new Publications(spark, lake);
        assertThat(publications.latest().get("E01").published()).isTrue();

        publications.record(new Publications.Change(
                "brussels-sd-pilot",
                "E01",
                false,
                "manager",
                java.time.Instant.now().plusSeconds(1)));
        assertThat(DemoSummaries.publishIfNever(spark, lake, "brussels-sd-pilot"))
                .isFalse();
        assertThat(publications.latest().get("E01").published()).isFalse();
        assertThat(publications.history())
                .extracting(Publications.Change::published)
                .containsExactly(true, false);
    }
}
