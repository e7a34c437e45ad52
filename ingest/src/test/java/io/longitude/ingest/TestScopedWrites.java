package io.longitude.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.lake.LakeTables;
import io.longitude.ingest.lake.DeltaLake;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write scoped to programme A (an upload by A's manager) puts A's rows in and quarantines every row of B, however
 * the file names B: a follow-up of B's edition, a roster of B's edition, B's edition or session taken over under A,
 * B's programme id in another case or with spaces, an edition the lake does not know yet.
 */
class TestScopedWrites extends IngestTestBase {
    private static final String EDITIONS = """
            programme_id,edition_id,number,start_date,end_date,target_group,funder_id
            prog-a,E-A1,1,2024-01-10,2024-03-20,all sectors,fund
            prog-b,E-B1,1,2024-01-10,2024-03-20,all sectors,fund
            """;
    private static final String PARTICIPANTS = """
            participant_id,name,email,phone,programme_id,edition_id,role,desk_id,status,intake_date,sector,gender,age_band
            A-1,Ann,ann@example.org,,prog-a,E-A1,candidate,D1,completed,2024-01-01,food,f,25-34
            A-2,Bob,bob@example.org,,prog-a,E-A1,candidate,D1,completed,2024-01-01,food,m,35-44
            B-1,Bea,bea@example.org,,prog-b,E-B1,candidate,D1,completed,2024-01-01,food,f,35-44
            B-2,Ben,ben@example.org,,prog-b,E-B1,candidate,D1,completed,2024-01-01,food,m,35-44
            """;
    private static final String SESSIONS = """
            session_id,edition_id,date,kind,theme
            S-A1,E-A1,2024-01-12,THEMATIC,a
            S-B1,E-B1,2024-01-12,THEMATIC,b
            """;
    private static final WriteScope A = WriteScope.only(List.of("prog-a"));

    @TempDir
    Path temp;

    IngestConfig admin;
    IngestConfig managerOfA;
    DeltaLake lake;

    @BeforeEach
    void twoProgrammes() throws IOException {
        admin = new IngestConfig(temp.resolve("lake").toString(), temp.resolve("quarantine"), PSEUDONYMIZER);
        managerOfA = admin.within(A);
        lake = new DeltaLake(spark, admin.lakeRoot());
        IngestReport rosters = Ingest.run(
                spark,
                admin,
                List.of(
                        write("editions.csv", EDITIONS),
                        write("participants.csv", PARTICIPANTS),
                        write("sessions.csv", SESSIONS)));
        assertThat(rosters.rowsQuarantined()).isZero();
    }

    @Test
    void aManagerOfAUploadingRowsOfAAndBGetsAsRowsInAndBsQuarantined() throws IOException {
        FileReport report = run(managerOfA, "followup-W1.csv", """
                participant_id,edition_id,wave,submitted_at,sd_integration
                A-1,E-A1,W1,2024-03-21T10:00:00+01:00,1
                B-1,E-B1,W1,2024-03-21T10:00:00+01:00,2
                A-2,E-A1,W1,2024-03-21T10:00:00+01:00,0
                B-2,E-B1,W1,2024-03-21T10:00:00+01:00,1
                """);

        assertThat(report.status()).isEqualTo(FileReport.Status.INGESTED);
        assertThat(report.rowsRead()).isEqualTo(4);
        assertThat(report.rowsAccepted()).isEqualTo(2);
        assertThat(report.rowsQuarantined()).isEqualTo(2);
        assertThat(responses("prog-a")).isEqualTo(2);
        assertThat(responses("prog-b")).isZero();
        assertThat(outOfScope())
                .extracting(QuarantineItem::line, QuarantineItem::field, QuarantineItem::value, QuarantineItem::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "edition_id", "prog-b", "rejected"),
                        org.assertj.core.groups.Tuple.tuple(5L, "edition_id", "prog-b", "rejected"));
        assertThat(outOfScope().get(0).reason())
                .isEqualTo("programme prog-b (of edition E-B1) is outside the programmes of this write (prog-a)");
    }

    @Test
    void theSameFileWithoutScopeWritesBoth() throws IOException {
        run(admin, "followup-W1.csv", """
                participant_id,edition_id,wave,submitted_at,sd_integration
                A-1,E-A1,W1,2024-03-21T10:00:00+01:00,1
                B-1,E-B1,W1,2024-03-21T10:00:00+01:00,2
                """);
        assertThat(responses("prog-a")).isEqualTo(1);
        assertThat(responses("prog-b")).isEqualTo(1);
    }

    @Test
    void aRosterNamingBsEditionDoesNotEnrolAnyoneInB() throws IOException {
        long before =
                lake.read(LakeTables.ENROLMENTS).filter("edition_id = 'E-B1'").count();
        FileReport report = run(managerOfA, "participants-more.csv", """
                participant_id,name,email,phone,programme_id,edition_id,role,desk_id,status,intake_date,sector,gender,age_band
                A-3,Cas,cas@example.org,,prog-a,E-A1,candidate,D1,enrolled,2024-01-01,food,m,25-34
                X-1,Eve,eve@example.org,,prog-b,E-B1,candidate,D1,enrolled,2024-01-01,food,f,25-34
                X-2,Eva,eva@example.org,,,E-B1,coach,D1,enrolled,2024-01-01,food,f,25-34
                B-1,Bea,bea@example.org,,prog-b,E-B1,candidate,D1,enrolled,2024-01-01,food,f,35-44
                """);
        assertThat(report.rowsAccepted()).isEqualTo(1);
        assertThat(lake.read(LakeTables.ENROLMENTS)
                        .filter("edition_id = 'E-B1'")
                        .count())
                .isEqualTo(before);
        assertThat(lake.read(LakeTables.ENROLMENTS)
                        .filter("edition_id = 'E-B1' AND status <> 'completed'")
                        .count())
                .as("B's enrolment is not changed either")
                .isZero();
        assertThat(outOfScope()).hasSize(3);
    }

    @Test
    void bsEditionOrSessionCannotBeTakenOverUnderA() throws IOException {
        run(managerOfA, "editions-more.csv", """
                programme_id,edition_id,number,start_date,end_date,target_group,funder_id
                prog-a,E-B1,9,2024-01-10,2024-03-20,all sectors,fund
                prog-a,E-A2,2,2024-04-10,2024-06-20,all sectors,fund
                """);
        run(managerOfA, "sessions-more.csv", """
                session_id,edition_id,date,kind,theme
                S-B1,E-A1,2024-01-13,THEMATIC,taken
                """);
        assertThat(lake.read(LakeTables.EDITIONS)
                        .filter("edition_id = 'E-B1'")
                        .selectExpr("programme_id", "number")
                        .first()
                        .toString())
                .isEqualTo("[prog-b,1]");
        assertThat(lake.read(LakeTables.EDITIONS)
                        .filter("programme_id = 'prog-a'")
                        .count())
                .as("A's own new edition is in")
                .isEqualTo(2);
        assertThat(lake.read(LakeTables.SESSIONS)
                        .filter("session_id = 'S-B1'")
                        .selectExpr("edition_id")
                        .first()
                        .getString(0))
                .isEqualTo("E-B1");
        assertThat(outOfScope())
                .extracting(QuarantineItem::field)
                .containsExactlyInAnyOrder("edition_id", "session_id");
    }

    @Test
    void bsProgrammeInAnotherCaseOrWithSpacesIsNotA() throws IOException {
        FileReport report = run(managerOfA, "editions-new.csv", """
                programme_id,edition_id,number,start_date,end_date,target_group,funder_id
                PROG-B,E-N1,1,2024-01-10,2024-03-20,all sectors,fund
                " prog-b ",E-N2,1,2024-01-10,2024-03-20,all sectors,fund
                Prog-A,E-N3,1,2024-01-10,2024-03-20,all sectors,fund
                """);
        assertThat(report.rowsAccepted()).isZero();
        assertThat(lake.read(LakeTables.EDITIONS)
                        .filter("edition_id LIKE 'E-N%'")
                        .count())
                .isZero();
        assertThat(outOfScope()).extracting(QuarantineItem::value).containsExactly("PROG-B", "prog-b", "Prog-A");
    }

    @Test
    void aRowNamingAnEditionTheLakeDoesNotKnowIsRejectedNotLeftWaiting() throws IOException {
        FileReport report = run(managerOfA, "followup-W2.csv", """
                participant_id,edition_id,wave,submitted_at,sd_integration
                B-1,e-b1,W2,2024-05-21T10:00:00+01:00,2
                B-2, E-B9 ,W2,2024-05-21T10:00:00+01:00,2
                """);
        assertThat(report.rowsPending()).isZero();
        assertThat(Ingest.quarantine(admin.quarantineDir())).noneMatch(QuarantineItem::pending);
        assertThat(outOfScope()).extracting(QuarantineItem::value).containsExactly("e-b1", "E-B9");

        // Once B's roster brings such an edition, nothing of the manager of A enters B.
        Ingest.run(spark, admin, List.of(write("editions-b.csv", """
                programme_id,edition_id,number,start_date,end_date,target_group,funder_id
                prog-b,E-B9,2,2024-04-10,2024-06-20,all sectors,fund
                """)));
        assertThat(responses("prog-b")).isZero();
    }

    @Test
    void attendanceOfBsSessionIsRejectedAndTheDryRunSaysSo() throws IOException {
        String attendance = """
                session_id,participant_id
                S-A1,A-1
                S-B1,B-1
                S-X9,B-2
                """;
        FileReport check = Ingest.check(
                managerOfA, Optional.empty(), lake.references(), write("attendance-check.csv", attendance));
        assertThat(check.rowsAccepted()).isEqualTo(1);
        assertThat(check.rowsQuarantined()).isEqualTo(2);
        FileReport report = run(managerOfA, "attendance.csv", attendance);
        assertThat(report.rowsAccepted()).isEqualTo(1);
        assertThat(lake.read(LakeTables.ATTENDANCE)
                        .filter("edition_id = 'E-B1'")
                        .count())
                .isZero();
    }

    private FileReport run(IngestConfig config, String name, String content) throws IOException {
        return Ingest.run(spark, config, List.of(write(name, content))).files().get(0);
    }

    private List<QuarantineItem> outOfScope() {
        return Ingest.quarantine(admin.quarantineDir()).stream()
                .filter(item -> item.code().equals(IngestErrorCode.OUT_OF_SCOPE.name()))
                .toList();
    }

    private long responses(String programme) {
        return lake.exists(LakeTables.RESPONSES)
                ? lake.read(LakeTables.RESPONSES)
                        .filter("programme_id = '" + programme + "'")
                        .count()
                : 0;
    }

    private Path write(String name, String content) throws IOException {
        Path folder = temp.resolve("in");
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(name), content);
    }
}
