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
 * Session feedback (instrument {@code session-feedback}) goes to {@code session_feedback}: the session names the
 * edition, a bad answer costs that answer, a respondent not in the roster yet waits for it, and a tool's export comes
 * in through a mapping like a follow-up's.
 */
class TestSessionFeedbackIngest extends IngestTestBase {
    private static final String HEADER =
            "participant_id,session_id,submitted_at,feedback_usefulness,feedback_clarity,feedback_intention,feedback_recommend";

    @TempDir
    static Path temp;

    static IngestConfig config;
    static DeltaLake lake;

    @BeforeAll
    static void rosters() throws IOException {
        config = new IngestConfig(temp.resolve("lake").toString(), temp.resolve("quarantine"), PSEUDONYMIZER);
        lake = new DeltaLake(spark, config.lakeRoot());
        IngestReport report = Ingest.run(
                spark,
                config,
                List.of(
                        write("editions.csv", """
                        programme_id,edition_id,number,start_date,end_date,target_group,funder_id
                        prog,E1,1,2024-01-10,2024-03-20,all sectors,fund
                        """),
                        write("participants.csv", """
                        participant_id,name,email,phone,programme_id,edition_id,role,desk_id,status,intake_date,sector,gender,age_band
                        P-1,Ann Peeters,ann@example.org,,prog,E1,candidate,D1,enrolled,2024-01-01,food,f,25-34
                        P-2,Bart Janssens,bart@example.org,,prog,E1,candidate,D1,enrolled,2024-01-01,crafts,m,35-44
                        """),
                        write("sessions.csv", """
                        session_id,edition_id,date,kind,theme
                        E1-S01,E1,2024-01-10,THEMATIC,Circular economy
                        E1-S02,E1,2024-01-17,BMC_WORKSHOP,Value proposition
                        """),
                        write("attendance.csv", """
                        session_id,participant_id
                        E1-S01,P-1
                        E1-S01,P-2
                        E1-S02,P-1
                        """)));
        assertThat(report.failed()).isFalse();
        assertThat(report.rowsQuarantined()).isZero();
    }

