package io.longitude.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.lake.LakeTables;
import io.longitude.ingest.lake.DeltaLake;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows waiting for a roster are pending, not rejected: they enter the lake once, when the roster arrives. */
class TestPendingRows extends IngestTestBase {
    private static final String EDITIONS = """
            programme_id,edition_id,number,start_date,end_date,target_group,funder_id
            prog,E1,1,2024-01-10,2024-03-20,all sectors,fund
            other,F1,1,2024-01-10,2024-03-20,all sectors,fund
            """;
    private static final String PARTICIPANTS = """
            participant_id,name,email,phone,programme_id,edition_id,role,desk_id,status,intake_date,sector,gender,age_band
            P-1,Ann,ann@example.org,,prog,E1,candidate,D1,enrolled,2024-01-01,food,f,25-34
            P-2,Bob,bob@example.org,,prog,E1,candidate,D1,completed,2024-01-01,food,m,35-44
            Q-1,Quinn,quinn@example.org,,other,F1,candidate,D1,completed,2024-01-01,food,m,35-44
            """;
    private static final String FOLLOWUP = """
            participant_id,edition_id,wave,submitted_at,sd_integration
            P-1,E1,W1,2024-03-21T10:00:00+01:00,1
            P-2,E1,W1,2024-03-21T10:00:00+01:00,9
            P-2,E1,W7,2024-03-21T10:00:00+01:00,1
            Q-1,F1,W1,2024-03-21T10:00:00+01:00,2
            """;

    @TempDir
    Path temp;

    IngestConfig config;
    DeltaLake lake;

    @BeforeEach
    void config() {
        config = new IngestConfig(temp.resolve("lake").toString(), temp.resolve("quarantine"), PSEUDONYMIZER);
        lake = new DeltaLake(spark, config.lakeRoot());
    }

    @Test
    void aFollowupBeforeItsRosterEntersTheLakeOnceWhenTheRosterArrives() throws IOException {
        FileReport early = Ingest.run(spark, config, List.of(write("followup-W1.csv", FOLLOWUP)))
                .files()
                .get(0);
        assertThat(early.rowsPending())
                .as("without editions every row waits, W7 too: " + early)
                .isEqualTo(4);
        assertThat(lake.exists(LakeTables.RESPONSES)).isFalse();

        IngestReport rosters = Ingest.run(
                spark, config, List.of(write("participants.csv", PARTICIPANTS), write("editions.csv", EDITIONS)));

        FileReport retried = rosters.files().get(2);
        assertThat(retried.status()).isEqualTo(FileReport.Status.RETRIED);
        assertThat(retried.file().getFileName()).hasToString("followup-W1.csv");
        assertThat(retried.rowsAccepted()).isEqualTo(3);
        assertThat(retried.rowsRejected())
                .as("W7 is a bad value, now that the edition is known")
                .isEqualTo(1);
        assertThat(retried.rowsWithQuarantinedAnswers())
                .as("P-2's level 9 is set aside, not P-2")
                .isEqualTo(1);
        assertThat(lake.read(LakeTables.RESPONSES).count()).isEqualTo(3);
        assertThat(lake.read(LakeTables.RESPONSES)
                        .select("batch_id")
                        .distinct()
                        .as(org.apache.spark.sql.Encoders.STRING())
                        .collectAsList())
                .as("the rows carry their own file's batch")
                .containsExactly(early.batchId());
        assertThat(Ingest.quarantine(config.quarantineDir()))
                .filteredOn(item -> item.outcome().equals("pending"))
                .extracting(QuarantineItem::state)
                .containsExactlyInAnyOrder(
                        "accepted on retry", "accepted on retry", "accepted on retry", "rejected on retry");

        long version = lake.version(LakeTables.RESPONSES);
        IngestReport again = Ingest.run(
                spark,
                config,
                List.of(write(
                        "sessions.csv", "session_id,edition_id,date,kind,theme\nE1-S1,E1,2024-01-12,THEMATIC,x\n")));
        assertThat(again.files()).hasSize(1);
        assertThat(lake.version(LakeTables.RESPONSES))
                .as("nothing is retried twice")
                .isEqualTo(version);
    }

