package io.longitude.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.TableDefinition;
import io.longitude.ingest.lake.DeltaLake;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad rows are quarantined with file, line, field and reason; bad files are rejected whole and change nothing. */
class TestBadInput extends IngestTestBase {
    private static final String FOLLOWUP_HEADER =
            "participant_id,edition_id,wave,submitted_at,sd_integration,sd_interest,ties,satisfaction";

    @TempDir
    static Path temp;

    static IngestConfig config;
    static DeltaLake lake;

    @BeforeAll
    static void rosters() throws IOException {
        config = new IngestConfig(temp.resolve("lake").toString(), temp.resolve("quarantine"), PSEUDONYMIZER);
        lake = new DeltaLake(spark, config.lakeRoot());
        IngestReport report =
                Ingest.run(spark, config, List.of(write("participants.csv", """
                        participant_id,name,email,phone,programme_id,edition_id,role,desk_id,status,intake_date,sector,gender,age_band
                        P-1,Ann Peeters,ann@example.org,,prog,E1,candidate,D1,enrolled,2024-01-01,food,f,25-34
                        P-2,Bob Maes,bob@example.org,,prog,E1,candidate,D1,completed,2024-01-01,food,m,35-44
                        P-3,Cleo Diallo,cleo@example.org,,prog,E1,candidate,D2,referred,2024-01-01,crafts,x,18-24
                        P-4,Dan Nowak,dan@example.org,,prog,E9,candidate,D2,enrolled,2024-01-01,crafts,m,55+
                        """), write("editions.csv", """
                        programme_id,edition_id,number,start_date,end_date,target_group,funder_id
                        prog,E1,1,2024-01-10,2024-03-20,all sectors,fund
                        """)));
        assertThat(report.failed()).isFalse();
        assertThat(report.files().get(0).kind())
                .as("editions go first whatever the order given")
                .isEqualTo("editions");
        assertThat(report.files().get(1).rowsQuarantined())
                .as("P-4's edition does not exist")
                .isEqualTo(1);
    }

    @Test
    void badRowsAreQuarantinedWithLineFieldAndReasonAndBadAnswersAlone() throws IOException {
        Path file = write(
                "followup-bad.csv",
                FOLLOWUP_HEADER + "\n"
                        + "P-1,E1,W0,2024-01-09T10:00:00+01:00,1,,,\n"
                        + "P-2,E1,W0,2024-01-09T10:00:00+01:00,3,,,\n"
                        + "P-1,E1,W0,2024-01-09T11:00:00+01:00,2,,,\n"
                        + "P-1,E1,W7,2024-01-09T10:00:00+01:00,1,,,\n"
                        + "P-9,E1,W1,2024-03-21T10:00:00+01:00,1,,,\n"
                        + "P-2,E1,W1,2024-03-21T10:00:00+01:00,2,,P-1:friendship,\n"
                        + "P-1,E1,W2,yesterday,2,,,\n"
                        + "P-1,E1,W3,2024-03-21T10:00:00+01:00,2,,,4\n"
                        + "P-1,E1,W4,2024-03-21T10:00:00+01:00,2\n"
                        + "\"P-1\",E1,W1,2024-03-21T10:00:00+01:00,0,3,P-2:joint_project,5\n");

        FileReport report = Ingest.run(spark, config, List.of(file)).files().get(0);

        assertThat(report.status()).isEqualTo(FileReport.Status.INGESTED);
        assertThat(report.rowsRead()).isEqualTo(10);
        assertThat(report.rowsAccepted()).isEqualTo(5);
        assertThat(report.rowsWithQuarantinedAnswers()).isEqualTo(3);
        assertThat(report.rowsQuarantined()).isEqualTo(5);
        assertThat(report.rowsPending()).as("P-9 may still come in a roster").isEqualTo(1);
        List<String> quarantine = Files.readAllLines(Path.of(report.message()));
        String p1 = PSEUDONYMIZER.pseudonym("P-1");
        String p2 = PSEUDONYMIZER.pseudonym("P-2");
        assertThat(quarantine.get(0)).isEqualTo("file,line,field,value,code,reason,outcome,key");
        assertThat(quarantine.subList(1, quarantine.size()))
                .containsExactly(
                        "followup-bad.csv,3,sd_integration,3,INVALID_VALUE,\"not one of the codes 0, 1, 2\",answer,responses|"
                                + p2 + "|E1|W0",
                        "followup-bad.csv,4,participant_key+edition_id+wave,,DUPLICATE_ROW,repeats the row of line 2,rejected,",
                        "followup-bad.csv,5,wave,W7,UNKNOWN_WAVE,the edition has no such wave (W0 to W4),rejected,",
                        "followup-bad.csv,6,participant_id,P-9,UNKNOWN_REFERENCE,participant is not in the roster of edition E1,pending,",
                        "followup-bad.csv,7,ties,P-1:friendship,INVALID_VALUE,\"tie kind 'friendship' is not one of co_founding, supplier_client, joint_project, referral\",answer,responses|"
                                + p2 + "|E1|W1",
                        "followup-bad.csv,8,submitted_at,yesterday,INVALID_VALUE,not an ISO-8601 time with offset,rejected,",
                        "followup-bad.csv,9,satisfaction,4,INVALID_VALUE,asked only in W1,answer,responses|" + p1
                                + "|E1|W3",
                        "followup-bad.csv,10,,,MALFORMED_ROW,\"expected 8 fields as in the header, found 5\",rejected,");
        List<String> accepted = lake.read(LakeTables.RESPONSES)
                .filter(org.apache.spark.sql.functions.col("participant_key").equalTo(PSEUDONYMIZER.pseudonym("P-1")))
                .selectExpr("concat(wave, ':', sd_integration, ':', coalesce(size(ties), 0))")
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList();
        assertThat(accepted).containsExactlyInAnyOrder("W0:1:0", "W1:0:1", "W3:2:0");
    }

