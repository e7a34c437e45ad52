package io.longitude.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.lake.LakeTables;
import io.longitude.ingest.lake.DeltaLake;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staff questionnaire (coaches and managers) goes to {@code staff_responses}; follow-ups of referred-only
 * candidates (a comparison group) go to {@code responses} like everyone's.
 */
class TestStaffAndComparisonIngest extends IngestTestBase {
    private static final String STAFF_HEADER =
            "participant_id,edition_id,wave,submitted_at,staff_sd_in_support,staff_sd_confidence,staff_sd_tools,staff_sd_organisation";

    @TempDir
    static Path temp;

    static IngestConfig config;
    static DeltaLake lake;

    @BeforeAll
    static void rosters() throws IOException {
        config = new IngestConfig(temp.resolve("lake").toString(), temp.resolve("quarantine"), PSEUDONYMIZER);
        lake = new DeltaLake(spark, config.lakeRoot());
        IngestReport report =
                Ingest.run(spark, config, List.of(write("editions.csv", """
                        programme_id,edition_id,number,start_date,end_date,target_group,funder_id
                        prog,E1,1,2024-01-10,2024-03-20,all sectors,fund
                        prog,E2,2,2024-07-10,2024-09-20,crafts,fund
                        """), write("participants.csv", """
                        participant_id,name,email,phone,programme_id,edition_id,role,desk_id,status,intake_date,sector,gender,age_band
                        S-1,Nadia Coach,nadia@example.org,,prog,E1,coach,,enrolled,2024-01-10,,,
                        S-1,Nadia Coach,nadia@example.org,,prog,E2,coach,,enrolled,2024-07-10,,,
                        S-2,Leen Manager,leen@example.org,,prog,E1,manager,,enrolled,2024-01-10,,,
                        P-1,Ann Peeters,ann@example.org,,prog,E1,candidate,D1,enrolled,2024-01-01,food,f,25-34
                        P-3,Cleo Diallo,cleo@example.org,,prog,E1,candidate,D2,referred,2024-01-01,crafts,x,18-24
                        """)));
        assertThat(report.failed()).isFalse();
        assertThat(report.rowsQuarantined()).isZero();
    }

