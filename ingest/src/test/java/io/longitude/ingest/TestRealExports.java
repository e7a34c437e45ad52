package io.longitude.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.lake.LakeTables;
import io.longitude.ingest.lake.DeltaLake;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real exports in {@code ../shared/samples/real-exports/} (see its SOURCES.md) ingest through the mapping files
 * in {@code data/mappings/}, with the row counts worked out by reading each file. Skips where the samples are absent.
 */
class TestRealExports extends IngestTestBase {
    static final Path SAMPLES =
            Path.of(System.getProperty("longitude.shared-dir", "../../shared"), "samples", "real-exports");
    static final Path MAPPINGS = Path.of("..", "data", "mappings");

    @TempDir
    static Path temp;

    static IngestConfig config;

    @BeforeAll
    static void rosters() throws IOException {
        Assumptions.assumeTrue(
                Files.isDirectory(SAMPLES),
                "The real export samples are not at " + SAMPLES.toAbsolutePath()
                        + " (../shared/samples beside the project): skipping the real-export tests");
        config = new IngestConfig(temp.resolve("lake").toString(), temp.resolve("quarantine"), PSEUDONYMIZER);
        StringBuilder participants = new StringBuilder(
                "participant_id,name,email,phone,programme_id,edition_id,role,desk_id,status,intake_date,sector,gender,age_band\n");
        for (String id : List.of(
                "R_2YPOQ602ER1jkf1",
                "100",
                "220",
                "1",
                "2",
                "3",
                "4",
                "5",
                "testing1",
                "testing2",
                "testing3",
                "testing4",
                "testing5",
                "uuid:d5e78a78-34db-483d-978f-d9c9a3bc7b69",
                "uuid:529cb189-8bb2-4cf1-9041-dcde716efb4f",
                "321169978",
                "321171150",
                "321171598",
                "321173759",
                "321174226")) {
            participants.append(id).append(",,,,sample,E01,candidate,D1,enrolled,,,,\n");
        }
        participants.append("304,,,,sample,E02,candidate,D1,enrolled,,,,\n");
        Path editions = temp.resolve("editions.csv");
        Files.writeString(
                editions,
                "programme_id,edition_id,number,start_date,end_date,target_group,funder_id\n"
                        + "sample,E01,1,2015-01-01,2015-03-01,,\nsample,E02,2,2015-06-01,2015-09-01,,\n");
        Path roster = temp.resolve("participants.csv");
        Files.writeString(roster, participants.toString(), StandardCharsets.UTF_8);
        assertThat(Ingest.run(spark, config, List.of(editions, roster)).rowsQuarantined())
                .isZero();
    }

    @Test
    void qualtricsCurrentExportWithThreeHeaderRows() {
        FileReport report = ingest("qualtrics-sample.yaml", "qualtrics/sample.csv");

        assertCounts(report, 1, 1, 0);
        assertThat(response("R_2YPOQ602ER1jkf1", "W1")).isEqualTo("qualtrics|R_2YPOQ602ER1jkf1|1|2017-07-18 06:28:48");
    }

    @Test
    void qualtricsLegacyExportWithBomAndTrailingComma() {
        assertCounts(ingest("qualtrics-legacy-sample.yaml", "qualtrics/sample_legacy.csv"), 1, 1, 0);
    }

    @Test
    void redcapLongitudinalEventsGiveEditionAndWave() throws IOException {
        FileReport report = ingest("redcap-longitudinal-sample.yaml", "redcap/longitudinal/data.csv");

        assertCounts(report, 18, 11, 7);
        assertThat(Files.readAllLines(Path.of(report.message())).subList(1, 8))
                .allSatisfy(line -> assertThat(line).contains(",wave,").contains("UNKNOWN_WAVE"));
        assertThat(response("304", "W1")).isEqualTo("redcap|304|first_visit_arm_2");
    }

    @Test
    void redcapRepeatingInstrumentsBaseRowIsIntake() {
        assertCounts(ingest("redcap-repeating-sample.yaml", "redcap/repeating-instruments-sparse/data.csv"), 9, 9, 0);
        assertThat(response("1", "W3")).isEqualTo("redcap|1|bp|3|2019-10-13 22:00:00");
    }

    @Test
    void redcapSurveyNotCompletedIsMissing() {
        assertCounts(ingest("redcap-survey-sample.yaml", "redcap/survey/data.csv"), 2, 2, 0);
    }

    @Test
    void odkCentralRootTableWithShortRows() {
        assertCounts(ingest("odk-flora-sample.yaml", "odk-central/build_Flora-Quadrat-0-4_1564384341.csv"), 2, 2, 0);
        assertThat(response("uuid:529cb189-8bb2-4cf1-9041-dcde716efb4f", "W1"))
                .isEqualTo("odk|uuid:529cb189-8bb2-4cf1-9041-dcde716efb4f|2019-09-18 06:20:25.78");
    }