    @Test
    void unreadableFilesAreRejectedWholeAndLeaveTheLakeAsItWas() throws IOException {
        Map<String, Long> before = versions();
        Map<Path, String> bytesBefore = lakeBytes();
        Path unknownHeader = write("unknown.csv", "respondent,score\nx,1\n");
        Path misspelt = write("misspelt.csv", FOLLOWUP_HEADER + ",sd_integratoin\nP-1,E1,W2,,1,,,,1\n");
        Path notUtf8 = temp.resolve("latin1.csv");
        Files.write(notUtf8, (FOLLOWUP_HEADER + "\nP-1,E1,W2,,1,,Caf\u00e9,\n").getBytes(StandardCharsets.ISO_8859_1));
        Path empty = write("empty.csv", "");
        Path missing = temp.resolve("missing.csv");

        IngestReport report = Ingest.run(spark, config, List.of(unknownHeader, misspelt, notUtf8, empty, missing));

        assertThat(report.files()).allSatisfy(file -> assertThat(file.status()).isEqualTo(FileReport.Status.FAILED));
        assertThat(report.failed()).isTrue();
        assertThat(report.files())
                .extracting(FileReport::message)
                .anySatisfy(message ->
                        assertThat(message).contains("unknown.csv", "line 1 is not the header of a canonical file"));
        assertThat(report.files())
                .extracting(FileReport::message)
                .anySatisfy(message ->
                        assertThat(message).contains("misspelt.csv", "not in the canonical format: [sd_integratoin]"));
        assertThat(report.files())
                .extracting(FileReport::message)
                .anySatisfy(message -> assertThat(message).contains("latin1.csv", "not valid text in its encoding"));
        assertThat(report.files())
                .extracting(FileReport::message)
                .anySatisfy(message -> assertThat(message).contains("empty.csv", "the file is empty"));
        assertThat(report.files())
                .extracting(FileReport::message)
                .anySatisfy(message -> assertThat(message).contains("missing.csv"));
        assertThat(versions()).isEqualTo(before);
        assertThat(lakeBytes()).as("every file of the lake, byte for byte").isEqualTo(bytesBefore);
    }

    @Test
    void windows1252IsReadWhenTheMappingDeclaresIt() throws IOException {
        String yaml = """
                tool: limesurvey
                encoding: windows-1252
                separator: ";"
                submission_id: [id]
                participant_id: {column: token}
                edition_id: {value: E1}
                wave: {value: W3}
                submitted_at: {column: submitdate, format: "yyyy-MM-dd HH:mm:ss", zone: Europe/Brussels}
                questions:
                  business_status: {column: statut, values: {"lancée": launched, "arrêtée": stopped}}
                """;
        io.longitude.ingest.mapping.Mapping mapping = io.longitude.ingest.mapping.MappingLoader.load(
                new java.io.ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                "cp1252.yaml",
                io.longitude.core.instrument.InstrumentLoader.followup());
        Path file = temp.resolve("excel-resaved.csv");
        Files.write(
                file,
                "id;submitdate;token;statut\r\n7;2024-10-01 09:30:00;P-1;lancée\r\n"
                        .getBytes(java.nio.charset.Charset.forName("windows-1252")));

        FileReport report =
                Ingest.run(spark, config, mapping, List.of(file)).files().get(0);

        assertThat(report.rowsAccepted())
                .as("%s: %s", report, report.rowsQuarantined() == 0 ? "" : Files.readString(Path.of(report.message())))
                .isEqualTo(1);
    }

    private static Map<Path, String> lakeBytes() throws IOException {
        Map<Path, String> files = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> walk = Files.walk(temp.resolve("lake"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(file, Ingest.sha256(file));
            }
        }
        return files;
    }

    @Test
    void aBomAndCrlfLineEndingsAreAccepted() throws IOException {
        Path file = temp.resolve("followup-bom.csv");
        Files.write(
                file,
                ("\uFEFF" + FOLLOWUP_HEADER + "\r\nP-2,E1,W1,2024-03-22T09:00:00Z,2,,,4\r\n")
                        .getBytes(StandardCharsets.UTF_8));

        FileReport report = Ingest.run(spark, config, List.of(file)).files().get(0);

        assertThat(report.rowsAccepted()).isEqualTo(1);
        assertThat(report.rowsQuarantined()).isZero();
    }

    private static Map<String, Long> versions() {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (TableDefinition table : LakeTables.ALL) {
            versions.put(table.name(), lake.version(table));
        }
        return versions;
    }

    private static Path write(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
