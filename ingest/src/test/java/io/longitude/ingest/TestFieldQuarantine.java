package io.longitude.ingest;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.lake.LakeTables;
import io.longitude.ingest.lake.DeltaLake;
import io.longitude.ingest.lake.QuarantineLedger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad answer costs that answer, not the respondent: the row is accepted without it, and the quarantine keeps it. */
class TestFieldQuarantine extends IngestTestBase {
    private static final String HEADER =
            "participant_id,edition_id,wave,submitted_at,sd_integration,business_launch_date,ties,employees";

    @TempDir
    Path temp;

    IngestConfig config;
    DeltaLake lake;

    @BeforeEach
    void rosters() throws IOException {
        config = new IngestConfig(temp.resolve("lake").toString(), temp.resolve("quarantine"), PSEUDONYMIZER);
        lake = new DeltaLake(spark, config.lakeRoot());
        IngestReport report =
                Ingest.run(spark, config, List.of(write("editions.csv", """
                        programme_id,edition_id,number,start_date,end_date,target_group,funder_id
                        prog,E1,1,2024-01-10,2024-03-20,all sectors,fund
                        """), write("participants.csv", """
                        participant_id,name,email,phone,programme_id,edition_id,role,desk_id,status,intake_date,sector,gender,age_band
                        P-1,Ann,ann@example.org,,prog,E1,candidate,D1,enrolled,2024-01-01,food,f,25-34
                        P-2,Bob,bob@example.org,,prog,E1,candidate,D1,completed,01/01/2024,food,male,35-44
                        P-3,Cleo,cleo@example.org,,prog,E1,candidate,D2,enrolled,2024-01-01,crafts,x,18-24
                        """)));
        assertThat(report.failed()).isFalse();
        assertThat(report.files().get(1).rowsAccepted())
                .as("a bad intake date and gender do not cost Bob his enrolment")
                .isEqualTo(3);
        assertThat(report.files().get(1).rowsWithQuarantinedAnswers()).isEqualTo(1);
    }

    @Test
    void aRowWithOneBadAnswerIsAcceptedWithThatAnswerMissing() throws IOException {
        FileReport report = ingest(
                "followup-W1.csv",
                HEADER + "\n"
                        + "P-1,E1,W1,2024-03-21T10:00:00+01:00,7,2024-02-01,,3\n"
                        + "P-2,E1,W1,2024-03-21T10:00:00+01:00,1,2024-02-01,,3\n");

        assertThat(report.rowsAccepted()).isEqualTo(2);
        assertThat(report.rowsAcceptedWhole()).isEqualTo(1);
        assertThat(report.rowsWithQuarantinedAnswers()).isEqualTo(1);
        assertThat(report.rowsRejected()).isZero();
        assertThat(report.toString())
                .contains(
                        "2 rows read, 2 accepted, 0 quarantined: 1 accepted whole, 1 with quarantined answers, 0 rejected, 0 pending");
        Row ann = response("P-1", "W1");
        assertThat(ann.<Object>getAs("sd_integration")).isNull();
        assertThat(ann.<Integer>getAs("employees")).as("her other answers stay").isEqualTo(3);
        assertThat(Files.readAllLines(Path.of(report.quarantineLog())).get(1))
                .startsWith(
                        "followup-W1.csv,2,sd_integration,7,INVALID_VALUE,\"not one of the codes 0, 1, 2\",answer,responses|");
    }

    @Test
    void aTiesListWithOneBadElementKeepsTheOthers() throws IOException {
        FileReport report = ingest(
                "followup-W2.csv",
                HEADER + "\n"
                        + "P-1,E1,W2,2024-09-21T10:00:00+02:00,1,,P-2:supplier;P-3:joint_project;P-9:referral;P-1:co_founding,\n");

        assertThat(report.rowsAccepted()).isEqualTo(1);
        assertThat(report.rowsWithQuarantinedAnswers()).isEqualTo(1);
        List<String> ties = lake.read(LakeTables.RESPONSES)
                .filter(col("participant_key").equalTo(PSEUDONYMIZER.pseudonym("P-1")))
                .selectExpr("explode(ties) as tie")
                .selectExpr("concat(tie.participant_key, ':', tie.kind)")
                .as(Encoders.STRING())
                .collectAsList();
        assertThat(ties).containsExactly(PSEUDONYMIZER.pseudonym("P-3") + ":joint_project");
        List<QuarantineItem> items = Ingest.quarantine(config.quarantineDir()).stream()
                .filter(item -> item.file().equals("followup-W2.csv"))
                .toList();
        assertThat(items)
                .extracting(QuarantineItem::value, QuarantineItem::outcome, QuarantineItem::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("P-2:supplier", "answer", "INVALID_VALUE"),
                        org.assertj.core.groups.Tuple.tuple("P-9:referral", "answer", "UNKNOWN_REFERENCE"),
                        org.assertj.core.groups.Tuple.tuple("P-1:co_founding", "answer", "INVALID_VALUE"));
        assertThat(items.get(0).reason()).as("no synonym is guessed").contains("tie kind 'supplier' is not one of");
    }

