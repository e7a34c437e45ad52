package io.longitude.ingest.erase;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.delta.tables.DeltaTable;
import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.TableDefinition;
import io.longitude.core.privacy.Pseudonymizer;
import io.longitude.ingest.Ingest;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.IngestReport;
import io.longitude.ingest.SparkTestSession;
import io.longitude.ingest.generate.DemoProgrammeGenerator;
import io.longitude.ingest.generate.GeneratorConfig;
import io.longitude.ingest.lake.DeltaLake;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erases a candidate of the demo programme from a lake built the way an older Longitude built it (statistics on
 * participant_key in the log, deletion vectors on), then searches every byte under the lake and the quarantine.
 */
class TestErasure {
    private static final Pseudonymizer PSEUDONYMIZER =
            new Pseudonymizer("test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8), 1);

    @TempDir
    static Path temp;

    static SparkSession spark;
    static Path lakeFolder;
    static Path quarantine;
    static DeltaLake lake;
    static String sourceId;
    static String pseudonym;
    static Map<String, Long> rowsBefore = new HashMap<>();
    static Map<String, Long> personRows = new HashMap<>();
    static long responsesNamingThePerson;
    static List<String> logFilesWithPrefixBefore;
    static IngestReport extraReport;
    static ErasureReport report;

    @BeforeAll
    static void ingestThenErase() throws IOException {
        spark = SparkTestSession.start("longitude-erasure-test");
        Path demo = temp.resolve("demo");
        DemoProgrammeGenerator.generate(GeneratorConfig.defaults(demo));
        lakeFolder = temp.resolve("lake");
        quarantine = temp.resolve("quarantine");
        IngestConfig config = new IngestConfig(lakeFolder.toUri().toString(), quarantine, PSEUDONYMIZER);
        lake = new DeltaLake(spark, config.lakeRoot());
        createAsAnOlderLongitudeDid();
        Ingest.run(spark, config, csvFiles(demo));
        choosePerson(demo);
        Path extra = temp.resolve("extra").resolve("followup-late.csv");
        Files.createDirectories(extra.getParent());
        String other = "P01-000001".equals(sourceId) ? "P01-000002" : "P01-000001";
        Files.writeString(
                extra,
                Files.readAllLines(demo.resolve("followup-W1.csv")).get(0) + "\n"
                        + sourceId + ",E03,W1,2022-03-18T10:48:00+01:00,2,2,2,1,3,0,0,preparing,,,,,6,3,\n"
                        + other + ",E01,W1,2022-03-18T10:48:00+01:00,2,2,2,1,3,0,0,preparing,,,," + sourceId
                        + ":bogus-kind,6,3,\n");
        extraReport = Ingest.run(spark, config, List.of(extra));
        for (TableDefinition table : Erasure.PERSONAL_TABLES) {
            rowsBefore.put(table.name(), lake.read(table).count());
            personRows.put(
                    table.name(),
                    lake.read(table)
                            .filter(col("participant_key").equalTo(pseudonym))
                            .count());
        }
        responsesNamingThePerson = lake.read(LakeTables.RESPONSES)
                .filter("exists(ties, tie -> tie.participant_key = '" + pseudonym + "')")
                .count();
        logFilesWithPrefixBefore =
                LakeBytes.decodedFilesContaining(spark, pseudonym.substring(0, 16), lakeFolder).stream()
                        .map(Path::toString)
                        .filter(path -> path.contains("_delta_log"))
                        .toList();
        System.out.println(
                "Log files whose statistics name the person before erasure: " + logFilesWithPrefixBefore.size());

        report = Erasure.erase(
                spark, config.lakeRoot(), quarantine, PSEUDONYMIZER, DemoProgrammeGenerator.PROGRAMME_ID, sourceId);
    }

    @Test
    void theLakeAndQuarantineHoldThePersonBeforeTheErasure() {
        assertThat(extraReport.rowsPending())
                .as("the person's row waits for an E03 enrolment")
                .isEqualTo(1);
        assertThat(extraReport.rowsWithQuarantinedAnswers())
                .as("the other's tie naming them is set aside")
                .isEqualTo(1);
        assertThat(personRows.get("responses")).isGreaterThanOrEqualTo(2);
        assertThat(personRows.get("attendance")).isPositive();
        assertThat(responsesNamingThePerson).isPositive();
        assertThat(logFilesWithPrefixBefore)
                .as("statistics of the old log name the person (chosen for it)")
                .isNotEmpty();
    }

    @Test
    void noFileUnderTheLakeOrQuarantineHoldsThePseudonymOrTheSourceId() throws IOException {
        assertThat(LakeBytes.filesContaining(pseudonym, lakeFolder, quarantine)).isEmpty();
        assertThat(LakeBytes.filesContaining(pseudonym.substring(0, 16), lakeFolder, quarantine))
                .as("not even a truncated statistic")
                .isEmpty();
        assertThat(LakeBytes.filesContaining(sourceId, lakeFolder, quarantine)).isEmpty();
        assertThat(LakeBytes.decodedFilesContaining(spark, pseudonym.substring(0, 16), lakeFolder, quarantine))
                .as("decoded Parquet too")
                .isEmpty();
        assertThat(LakeBytes.fileCount(quarantine)).isPositive();
    }

    @Test
    void exactlyThePersonsRowsAreGone() {
        for (TableDefinition table : Erasure.PERSONAL_TABLES) {
            assertThat(report.rowsRemoved().get(table.name())).as(table.name()).isEqualTo(personRows.get(table.name()));
            assertThat(lake.read(table).count())
                    .as(table.name())
                    .isEqualTo(rowsBefore.get(table.name()) - personRows.get(table.name()));
        }
        assertThat(report.tiesRemoved()).isEqualTo(responsesNamingThePerson);
        assertThat(lake.read(LakeTables.RESPONSES)
                        .filter("exists(ties, tie -> tie.participant_key = '" + pseudonym + "')")
                        .count())
                .isZero();
        assertThat(lake.read(LakeTables.EDITIONS).count()).isEqualTo(3);
        assertThat(report.quarantineLinesRemoved())
                .as("the log line and the pending row kept whole")
                .isEqualTo(2);
        assertThat(report.quarantineLinesRedacted()).isEqualTo(1);
        assertThat(report.filesVacuumed()).isPositive();
        assertThat(report.logFilesDeleted()).isPositive();
        assertThat(report.otherProgrammes()).isEmpty();
        assertThat(report.summary()).doesNotContain(sourceId, pseudonym).startsWith("Erased from brussels-sd-pilot: ");
    }

    @Test
    void tablesAreReadableWithoutTheirHistoryAndKeepTheirPrivacyProperties() {
        for (TableDefinition table : Erasure.PERSONAL_TABLES) {
            Map<String, String> properties = new HashMap<>();
            spark.sql("SHOW TBLPROPERTIES delta.`" + lake.path(table) + "`")
                    .collectAsList()
                    .forEach(row -> properties.put(row.getString(0), row.getString(1)));
            assertThat(properties)
                    .containsEntry("delta.enableDeletionVectors", "false")
                    .doesNotContainKey("delta.deletedFileRetentionDuration");
            assertThat(properties.get("delta.dataSkippingStatsColumns"))
                    .as(table.name())
                    .doesNotContain("participant_key")
                    .contains("edition_id");
        }
        assertThat(DeltaTable.forPath(spark, lake.path(LakeTables.RESPONSES))
                        .history()
                        .count())
                .isLessThan(4);
    }

    @Test
    void theVacuumsSettingsAreTheSessionsOwnAgainAfterwards() {
        assertThat(spark.conf().get(DeltaHistory.RETENTION_CHECK, null)).isNull();
        assertThat(spark.conf().get(DeltaHistory.LISTING_PARALLELISM, null))
                .as("Spark's listing parallelism, lowered for the VACUUM only")
                .isNull();
    }

    @Test
    void anUnknownPersonIsRefusedAndNothingChanges() {
        long version = lake.version(LakeTables.ENROLMENTS);
        assertThatThrownBy(() -> Erasure.erase(
                        spark,
                        lake.path(LakeTables.EDITIONS).replace("/editions", ""),
                        quarantine,
                        PSEUDONYMIZER,
                        DemoProgrammeGenerator.PROGRAMME_ID,
                        "NOBODY-1"))
                .hasMessageContaining("Cannot erase, the source id has no enrolment");
        assertThat(lake.version(LakeTables.ENROLMENTS)).isEqualTo(version);
    }

    @Test
    void newTablesKeepIdentifiersOutOfTheLogStatistics() {
        DeltaLake fresh = new DeltaLake(
                spark,
                io.longitude.core.lake.LakeUri.normalise(
                        temp.resolve("fresh").toUri().toString()));
        fresh.ensure(LakeTables.RESPONSES);
        String columns = spark.sql("SHOW TBLPROPERTIES delta.`" + fresh.path(LakeTables.RESPONSES) + "`")
                .filter("key = 'delta.dataSkippingStatsColumns'")
                .first()
                .getString(1);
        assertThat(columns.split(","))
                .contains("edition_id", "submitted_at")
                .doesNotContain("participant_key", "ties", "source_submission_id", "wave");
    }

    /** Tables as Longitude created them before erasure existed: statistics on every column, and here deletion vectors on. */
    private static void createAsAnOlderLongitudeDid() {
        for (TableDefinition table : LakeTables.ALL) {
            DeltaTable.createIfNotExists(spark)
                    .location(lake.path(table))
                    .addColumns(StructType.fromDDL(table.ddl()))
                    .partitionedBy(table.partitionBy().toArray(String[]::new))
                    .property("delta.enableDeletionVectors", "true")
                    .execute();
        }
    }

    /**
     * A candidate of E01 only whom others name as a tie, preferring one whose pseudonym the old log's statistics hold
     * (the hard case), then the one with the most responses.
     */
    private static void choosePerson(Path demo) throws IOException {
        StringBuilder logText = new StringBuilder();
        try (Stream<Path> files = Files.walk(lakeFolder)) {
            for (Path file : files.filter(path -> path.toString().contains("_delta_log") && Files.isRegularFile(path))
                    .toList()) {
                if (file.toString().endsWith(".parquet")) {
                    spark.read()
                            .parquet(file.toUri().toString())
                            .toJSON()
                            .collectAsList()
                            .forEach(logText::append);
                } else {
                    logText.append(Files.readString(file, StandardCharsets.ISO_8859_1));
                }
            }
        }
        Map<String, Long> named = new HashMap<>();
        lake.read(LakeTables.RESPONSES)
                .selectExpr("explode(ties.participant_key) as key")
                .groupBy("key")
                .count()
                .collectAsList()
                .forEach(row -> named.put(row.getString(0), row.getLong(1)));
        Map<String, Long> responses = new HashMap<>();
        lake.read(LakeTables.RESPONSES)
                .groupBy("participant_key")
                .count()
                .collectAsList()
                .forEach(row -> responses.put(row.getString(0), row.getLong(1)));
        List<String> enrolledOnce = lake.read(LakeTables.ENROLMENTS)
                .groupBy("participant_key")
                .count()
                .filter("count = 1")
                .select("participant_key")
                .as(Encoders.STRING())
                .collectAsList();
        sourceId = Files.readAllLines(demo.resolve("participants.csv")).stream()
                .skip(1)
                .map(line -> line.split(","))
                .filter(fields -> fields[5].equals("E01") && fields[6].equals("candidate"))
                .map(fields -> fields[0])
                .filter(id -> named.containsKey(PSEUDONYMIZER.pseudonym(id))
                        && enrolledOnce.contains(PSEUDONYMIZER.pseudonym(id)))
                .max(Comparator.comparing((String id) ->
                                logText.indexOf(PSEUDONYMIZER.pseudonym(id).substring(0, 16)) >= 0)
                        .thenComparingLong(id -> responses.getOrDefault(PSEUDONYMIZER.pseudonym(id), 0L))
                        .thenComparing(id -> id))
                .orElseThrow();
        pseudonym = PSEUDONYMIZER.pseudonym(sourceId);
    }

    private static List<Path> csvFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".csv"))
                    .sorted()
                    .toList();
        }
    }
}
