package io.longitude.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.TableDefinition;
import io.longitude.ingest.lake.DeltaLake;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dry run says per file what ingest would accept, quarantine (the first rows, with their reasons), insert and
 * update, and writes nothing: the tables' Delta versions and the quarantine folder are the same afterwards.
 */
class TestDryRun extends IngestTestBase {
    private static final String EDITIONS = """
            programme_id,edition_id,number,start_date,end_date,target_group,funder_id
            prog,E1,1,2024-01-10,2024-03-20,all sectors,fund
            """;
    private static final String PARTICIPANTS = """
            participant_id,name,email,phone,programme_id,edition_id,role,desk_id,status,intake_date,sector,gender,age_band
            P-1,Ann,ann@example.org,,prog,E1,candidate,D1,completed,2024-01-01,food,f,25-34
            P-2,Bob,bob@example.org,,prog,E1,candidate,D1,completed,2024-01-01,food,m,35-44
            P-3,Cas,cas@example.org,,prog,E1,candidate,D1,completed,2024-01-01,food,m,35-44
            """;
    private static final String FIRST_WAVE = """
            participant_id,edition_id,wave,submitted_at,sd_integration
            P-1,E1,W1,2024-03-21T10:00:00+01:00,1
            P-2,E1,W1,2024-03-21T10:00:00+01:00,1
            """;
    /** P-1 as before, P-2 corrected, P-3 new, a bad wave, an unknown participant and a bad answer. */
    private static final String CORRECTED = """
            participant_id,edition_id,wave,submitted_at,sd_integration
            P-1,E1,W1,2024-03-21T10:00:00+01:00,1
            P-2,E1,W1,2024-03-21T10:00:00+01:00,2
            P-3,E1,W1,2024-03-22T10:00:00+01:00,0
            P-3,E1,W9,2024-03-22T10:00:00+01:00,0
            P-9,E1,W1,2024-03-22T10:00:00+01:00,0
            P-1,E1,W2,2024-06-22T10:00:00+01:00,7
            """;

    @TempDir
    Path temp;

    IngestConfig config;
    DeltaLake lake;

    @BeforeEach
    void lakeWithAWave() throws IOException {
        config = new IngestConfig(temp.resolve("lake").toString(), temp.resolve("quarantine"), PSEUDONYMIZER);
        lake = new DeltaLake(spark, config.lakeRoot());
        Ingest.run(
                spark,
                config,
                List.of(
                        write("editions.csv", EDITIONS),
                        write("participants.csv", PARTICIPANTS),
                        write("followup-W1.csv", FIRST_WAVE)));
    }

    @Test
    void saysWhatWouldBeInsertedUpdatedAndQuarantinedAndWritesNothing() throws IOException {
        Map<String, Long> versions = versions();
        Map<String, String> quarantine = folder(config.quarantineDir());

        List<FilePreview> previews =
                Ingest.dryRun(spark, config, Optional.empty(), List.of(write("followup-W1-corrected.csv", CORRECTED)));

        FilePreview preview = previews.get(0);
        assertThat(preview.report().status()).isEqualTo(FileReport.Status.CHECKED);
        assertThat(preview.report().rowsRead()).isEqualTo(6);
        assertThat(preview.report().rowsAccepted()).isEqualTo(4);
        assertThat(preview.report().rowsRejected()).isEqualTo(1);
        assertThat(preview.report().rowsPending()).isEqualTo(1);
        assertThat(preview.report().rowsWithQuarantinedAnswers()).isEqualTo(1);
        assertThat(preview.table()).isEqualTo("responses");
        assertThat(preview.inserted()).as("P-3 W1 and P-1 W2").isEqualTo(2);
        assertThat(preview.updated()).as("P-2 corrected").isEqualTo(1);
        assertThat(preview.unchanged()).as("P-1 as before").isEqualTo(1);
        assertThat(preview.firstQuarantined())
                .extracting(QuarantineItem::line, QuarantineItem::field, QuarantineItem::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(5L, "wave", "rejected"),
                        org.assertj.core.groups.Tuple.tuple(6L, "participant_id", "pending"),
                        org.assertj.core.groups.Tuple.tuple(7L, "sd_integration", "answer"));
        assertThat(String.join("\n", preview.lines()))
                .contains(
                        "6 rows read, 4 accepted, 2 quarantined",
                        "would insert 2 rows and update 1 in table responses (1 rows the same as in the lake)",
                        "line 5 rejected: wave: the edition has no such wave (W0 to W4) [UNKNOWN_WAVE] value 'W9'");

        assertThat(versions()).as("no table changed").isEqualTo(versions);
        assertThat(folder(config.quarantineDir()))
                .as("the quarantine folder is as it was")
                .isEqualTo(quarantine);
        assertThat(Ingest.run(spark, config, List.of(temp.resolve("in/followup-W1-corrected.csv")))
                        .files()
                        .get(0)
                        .rowsAccepted())
                .as("the real run agrees")
                .isEqualTo(4);
    }

    @Test
    void aRosterOfTheSameRunCountsAsArrivedAndAnIngestedFileChangesNothing() throws IOException {
        Map<String, Long> versions = versions();
        List<FilePreview> previews = Ingest.dryRun(
                spark,
                config,
                Optional.empty(),
                List.of(
                        write(
                                "followup-E2.csv",
                                "participant_id,edition_id,wave,submitted_at,sd_integration\nP-1,E2,W1,2024-09-21T10:00:00+01:00,1\n"),
                        write("participants-E2.csv", PARTICIPANTS.replace(",E1,", ",E2,")),
                        write("editions-E2.csv", EDITIONS.replace("E1,1", "E2,2")),
                        temp.resolve("in/followup-W1.csv")));

        assertThat(previews)
                .extracting(preview -> preview.report().file().getFileName().toString())
                .containsExactly("editions-E2.csv", "participants-E2.csv", "followup-E2.csv", "followup-W1.csv");
        assertThat(previews).extracting(FilePreview::inserted).containsExactly(1L, 3L, 1L, 0L);
        assertThat(previews.get(3).report().status()).isEqualTo(FileReport.Status.ALREADY_INGESTED);
        assertThat(versions()).isEqualTo(versions);
        assertThat(lake.read(LakeTables.EDITIONS).count()).isEqualTo(1);
    }

    private Map<String, Long> versions() {
        Map<String, Long> versions = new TreeMap<>();
        for (TableDefinition table : LakeTables.ALL) {
            versions.put(table.name(), lake.version(table));
        }
        return versions;
    }

    /** Every file of the folder with its content. */
    private static Map<String, String> folder(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString(), Files.readString(path));
            }
        }
        return files;
    }

    private Path write(String name, String content) throws IOException {
        Path folder = temp.resolve("in");
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(name), content);
    }
}
