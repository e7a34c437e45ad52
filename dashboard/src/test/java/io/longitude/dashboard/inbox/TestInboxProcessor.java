package io.longitude.dashboard.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.delta.tables.DeltaTable;
import io.longitude.analytics.AnalyticsConfig;
import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.TableDefinition;
import io.longitude.core.privacy.Pseudonymizer;
import io.longitude.dashboard.system.LocalSpark;
import io.longitude.ingest.Ingest;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.IngestReport;
import io.longitude.ingest.QuarantineItem;
import io.longitude.ingest.generate.DemoProgrammeGenerator;
import io.longitude.ingest.generate.GeneratorConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files dropped in an inbox are ingested with their rule's mapping, moved with a report beside them, and analysed. */
class TestInboxProcessor {
    @TempDir
    Path temp;

    @Test
    void aRuleWithProgrammesAndAnUploadersScopeAcceptOnlyTheirRows() throws IOException {
        Path inbox = temp.resolve("scoped");
        Files.createDirectories(inbox);
        Files.writeString(inbox.resolve("a-editions.csv"), """
                programme_id,edition_id,number,start_date,end_date,target_group,funder_id
                prog-a,E-A1,1,2024-01-10,2024-03-20,all sectors,fund
                prog-b,E-B1,1,2024-01-10,2024-03-20,all sectors,fund
                prog-c,E-C1,1,2024-01-10,2024-03-20,all sectors,fund
                """);
        Files.writeString(inbox.resolve(InboxConfig.FILE_NAME), """
                rules:
                  - match: "*.csv"
                    programmes: [prog-a, prog-b]
                """);
        String lake = temp.resolve("lake").toUri().toString();
        InboxProcessor processor = new InboxProcessor(
                LocalSpark.session("local[2]"),
                new IngestConfig(
                        lake,
                        temp.resolve("quarantine"),
                        new Pseudonymizer("inbox-test-key-0123456789".getBytes(StandardCharsets.UTF_8), 1)),
                AnalyticsConfig.of(lake, temp.resolve("metrics").toUri().toString()));

        List<String> report =
                processor.process(inbox, io.longitude.ingest.WriteScope.only(List.of("prog-a", "prog-c")), file -> {});

        assertThat(report.get(0)).contains("3 rows read, 1 accepted, 2 quarantined");
        assertThat(new io.longitude.ingest.lake.DeltaLake(LocalSpark.session("local[2]"), lake)
                        .read(io.longitude.core.lake.LakeTables.EDITIONS)
                        .select("programme_id")
                        .as(org.apache.spark.sql.Encoders.STRING())
                        .collectAsList())
                .as("the rule's programmes and the uploader's: only prog-a")
                .containsExactly("prog-a");
    }

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
                """.formatted(
                Path.of("..", "data", "mappings", "google-forms-sample.yaml").toAbsolutePath()));
        String lake = temp.resolve("lake").toUri().toString();
        InboxProcessor processor = new InboxProcessor(
                LocalSpark.session("local[2]"),
                new IngestConfig(
                        lake,
                        temp.resolve("quarantine"),
                        new Pseudonymizer("inbox-test-key-0123456789".getBytes(StandardCharsets.UTF_8), 1)),
                AnalyticsConfig.of(lake, temp.resolve("metrics").toUri().toString()));

        List<String> report = processor.process(inbox);

        assertThat(inbox.resolve("processed/editions.csv")).exists();
        assertThat(inbox.resolve("processed/followup-W0.csv.report.txt"))
                .content()
                .contains("(followup):", "accepted");
        assertThat(inbox.resolve("failed/kobo-export.csv.report.txt"))
                .content()
                .contains("UNKNOWN_FORMAT", "the header lacks the columns");
        assertThat(inbox.resolve("failed/notes.txt.report.txt")).content().contains("no rule of inbox.yaml matches");
        assertThat(inbox.resolve("editions.csv")).doesNotExist();
        assertThat(report).last().asString().startsWith("Analysed the lake");
        assertThat(temp.resolve("metrics/metric_values/_delta_log")).isDirectory();
        assertThat(processor.process(inbox)).as("an empty inbox is a no-op").isEmpty();
    }

    /** The seven canonical files of a small programme, under names whose alphabetical order is the wrong one. */
    private static final List<String> SEVEN = List.of(
            "followup-W1.csv",
            "followup-W0.csv",
            "assessments.csv",
            "attendance.csv",
            "sessions.csv",
            "participants.csv",
            "editions.csv");

    @Test
    void sevenFilesDroppedAtOnceInAnyOrderGiveTheSameLakeAsTheCli() throws IOException {
        Path demo = temp.resolve("demo");
        DemoProgrammeGenerator.generate(new GeneratorConfig(demo, 30, 1, 3, GeneratorConfig.DEFAULT_AS_OF));
        Path inbox = temp.resolve("inbox");
        Files.createDirectories(inbox);
        for (int index = 0; index < SEVEN.size(); index++) {
            Files.copy(demo.resolve(SEVEN.get(index)), inbox.resolve((char) ('a' + index) + "-" + SEVEN.get(index)));
        }
        Files.writeString(inbox.resolve(InboxConfig.FILE_NAME), "rules:\n  - match: \"*.csv\"\n");
        Pseudonymizer keys = new Pseudonymizer("inbox-test-key-0123456789".getBytes(StandardCharsets.UTF_8), 1);
        String cliLake = temp.resolve("cli-lake").toUri().toString();
        IngestReport cli = Ingest.run(
                LocalSpark.session("local[2]"),
                new IngestConfig(cliLake, temp.resolve("cli-quarantine"), keys),
                SEVEN.stream().map(demo::resolve).toList());
        String lake = temp.resolve("lake").toUri().toString();
        InboxProcessor processor = new InboxProcessor(
                LocalSpark.session("local[2]"),
                new IngestConfig(lake, temp.resolve("quarantine"), keys),
                AnalyticsConfig.of(lake, temp.resolve("metrics").toUri().toString()));

        List<String> report = processor.process(inbox);

        assertThat(report.subList(0, 7))
                .extracting(line -> line.substring(0, line.indexOf(' ')))
                .as("rosters first, whatever the names")
                .containsExactly(
                        "g-editions.csv",
                        "f-participants.csv",
                        "e-sessions.csv",
                        "d-attendance.csv",
                        "c-assessments.csv",
                        "a-followup-W1.csv",
                        "b-followup-W0.csv");
        assertThat(cli.rowsPending()).isZero();
        assertThat(String.join("\n", report)).contains("0 pending").doesNotContain("FAILED");
        for (TableDefinition table : LakeTables.ALL) {
            if (table == LakeTables.BATCHES
                    || !DeltaTable.isDeltaTable(LocalSpark.session("local[2]"), cliLake + "/" + table.name())) {
                continue;
            }
            assertThat(rows(lake, table))
                    .as(table.name())
                    .isEqualTo(rows(cliLake, table))
                    .isNotEmpty();
        }
        try (var processed = Files.list(inbox.resolve("processed"))) {
            assertThat(processed
                            .filter(file -> file.toString().endsWith(".csv"))
                            .count())
                    .isEqualTo(7);
        }
    }

    @Test
    void aFollowupBeforeItsRosterWaitsAndAFileWithNothingAcceptedFails() throws IOException {
        Path demo = temp.resolve("demo");
        DemoProgrammeGenerator.generate(new GeneratorConfig(demo, 30, 1, 3, GeneratorConfig.DEFAULT_AS_OF));
        Path inbox = temp.resolve("inbox");
        Files.createDirectories(inbox);
        Files.writeString(inbox.resolve(InboxConfig.FILE_NAME), "rules:\n  - match: \"*.csv\"\n");
        Files.copy(demo.resolve("followup-W0.csv"), inbox.resolve("followup-W0.csv"));
        Pseudonymizer keys = new Pseudonymizer("inbox-test-key-0123456789".getBytes(StandardCharsets.UTF_8), 1);
        String lake = temp.resolve("lake").toUri().toString();
        InboxProcessor processor = new InboxProcessor(
                LocalSpark.session("local[2]"),
                new IngestConfig(lake, temp.resolve("quarantine"), keys),
                AnalyticsConfig.of(lake, temp.resolve("metrics").toUri().toString()));
        long responses = Files.readAllLines(demo.resolve("followup-W0.csv")).size() - 1;

        processor.process(inbox);
        assertThat(inbox.resolve("processed/followup-W0.csv.report.txt"))
                .content()
                .contains("0 accepted", responses + " pending");
        Files.copy(demo.resolve("editions.csv"), inbox.resolve("editions.csv"));
        Files.copy(demo.resolve("participants.csv"), inbox.resolve("participants.csv"));
        Files.writeString(
                inbox.resolve("followup-W9.csv"),
                Files.readAllLines(demo.resolve("followup-W0.csv")).get(0) + "\n"
                        + Files.readAllLines(demo.resolve("followup-W0.csv"))
                                .get(1)
                                .replace(",W0,", ",W9,") + "\n");
        List<String> report = processor.process(inbox);

        assertThat(String.join("\n", report))
                .contains("followup-W0.csv (followup): " + responses + " pending rows retried, " + responses
                        + " accepted");
        assertThat(LocalSpark.session("local[2]")
                        .read()
                        .format("delta")
                        .load(lake + "/responses")
                        .count())
                .isEqualTo(responses);
        assertThat(inbox.resolve("failed/followup-W9.csv.report.txt"))
                .content()
                .contains("1 rows read, 0 accepted", "1 rejected");
        assertThat(Ingest.quarantine(temp.resolve("quarantine"))).noneMatch(QuarantineItem::pending);
    }

    private static List<String> rows(String lake, TableDefinition table) {
        List<String> columns = table.columnNames();
        return LocalSpark.session("local[2]")
                .read()
                .format("delta")
                .load(lake + "/" + table.name())
                .selectExpr("to_json(struct(" + String.join(", ", columns) + "))")
                .as(Encoders.STRING())
                .collectAsList()
                .stream()
                .sorted()
                .toList();
    }
}
