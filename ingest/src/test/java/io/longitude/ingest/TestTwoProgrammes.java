package io.longitude.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.lake.LakeTables;
import io.longitude.ingest.generate.DemoProgrammeGenerator;
import io.longitude.ingest.generate.GeneratorConfig;
import io.longitude.ingest.generate.ProgrammeNames;
import io.longitude.ingest.lake.DeltaLake;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two generated programmes in one lake: their editions, people and responses stay apart. */
class TestTwoProgrammes extends IngestTestBase {
    private static final String SECOND = "ghent-crafts";

    @TempDir
    static Path temp;

    static Path demo;
    static Path ghent;
    static DeltaLake lake;
    static IngestReport demoReport;
    static IngestReport ghentReport;

    @BeforeAll
    static void ingestBoth() throws IOException {
        demo = temp.resolve("demo");
        ghent = temp.resolve("ghent");
        DemoProgrammeGenerator.generate(GeneratorConfig.defaults(demo));
        DemoProgrammeGenerator.generate(new GeneratorConfig(ghent, 60, 2, 7, GeneratorConfig.DEFAULT_AS_OF)
                .withProgramme(ProgrammeNames.of(SECOND, "G").withFunder("funder-flanders")));
        IngestConfig config =
                new IngestConfig(temp.resolve("lake").toUri().toString(), temp.resolve("quarantine"), PSEUDONYMIZER);
        demoReport = Ingest.run(spark, config, TestIngest.csvFiles(demo));
        ghentReport = Ingest.run(spark, config, TestIngest.csvFiles(ghent));
        lake = new DeltaLake(spark, config.lakeRoot());
    }

    @Test
    void everyRowOfBothProgrammesIsAccepted() {
        assertThat(demoReport.rowsQuarantined()).isZero();
        assertThat(ghentReport.rowsQuarantined()).isZero();
        assertThat(ghentReport.files())
                .hasSize(14)
                .allSatisfy(file -> assertThat(file.status()).isEqualTo(FileReport.Status.INGESTED));
    }

    @Test
    void editionsAndSessionsBelongToTheirProgramme() {
        assertThat(lake.read(LakeTables.EDITIONS)
                        .groupBy("programme_id", "funder_id")
                        .count()
                        .collectAsList())
                .extracting(row -> row.getString(0) + "/" + row.getString(1) + "=" + row.getLong(2))
                .containsExactlyInAnyOrder(
                        DemoProgrammeGenerator.PROGRAMME_ID + "/funder-brussels-economy=3",
                        SECOND + "/funder-flanders=2");
        assertThat(lake.read(LakeTables.SESSIONS).count()).isEqualTo(50);
        assertThat(lake.read(LakeTables.ENROLMENTS)
                        .join(
                                lake.read(LakeTables.EDITIONS)
                                        .select("edition_id", "programme_id")
                                        .withColumnRenamed("programme_id", "edition_programme"),
                                "edition_id")
                        .filter("programme_id <> edition_programme")
                        .count())
                .isZero();
    }

    @Test
    void participantsOfTheTwoProgrammesAreDifferentPeople() throws IOException {
        Set<String> demoKeys = keys(DemoProgrammeGenerator.PROGRAMME_ID);
        Set<String> ghentKeys = keys(SECOND);
        assertThat(demoKeys).hasSize(sourceIds(demo));
        assertThat(ghentKeys).hasSize(sourceIds(ghent));
        assertThat(demoKeys).doesNotContainAnyElementsOf(ghentKeys);
        assertThat(lake.read(LakeTables.STAFF_RESPONSES)
                        .select("participant_key")
                        .distinct()
                        .count())
                .as("three staff per programme")
                .isEqualTo(6);
    }

    @Test
    void responsesCountPerProgrammeAsInTheirFiles() throws IOException {
        assertThat(lake.read(LakeTables.RESPONSES)
                        .filter("programme_id = '" + DemoProgrammeGenerator.PROGRAMME_ID + "'")
                        .count())
                .isEqualTo(followupRows(demo));
        assertThat(lake.read(LakeTables.RESPONSES)
                        .filter("programme_id = '" + SECOND + "'")
                        .count())
                .isEqualTo(followupRows(ghent));
    }

    private static Set<String> keys(String programme) {
        return Set.copyOf(lake.read(LakeTables.ENROLMENTS)
                .filter("programme_id = '" + programme + "'")
                .select("participant_key")
                .distinct()
                .as(Encoders.STRING())
                .collectAsList());
    }

    private static int sourceIds(Path folder) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("participants.csv"));
        return lines.subList(1, lines.size()).stream()
                .map(line -> line.split(",")[0])
                .collect(Collectors.toSet())
                .size();
    }

    private static long followupRows(Path folder) throws IOException {
        long rows = 0;
        for (int wave = 0; wave <= 4; wave++) {
            rows += Files.readAllLines(folder.resolve("followup-W" + wave + ".csv"))
                            .size()
                    - 1;
        }
        return rows;
    }
}