    @Test
    void staffRowsAreIngestedPseudonymisedAndBadOnesQuarantinedWithFileLineAndField() throws IOException {
        Path file = write(
                "staff-followup.csv",
                STAFF_HEADER + "\n"
                        + "S-1,E1,W0,2024-01-11T09:00:00+01:00,2,3,1,2\n"
                        + "S-2,E1,W0,2024-01-12T09:00:00+01:00,3,,2,4\n"
                        + "S-1,E2,W1,2024-09-21T09:00:00+01:00,4,4,3,5\n"
                        + "S-1,E1,W1,2024-03-21T09:00:00+01:00,6,4,3,5\n"
                        + "P-1,E1,W1,2024-03-21T09:00:00+01:00,3,3,3,3\n"
                        + "S-2,E2,W1,2024-09-21T09:00:00+01:00,3,3,3,3\n"
                        + "S-9,E1,W1,2024-03-21T09:00:00+01:00,3,3,3,3\n"
                        + "S-1,E1,W8,2024-03-21T09:00:00+01:00,3,3,3,3\n"
                        + "S-1,E1,W2,2024-09-21T09:00:00+01:00,3,x,3,3\n"
                        + "S-1,E1,W0,2024-01-11T10:00:00+01:00,2,3,1,2\n");

        IngestReport ingest = Ingest.run(spark, config, List.of(file));
        FileReport report = ingest.files().get(0);

        assertThat(report.kind()).isEqualTo("staff-followup");
        assertThat(report.status()).isEqualTo(FileReport.Status.INGESTED);
        assertThat(report.rowsRead()).isEqualTo(10);
        assertThat(report.rowsAccepted()).isEqualTo(5);
        assertThat(report.rowsWithQuarantinedAnswers()).isEqualTo(2);
        assertThat(report.rowsPending()).isEqualTo(2);
        List<String> quarantine = Files.readAllLines(Path.of(report.message()));
        String key = "staff_responses|" + PSEUDONYMIZER.pseudonym("S-1") + "|E1|";
        assertThat(quarantine.subList(1, quarantine.size()))
                .containsExactly(
                        "staff-followup.csv,5,staff_sd_in_support,6,INVALID_VALUE,out of range 1..5,answer," + key
                                + "W1",
                        "staff-followup.csv,6,participant_id,P-1,INVALID_VALUE,participant is not a coach or manager of edition E1 (role candidate),rejected,",
                        "staff-followup.csv,7,participant_id,S-2,UNKNOWN_REFERENCE,participant is not in the roster of edition E2,pending,",
                        "staff-followup.csv,8,participant_id,S-9,UNKNOWN_REFERENCE,participant is not in the roster of edition E1,pending,",
                        "staff-followup.csv,9,wave,W8,UNKNOWN_WAVE,the edition has no such wave (W0 to W4),rejected,",
                        "staff-followup.csv,10,staff_sd_confidence,x,INVALID_VALUE,not a whole number,answer," + key
                                + "W2",
                        "staff-followup.csv,11,participant_key+edition_id+wave,,DUPLICATE_ROW,repeats the row of line 2,rejected,");
        List<String> rows = lake.read(LakeTables.STAFF_RESPONSES)
                .selectExpr(
                        "concat_ws('|', participant_key, programme_id, edition_id, wave, instrument_id, instrument_version, "
                                + "coalesce(cast(staff_sd_in_support as string), ''), coalesce(cast(staff_sd_confidence as string), ''), "
                                + "coalesce(cast(staff_sd_tools as string), ''), coalesce(cast(staff_sd_organisation as string), ''), "
                                + "cast(submitted_at is not null as string))")
                .as(Encoders.STRING())
                .collectAsList();
        String s1 = PSEUDONYMIZER.pseudonym("S-1");
        String s2 = PSEUDONYMIZER.pseudonym("S-2");
        assertThat(rows)
                .containsExactlyInAnyOrder(
                        s1 + "|prog|E1|W0|staff|1|2|3|1|2|true",
                        s2 + "|prog|E1|W0|staff|1|3||2|4|true",
                        s1 + "|prog|E2|W1|staff|1|4|4|3|5|true",
                        s1 + "|prog|E1|W1|staff|1||4|3|5|true",
                        s1 + "|prog|E1|W2|staff|1|3||3|3|true");
        assertThat(lake.read(LakeTables.STAFF_RESPONSES)
                        .select("batch_id")
                        .distinct()
                        .as(Encoders.STRING())
                        .collectAsList())
                .containsExactly(report.batchId());
        assertThat(lake.read(LakeTables.BATCHES)
                        .filter("file_kind = 'staff-followup'")
                        .count())
                .isEqualTo(1);
        assertThat(
                        lake.exists(LakeTables.RESPONSES)
                                ? lake.read(LakeTables.RESPONSES)
                                        .filter(org.apache
                                                .spark
                                                .sql
                                                .functions
                                                .col("participant_key")
                                                .isin(s1, s2))
                                        .count()
                                : 0)
                .as("nothing in the follow-up responses")
                .isZero();
    }

    @Test
    void followupOfAReferredOnlyCandidateIsAcceptedIntoResponses() throws IOException {
        Path file = write(
                "followup-comparison.csv",
                "participant_id,edition_id,wave,submitted_at,sd_awareness_1,sd_integration,ties,satisfaction\n"
                        + "P-3,E1,W0,2024-01-11T10:00:00+01:00,2,0,,\n"
                        + "P-3,E1,W1,2024-03-22T10:00:00+01:00,3,1,,\n");

        FileReport report = Ingest.run(spark, config, List.of(file)).files().get(0);

        assertThat(report.kind()).isEqualTo("followup");
        assertThat(report.rowsAccepted()).isEqualTo(2);
        assertThat(report.rowsQuarantined()).isZero();
        assertThat(lake.read(LakeTables.RESPONSES)
                        .filter(org.apache
                                .spark
                                .sql
                                .functions
                                .col("participant_key")
                                .equalTo(PSEUDONYMIZER.pseudonym("P-3")))
                        .selectExpr("concat(wave, ':', sd_integration)")
                        .as(Encoders.STRING())
                        .collectAsList())
                .containsExactlyInAnyOrder("W0:0", "W1:1");
    }

    @Test
    void aFileMixingStaffAndFollowupColumnsIsRejectedWhole() throws IOException {
        Path file = write(
                "mixed.csv",
                "participant_id,edition_id,wave,submitted_at,sd_integration,staff_sd_tools\nS-1,E1,W2,,1,3\n");

        FileReport report = Ingest.run(spark, config, List.of(file)).files().get(0);

        assertThat(report.status()).isEqualTo(FileReport.Status.FAILED);
        assertThat(report.message()).contains("mixed.csv", "not in the canonical format: [staff_sd_tools]");
    }

    private static Path write(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
