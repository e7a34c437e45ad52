package io.longitude.dashboard.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.analytics.AnalyticsConfig;
import io.longitude.core.privacy.Pseudonymizer;
import io.longitude.dashboard.system.LocalSpark;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.generate.DemoProgrammeGenerator;
import io.longitude.ingest.generate.GeneratorConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files dropped in an inbox are ingested with their rule's mapping, moved with a report beside them, and analysed. */
class TestInboxProcessor {
    @TempDir
    Path temp;

    @Test
    void ingestsMovesReportsAndAnalyses() throws IOException {
        Path inbox = temp.resolve("inbox");
        Path demo = temp.resolve("demo");
        DemoProgrammeGenerator.generate(new GeneratorConfig(demo, 30, 1, 3, GeneratorConfig.DEFAULT_AS_OF));
        Files.createDirectories(inbox);
        for (String name : List.of("editions.csv", "participants.csv", "followup-W0.csv")) {
            Files.copy(demo.resolve(name), inbox.resolve(name));
        }
        Files.writeString(inbox.resolve("kobo-export.csv"), "participant_code;when\nP01-000001;2022-01-11T10:00:00\n");
        Files.writeString(inbox.resolve("notes.txt"), "not an export");
        Files.writeString(inbox.resolve(InboxConfig.FILE_NAME), """
                rules:
                  - match: "kobo-*.csv"
                    mapping: %s
                  - match: "*.csv"
                """.formatted(Path.of("..", "data", "mappings", "google-forms-sample.yaml").toAbsolutePath()));
        String lake = temp.resolve("lake").toUri().toString();
        InboxProcessor processor = new InboxProcessor(LocalSpark.session("local[2]"),
                new IngestConfig(lake, temp.resolve("quarantine"), new Pseudonymizer("inbox-test-key-0123456789".getBytes(StandardCharsets.UTF_8), 1)),
                AnalyticsConfig.of(lake, temp.resolve("metrics").toUri().toString()));

        List<String> report = processor.process(inbox);

        assertThat(inbox.resolve("processed/editions.csv")).exists();
        assertThat(inbox.resolve("processed/followup-W0.csv.report.txt")).content().contains("(followup):", "accepted");
        assertThat(inbox.resolve("failed/kobo-export.csv.report.txt")).content().contains("UNKNOWN_FORMAT", "the header lacks the columns");
        assertThat(inbox.resolve("failed/notes.txt.report.txt")).content().contains("no rule of inbox.yaml matches");
        assertThat(inbox.resolve("editions.csv")).doesNotExist();
        assertThat(report).last().asString().startsWith("Analysed the lake");
        assertThat(temp.resolve("metrics/metric_values/_delta_log")).isDirectory();
        assertThat(processor.process(inbox)).as("an empty inbox is a no-op").isEmpty();
    }
}