    @Test
    void timestampsInDateFieldsAreAcceptedAsTheirLocalDateWithANote() throws IOException {
        FileReport assessments = ingest("assessments.csv", """
                participant_id,edition_id,wave,sd_integration,assessed_at
                P-1,E1,W0,1,2025-02-01T09:00:00+01:00
                P-2,E1,W0,2,2025-02-01T23:30:00-05:00
                """);
        FileReport followup = ingest(
                "followup-W3.csv", HEADER + "\n" + "P-3,E1,W3,2025-03-21T10:00:00+01:00,2,2024-11-30T08:00:00,,\n");

        assertThat(assessments.rowsAcceptedWhole()).isEqualTo(2);
        assertThat(followup.rowsAcceptedWhole()).isEqualTo(1);
        List<String> dates = lake.read(LakeTables.ASSESSMENTS)
                .orderBy("assessed_at")
                .selectExpr("cast(assessed_at as string)")
                .as(Encoders.STRING())
                .collectAsList();
        assertThat(dates).as("the date as written, not shifted to UTC").containsExactly("2025-02-01", "2025-02-01");
        assertThat(response("P-3", "W3")
                        .<java.sql.Date>getAs("business_launch_date")
                        .toLocalDate())
                .hasToString("2024-11-30");
        assertThat(Ingest.quarantine(config.quarantineDir()))
                .filteredOn(item -> item.outcome().equals("note"))
                .extracting(QuarantineItem::field)
                .containsExactlyInAnyOrder("assessed_at", "assessed_at", "business_launch_date");
    }

    @Test
    void aCorrectedExportFillsTheQuarantinedAnswersAndMarksThemSuperseded() throws IOException {
        ingest("followup-W1.csv", HEADER + "\n" + "P-1,E1,W1,2024-03-21T10:00:00+01:00,7,2024-02-01,P-2:supplier,3\n");
        FileReport corrected = ingest(
                "followup-W1-corrected.csv",
                HEADER + "\n" + "P-1,E1,W1,2024-03-21T10:00:00+01:00,2,2024-02-01,P-2:supplier_client,3\n");

        assertThat(corrected.rowsAcceptedWhole()).isEqualTo(1);
        Row ann = response("P-1", "W1");
        assertThat(ann.<Integer>getAs("sd_integration")).isEqualTo(2);
        assertThat(ann.getList(ann.fieldIndex("ties"))).hasSize(1);
        assertThat(Ingest.quarantine(config.quarantineDir()))
                .filteredOn(item -> item.file().equals("followup-W1.csv"))
                .extracting(QuarantineItem::field, QuarantineItem::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("sd_integration", "superseded"),
                        org.assertj.core.groups.Tuple.tuple("ties", "superseded"));
    }

    /**
     * Two corrections given together: the second is read while the first is committed (ingest prepares the next file
     * ahead), before the first fills the quarantined answers. It must come out as if read after it: the answers are
     * superseded once, by the first correction, and both files' rows are in the lake.
     */
    @Test
    void twoCorrectionsInOneRunSupersedeTheAnswersOnceByTheFirst() throws IOException {
        ingest("followup-W1.csv", HEADER + "\n" + "P-1,E1,W1,2024-03-21T10:00:00+01:00,7,2024-02-01,P-2:supplier,3\n");
        IngestReport both = Ingest.run(
                spark,
                config,
                List.of(
                        write(
                                "followup-W1-corrected-a.csv",
                                HEADER + "\n"
                                        + "P-1,E1,W1,2024-03-21T10:00:00+01:00,2,2024-02-01,P-2:supplier_client,3\n"),
                        write(
                                "followup-W1-corrected-b.csv",
                                HEADER + "\n"
                                        + "P-1,E1,W1,2024-03-21T10:00:00+01:00,1,2024-02-01,P-2:supplier_client,4\n")));

        assertThat(both.files())
                .extracting(FileReport::status)
                .containsExactly(FileReport.Status.INGESTED, FileReport.Status.INGESTED);
        assertThat(response("P-1", "W1").<Integer>getAs("sd_integration"))
                .as("the later file's answer, merged on the natural key")
                .isEqualTo(1);
        List<String> resolved = Files.readAllLines(config.quarantineDir().resolve(QuarantineLedger.RESOLVED)).stream()
                .skip(1)
                .toList();
        assertThat(resolved).hasSize(2).allMatch(line -> line.contains("followup-W1-corrected-a.csv"));
        assertThat(Ingest.quarantine(config.quarantineDir()))
                .filteredOn(item -> item.file().equals("followup-W1.csv"))
                .extracting(QuarantineItem::state)
                .containsOnly("superseded");
    }

    @Test
    void theSummarySeparatesRowsAcceptedWholeWithQuarantinedAnswersAndRejected() throws IOException {
        IngestReport report = Ingest.run(
                spark,
                config,
                List.of(write(
                        "followup-W4.csv",
                        HEADER + "\n"
                                + "P-1,E1,W4,2025-03-21T10:00:00+01:00,1,,,\n"
                                + "P-2,E1,W4,2025-03-21T10:00:00+01:00,1,,,many\n"
                                + "P-3,E1,W4,last week,1,,,\n")));

        assertThat(report.summary())
                .contains(
                        "3 rows read, 2 accepted, 1 quarantined (1 accepted whole, 1 with quarantined answers, 1 rejected, 0 pending)");
    }

    private Row response(String participant, String wave) {
        return lake.read(LakeTables.RESPONSES)
                .filter(col("participant_key")
                        .equalTo(PSEUDONYMIZER.pseudonym(participant))
                        .and(col("wave").equalTo(wave)))
                .first();
    }

    private FileReport ingest(String name, String content) throws IOException {
        FileReport report =
                Ingest.run(spark, config, List.of(write(name, content))).files().get(0);
        assertThat(report.status()).as(report.toString()).isEqualTo(FileReport.Status.INGESTED);
        return report;
    }

    private Path write(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