    @Test
    void googleFormsLocaleTimestampsAndNoFinalNewline() {
        assertCounts(ingest("google-forms-sample.yaml", "google-forms/Kobo Test.csv"), 5, 5, 0);
        assertThat(response("testing1", "W2"))
                .isEqualTo("google|2023/11/13 4:20:37 pm CET|testing1|2023-11-13 15:20:37");
    }

    @Test
    void koboXlsxMainSheetWithExcelDates() {
        assertCounts(
                ingest(
                        "kobo-meeting-sample.yaml",
                        "kobotoolbox/Meeting_Form_-_latest_version_-_False_-_2024-03-14-09-51-14.xlsx"),
                5,
                5,
                0);
        assertThat(response("321169978", "W1")).isEqualTo("kobo|321169978|2024-03-14 09:36:52");
    }

    @Test
    void odkCentralZipJoinsRepeatTablesByParentKey() throws IOException {
        Path zip = temp.resolve("submissions.csv.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (String table : List.of("", "-taxon_encounter", "-vegetation_stratum")) {
                String name = "build_Flora-Quadrat-0-4_1564384341" + table + ".csv";
                out.putNextEntry(new java.util.zip.ZipEntry(name));
                out.write(Files.readAllBytes(SAMPLES.resolve("odk-central").resolve(name)));
                out.closeEntry();
            }
        }
        io.longitude.ingest.mapping.Mapping mapping = Ingest.mapping(MAPPINGS.resolve("odk-flora-zip-sample.yaml"));
        List<List<String>> rows = new java.util.ArrayList<>();
        Map<String, Integer> columns;
        try (var source = io.longitude.ingest.source.OdkSubmissionsZip.open(zip, mapping)) {
            columns = source.columns();
            source.forEach(row -> rows.add(row.fields()));
        }
        assertThat(rows).hasSize(2);
        String first = rows.get(0).get(columns.get("taxon_encounter/field_name"));
        assertThat(first.split(";")).hasSizeGreaterThan(1).contains("Conostylis yellow", "Blue bush");

        FileReport report =
                Ingest.run(spark, config, mapping, List.of(zip)).files().get(0);
        assertThat(report.rowsRead()).isEqualTo(2);
        assertThat(report.rowsAccepted() + report.rowsQuarantined()).isEqualTo(2);
    }

    @Test
    void koboRepeatSheetsJoinTheirSubmission() {
        io.longitude.ingest.mapping.Mapping mapping = Ingest.mapping(MAPPINGS.resolve("kobo-meeting-sample.yaml"));
        List<List<String>> rows = new java.util.ArrayList<>();
        Map<String, Integer> columns;
        try (var source = io.longitude.ingest.source.SpreadsheetExport.open(
                SAMPLES.resolve("kobotoolbox/Meeting_Form_-_latest_version_-_False_-_2024-03-14-09-51-14.xlsx"),
                mapping)) {
            columns = source.columns();
            source.forEach(row -> rows.add(row.fields()));
        }
        assertThat(columns)
                .containsKeys("participants/Participant_name", "topics_discussed/Topic_title", "feedback/Comments");
        assertThat(rows).hasSize(5);
        assertThat(rows.stream().map(row -> row.get(columns.get("participants/Participant_name"))))
                .anySatisfy(names -> assertThat(names).contains("Charles"));
    }

    private static FileReport ingest(String mapping, String sample) {
        IngestReport report =
                Ingest.run(spark, config, Ingest.mapping(MAPPINGS.resolve(mapping)), List.of(SAMPLES.resolve(sample)));
        assertThat(report.failed()).as(report.files().toString()).isFalse();
        return report.files().get(0);
    }

    private static void assertCounts(FileReport report, long read, long accepted, long quarantined) {
        assertThat(report.status()).isEqualTo(FileReport.Status.INGESTED);
        assertThat(report.rowsRead()).as("rows read").isEqualTo(read);
        assertThat(report.rowsAccepted()).as("rows accepted").isEqualTo(accepted);
        assertThat(report.rowsQuarantined()).as("rows quarantined").isEqualTo(quarantined);
    }

    /** source tool | submission id | sd_integration | submitted_at (UTC) of a participant's response; nulls left out. */
    private static String response(String participantId, String wave) {
        return new DeltaLake(spark, config.lakeRoot())
                .read(LakeTables.RESPONSES)
                .filter(org.apache
                        .spark
                        .sql
                        .functions
                        .col("participant_key")
                        .equalTo(PSEUDONYMIZER.pseudonym(participantId))
                        .and(org.apache.spark.sql.functions.col("wave").equalTo(wave)))
                .selectExpr(
                        "concat_ws('|', source_tool, source_submission_id, sd_integration, cast(submitted_at as string))")
                .as(org.apache.spark.sql.Encoders.STRING())
                .first();
    }
}