    @Test
    void feedbackIsIngestedPseudonymisedAndABadAnswerCostsOnlyThatAnswer() throws IOException {
        Path file = write(
                "session-feedback.csv",
                HEADER + "\n"
                        + "P-1,E1-S01,2024-01-10T18:05:00+01:00,4,5,Mijn prijzen herberekenen,yes\n"
                        + "P-2,E1-S01,2024-01-10T18:10:00+01:00,7,3,,no\n"
                        + "P-1,E1-S02,2024-01-17T18:00:00+01:00,5,4,\"Tester le canevas, puis décider\",maybe\n"
                        + "P-9,E1-S01,2024-01-10T18:20:00+01:00,3,3,,yes\n"
                        + "P-2,E1-S99,2024-01-10T18:20:00+01:00,3,3,,yes\n"
                        + "P-1,E1-S01,yesterday,4,4,,yes\n"
                        + "P-1,E1-S01,2024-01-10T19:00:00+01:00,4,5,,yes\n");

        FileReport report = Ingest.run(spark, config, List.of(file)).files().get(0);

        assertThat(report.kind()).isEqualTo("session-feedback");
        assertThat(report.status()).isEqualTo(FileReport.Status.INGESTED);
        assertThat(report.rowsRead()).isEqualTo(7);
        assertThat(report.rowsAccepted()).isEqualTo(3);
        assertThat(report.rowsWithQuarantinedAnswers()).isEqualTo(2);
        assertThat(report.rowsPending()).isEqualTo(2);
        List<String> quarantine = Files.readAllLines(Path.of(report.message()));
        assertThat(quarantine.subList(1, quarantine.size()))
                .satisfiesExactly(
                        line -> assertThat(line)
                                .startsWith(
                                        "session-feedback.csv,3,feedback_usefulness,7,INVALID_VALUE,out of range 1..5,answer,session_feedback|"),
                        line -> assertThat(line)
                                .startsWith(
                                        "session-feedback.csv,4,feedback_recommend,maybe,INVALID_VALUE,not yes or no,answer,session_feedback|"),
                        line -> assertThat(line)
                                .isEqualTo(
                                        "session-feedback.csv,5,participant_id,P-9,UNKNOWN_REFERENCE,participant is not in the roster of edition E1,pending,"),
                        line -> assertThat(line)
                                .isEqualTo(
                                        "session-feedback.csv,6,session_id,E1-S99,UNKNOWN_REFERENCE,unknown session,pending,"),
                        line -> assertThat(line)
                                .isEqualTo(
                                        "session-feedback.csv,7,submitted_at,yesterday,INVALID_VALUE,not an ISO-8601 time with offset,rejected,"),
                        line -> assertThat(line)
                                .isEqualTo(
                                        "session-feedback.csv,8,participant_key+session_id,,DUPLICATE_ROW,repeats the row of line 2,rejected,"));
        String p1 = PSEUDONYMIZER.pseudonym("P-1");
        String p2 = PSEUDONYMIZER.pseudonym("P-2");
        assertThat(rows().stream().filter(row -> row.endsWith("|canonical")))
                .containsExactlyInAnyOrder(
                        p1 + "|prog|E1|E1-S01|session-feedback|1|4|5|Mijn prijzen herberekenen|true|canonical",
                        p2 + "|prog|E1|E1-S01|session-feedback|1||3||false|canonical",
                        p1 + "|prog|E1|E1-S02|session-feedback|1|5|4|Tester le canevas, puis décider||canonical");
        assertThat(Files.readString(Path.of(report.message())))
                .as("no source id of a respondent in the quarantine's answer lines")
                .doesNotContain("P-1,", "P-2,");
    }

    @Test
    void aToolsExportComesInThroughAMappingForSessionFeedback() throws IOException {
        Path mapping = write("kobo-feedback.yaml", """
                tool: kobo
                form: session-feedback
                instrument: session-feedback
                submission_id: [_uuid]
                participant_id: {column: participant_code}
                session_id: {column: session}
                submitted_at: {column: _submission_time, zone: UTC}
                questions:
                  feedback_usefulness: {column: "feedback/usefulness"}
                  feedback_clarity: {column: "feedback/clarity"}
                  feedback_recommend: {column: "feedback/recommend", values: {Ja: yes, Nee: no, Oui: yes, Non: no}}
                """);
        Path export = write(
                "kobo-feedback.csv",
                "_uuid,participant_code,session,_submission_time,feedback/usefulness,feedback/clarity,feedback/recommend\n"
                        + "u-1,P-2,E1-S02,2024-01-17T17:30:00,2,2,Nee\n");

        FileReport report = Ingest.run(spark, config, Ingest.mapping(mapping), List.of(export))
                .files()
                .get(0);

        assertThat(report.kind()).isEqualTo("session-feedback");
        assertThat(report.rowsAccepted()).isEqualTo(1);
        assertThat(report.rowsQuarantined()).isZero();
        assertThat(rows())
                .contains(PSEUDONYMIZER.pseudonym("P-2") + "|prog|E1|E1-S02|session-feedback|1|2|2||false|kobo");
    }

    private static List<String> rows() {
        return lake.read(LakeTables.SESSION_FEEDBACK)
                .selectExpr(
                        "concat_ws('|', participant_key, programme_id, edition_id, session_id, instrument_id, instrument_version, "
                                + "coalesce(cast(feedback_usefulness as string), ''), coalesce(cast(feedback_clarity as string), ''), "
                                + "coalesce(feedback_intention, ''), coalesce(cast(feedback_recommend as string), ''), source_tool)")
                .as(Encoders.STRING())
                .collectAsList();
    }

    private static Path write(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