    @Test
    void droppingAFileAgainRetriesItsPendingRowsAndDuplicatesNothing() throws IOException {
        Ingest.run(spark, config, List.of(write("editions.csv", EDITIONS)));
        Path followup = write("followup-W1.csv", FOLLOWUP);
        assertThat(Ingest.run(spark, config, List.of(followup)).files().get(0).rowsPending())
                .isEqualTo(3);
        assertThat(Ingest.alreadyIngested(config, Optional.empty(), List.of(followup)))
                .as("a file the lake holds, whose rows wait: the ingest has work to do")
                .isEmpty();
        assertThat(Ingest.run(spark, config, List.of(followup)).files().get(0).toString())
                .as("still waiting: the roster has not come")
                .contains("3 pending rows retried, 0 accepted", "3 still pending");
        // The roster arrives by a path that does not retry (as if the run had been killed after its commit).
        Files.createDirectories(config.quarantineDir());
        Path hidden = config.quarantineDir().resolveSibling("hidden");
        Files.move(config.quarantineDir(), hidden);
        Ingest.run(spark, config, List.of(write("participants.csv", PARTICIPANTS)));
        deleteTree(config.quarantineDir());
        Files.move(hidden, config.quarantineDir());

        FileReport dropped =
                Ingest.run(spark, config, List.of(followup)).files().get(0);
        FileReport droppedAgain =
                Ingest.run(spark, config, List.of(followup)).files().get(0);

        assertThat(dropped.status()).isEqualTo(FileReport.Status.RETRIED);
        assertThat(dropped.rowsAccepted()).isEqualTo(3);
        assertThat(droppedAgain.status())
                .as("a file whose rows are all in is skipped by its hash")
                .isEqualTo(FileReport.Status.ALREADY_INGESTED);
        assertThat(lake.read(LakeTables.RESPONSES).count()).isEqualTo(3);
    }

    @Test
    void aStewardRetriesOneProgrammesPendingRows() throws IOException {
        Ingest.run(spark, config, List.of(write("editions.csv", EDITIONS)));
        Ingest.run(spark, config, List.of(write("followup-W1.csv", FOLLOWUP)));
        Path hidden = temp.resolve("hidden");
        Files.move(config.quarantineDir(), hidden);
        Ingest.run(spark, config, List.of(write("participants.csv", PARTICIPANTS)));
        deleteTree(config.quarantineDir());
        Files.move(hidden, config.quarantineDir());

        IngestReport other = Ingest.retry(spark, config, Optional.of("other"), "steward");
        assertThat(other.files()).singleElement().satisfies(report -> {
            assertThat(report.rowsRead()).isEqualTo(1);
            assertThat(report.rowsAccepted()).isEqualTo(1);
        });
        assertThat(Ingest.quarantine(config.quarantineDir()))
                .filteredOn(QuarantineItem::pending)
                .hasSize(2);
        IngestReport all = Ingest.retry(spark, config, Optional.empty(), "steward");
        assertThat(all.files())
                .singleElement()
                .extracting(FileReport::rowsAccepted)
                .isEqualTo(2L);
        assertThat(Ingest.quarantine(config.quarantineDir()))
                .filteredOn(QuarantineItem::pending)
                .isEmpty();
        assertThat(lake.read(LakeTables.RESPONSES).count()).isEqualTo(3);
    }

    @Test
    void theOrderOfABatchIsTheOrderOfItsKindsWhateverTheNames() throws IOException {
        List<Path> files = new ArrayList<>(List.of(
                write("a-followup.csv", FOLLOWUP),
                write("b-attendance.csv", "session_id,participant_id\nE1-S1,P-1\n"),
                write("c-sessions.csv", "session_id,edition_id,date,kind,theme\nE1-S1,E1,2024-01-12,THEMATIC,x\n"),
                write("d-participants.csv", PARTICIPANTS),
                write(
                        "e-assessments.csv",
                        "participant_id,edition_id,wave,sd_integration,assessed_at\nP-1,E1,W0,1,2024-01-10\n"),
                write("z-editions.csv", EDITIONS)));
        Collections.shuffle(files, new Random(7));

        List<String> kinds = files.stream()
                .sorted(java.util.Comparator.comparingInt((Path file) -> Ingest.rank(file, Optional.empty()))
                        .thenComparing(Path::toString))
                .map(file -> file.getFileName().toString())
                .toList();
        IngestReport report = Ingest.run(spark, config, files);

        assertThat(kinds)
                .containsExactly(
                        "z-editions.csv",
                        "d-participants.csv",
                        "c-sessions.csv",
                        "b-attendance.csv",
                        "e-assessments.csv",
                        "a-followup.csv");
        assertThat(report.rowsPending()).isZero();
        assertThat(report.rowsAccepted()).isEqualTo(2 + 3 + 1 + 1 + 1 + 3);
    }

    private Path write(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
