package io.longitude.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.TableDefinition;
import io.longitude.ingest.generate.DemoProgrammeGenerator;
import io.longitude.ingest.generate.GeneratorConfig;
import io.longitude.ingest.lake.DeltaLake;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestIngest extends IngestTestBase {
    @TempDir
    static Path temp;

    static Path demo;
    static IngestConfig config;
    static IngestReport first;

    @BeforeAll
    static void ingestDemo() throws IOException {
        demo = temp.resolve("demo");
        DemoProgrammeGenerator.generate(GeneratorConfig.defaults(demo));
        config = new IngestConfig(temp.resolve("lake").toUri().toString(), temp.resolve("quarantine"), PSEUDONYMIZER);
        first = Ingest.run(spark, config, csvFiles(demo));
    }

    @Test
    void everyGeneratedRowIsAccepted() throws IOException {
        assertThat(first.failed()).isFalse();
        assertThat(first.rowsQuarantined()).isZero();
        long dataLines = 0;
        for (Path file : csvFiles(demo)) {
            dataLines += Files.readAllLines(file).size() - 1;
        }
        assertThat(first.rowsRead()).isEqualTo(dataLines);
        assertThat(first.rowsAccepted()).isEqualTo(dataLines);
        DeltaLake lake = new DeltaLake(spark, config.lakeRoot());
        assertThat(lake.read(LakeTables.EDITIONS).count()).isEqualTo(3);
        assertThat(lake.read(LakeTables.SESSIONS).count()).isEqualTo(30);
        assertThat(lake.read(LakeTables.BATCHES).count()).isEqualTo(14);
        long responses = 0;
        for (int wave = 0; wave <= 4; wave++) {
            responses += Files.readAllLines(demo.resolve("followup-W" + wave + ".csv"))
                            .size()
                    - 1;
        }
        assertThat(lake.read(LakeTables.RESPONSES).count()).isEqualTo(responses);
        assertThat(lake.read(LakeTables.STAFF_RESPONSES).count())
                .isEqualTo(Files.readAllLines(demo.resolve(DemoProgrammeGenerator.STAFF_FOLLOWUP))
                                .size()
                        - 1);
        assertThat(first.summary())
                .startsWith("Ingested 14 files (0 already ingested, 0 failed): " + dataLines + " rows read");
    }

    @Test
    void staffQuestionnairesLandInStaffResponsesForCoachesAndManagersOnly() {
        assertThat(first.files()).anySatisfy(file -> {
            assertThat(file.kind()).isEqualTo("staff-followup");
            assertThat(file.rowsQuarantined()).isZero();
        });
        DeltaLake lake = new DeltaLake(spark, config.lakeRoot());
        Dataset<Row> staff = lake.read(LakeTables.STAFF_RESPONSES)
                .join(lake.read(LakeTables.ENROLMENTS), new String[] {"participant_key", "edition_id"});
        assertThat(staff.select("role").distinct().as(Encoders.STRING()).collectAsList())
                .containsExactlyInAnyOrder("coach", "manager");
        assertThat(staff.select("participant_key").distinct().count())
                .as("the same three people in every edition")
                .isEqualTo(3);
        assertThat(staff.select("edition_id").distinct().count()).isEqualTo(3);
        assertThat(staff.filter("instrument_id = 'staff' and instrument_version = 1")
                        .count())
                .isEqualTo(staff.count());
    }

    @Test
    void comparisonGroupFollowupsOfReferredCandidatesLandInResponses() throws IOException {
        Set<String> referred = new HashSet<>();
        for (String line : Files.readAllLines(demo.resolve("participants.csv"))) {
            String[] fields = line.split(",");
            if (fields[8].equals("referred")) {
                referred.add(fields[0] + "|" + fields[5]);
            }
        }
        long referredRows = 0;
        for (int wave = 0; wave <= 4; wave++) {
            for (String line : Files.readAllLines(demo.resolve("followup-W" + wave + ".csv"))) {
                String[] fields = line.split(",", -1);
                if (referred.contains(fields[0] + "|" + fields[1])) {
                    referredRows++;
                }
            }
        }
        assertThat(referredRows)
                .as("the generator writes follow-ups of referred-only candidates")
                .isPositive();

        DeltaLake lake = new DeltaLake(spark, config.lakeRoot());
        Dataset<Row> comparison = lake.read(LakeTables.RESPONSES)
                .join(
                        lake.read(LakeTables.ENROLMENTS).filter("role = 'candidate' and status = 'referred'"),
                        new String[] {"participant_key", "edition_id"});
        assertThat(comparison.count()).isEqualTo(referredRows);
        assertThat(comparison
                        .filter("size(coalesce(ties, array())) > 0 or satisfaction is not null")
                        .count())
                .as("no ties and no satisfaction in the comparison group")
                .isZero();
        assertThat(comparison.select("wave").distinct().as(Encoders.STRING()).collectAsList())
                .contains("W0", "W1", "W2");
    }

    @Test
    void secondIngestOfTheSameFilesChangesNothing() throws IOException {
        DeltaLake lake = new DeltaLake(spark, config.lakeRoot());
        Map<String, Long> before = versions(lake);

        IngestReport second = Ingest.run(spark, config, csvFiles(demo));

        assertThat(second.count(FileReport.Status.ALREADY_INGESTED)).isEqualTo(14);
        assertThat(second.rowsRead()).isZero();
        assertThat(versions(lake)).isEqualTo(before);
    }

    @Test
    void filesTheLakeHoldsAreKnownWithoutSparkAndOneNewFileOrAnotherLakeNeedsTheIngest() throws IOException {
        List<Path> files = csvFiles(demo);
        assertThat(Ingest.alreadyIngested(config, Optional.empty(), files))
                .hasValueSatisfying(report -> assertThat(report.files())
                        .as("every file, in ingest's order (rosters first), as Ingest.run reports them")
                        .extracting(FileReport::toString)
                        .containsExactlyElementsOf(Ingest.run(spark, config, files).files().stream()
                                .map(FileReport::toString)
                                .toList()));

        Path changed = temp.resolve("followup-W4-again.csv");
        Files.writeString(changed, Files.readString(demo.resolve("followup-W4.csv")) + "\n");
        assertThat(Ingest.alreadyIngested(config, Optional.empty(), List.of(files.get(0), changed)))
                .as("other bytes: a new batch")
                .isEmpty();
        IngestConfig elsewhere = new IngestConfig("hdfs://namenode/lake", temp.resolve("quarantine"), PSEUDONYMIZER);
        assertThat(Ingest.alreadyIngested(elsewhere, Optional.empty(), files))
                .as("a lake not on local disk is not read without Spark's configuration")
                .isEmpty();
    }

    @Test
    void noNameEmailOrSourceIdentifierEntersTheLake() throws IOException {
        Set<String> secrets = new HashSet<>();
        for (String line : Files.readAllLines(demo.resolve("participants.csv")).subList(1, 114)) {
            String[] fields = line.split(",");
            secrets.add(fields[0]);
            secrets.add(fields[1]);
            secrets.add(fields[2]);
            secrets.add(fields[3]);
        }
        try (Stream<Path> files = Files.walk(temp.resolve("lake"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String secret : secrets) {
                    assertThat(bytes).as("%s must not contain %s", file, secret).doesNotContain(secret);
                }
            }
        }
    }

    private static Map<String, Long> versions(DeltaLake lake) {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (TableDefinition table : LakeTables.ALL) {
            versions.put(table.name(), lake.version(table));
        }
        return versions;
    }

    static List<Path> csvFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".csv"))
                    .sorted()
                    .toList();
        }
    }
}
