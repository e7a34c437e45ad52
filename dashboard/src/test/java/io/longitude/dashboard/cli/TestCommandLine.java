package io.longitude.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code ./longitude} commands as a user types them. */
class TestCommandLine {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = LongitudeCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString())
                .contains(
                        "demo",
                        "generate",
                        "ingest",
                        "mapping",
                        "analyze",
                        "serve",
                        "users",
                        "validate",
                        "quarantine",
                        "bench",
                        "completion");
    }

    @Test
    void usersAddListAndRemove() throws Exception {
        Path users = temp.resolve("users.yaml");

        assertThat(run(
                        "users",
                        "--users",
                        users.toString(),
                        "add",
                        "lena",
                        "--role",
                        "FUNDER",
                        "--programme",
                        "brussels-sd-pilot",
                        "--programme",
                        "ghent-pilot"))
                .isZero();
        String password = out.toString()
                .lines()
                .filter(line -> line.startsWith("Password: "))
                .findFirst()
                .orElseThrow()
                .substring(10);
        assertThat(password).hasSize(20);
        assertThat(Files.readString(users))
                .contains("username: lena", "role: FUNDER", "ghent-pilot", "password_hash: $2a$10$")
                .doesNotContain(password);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(users)))
                .isEqualTo("rw-------");
        assertThat(new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
                        .matches(
                                password,
                                new io.longitude.dashboard.access.AccountFile(users)
                                        .read()
                                        .get(0)
                                        .passwordHash()))
                .isTrue();

        assertThat(run("users", "--users", users.toString(), "list")).isZero();
        assertThat(out.toString()).containsPattern("lena +FUNDER +brussels-sd-pilot,ghent-pilot");

        assertThat(run("users", "--users", users.toString(), "remove", "lena")).isZero();
        assertThat(new io.longitude.dashboard.access.AccountFile(users).read()).isEmpty();
        assertThat(run("users", "--users", users.toString(), "remove", "lena")).isEqualTo(1);
        assertThat(err.toString()).contains("no user lena");
        assertThat(run("users", "--users", users.toString(), "add", "x y", "--role", "ADMIN", "--programme", "*"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("Invalid username 'x y'");
    }

    @Test
    void generateWritesTheProgrammeFiles() {
        int exit = run("generate", "--out", temp.toString(), "--participants", "60", "--editions", "2", "--seed", "5");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Generated 2 editions, 60 candidates");
        assertThat(temp.resolve("truth.json")).exists();
        assertThat(temp.resolve("followup-W0.csv")).exists();
    }

    @Test
    void ingestOfAFileOfNoKnownKindExitsOneWithAProgressLineAndOneSummaryLine() throws Exception {
        Path key = temp.resolve("key");
        Files.writeString(key, java.util.Base64.getEncoder().encodeToString("a key of sixteen bytes".getBytes()));
        Path unknown = temp.resolve("unknown.csv");
        Files.writeString(unknown, "colour,shape\nred,round\n");

        int exit = run(
                "ingest",
                "--master",
                "local[2]",
                "--lake",
                temp.resolve("lake").toString(),
                "--quarantine",
                temp.resolve("quarantine").toString(),
                "--key-file",
                key.toString(),
                unknown.toString());

        assertThat(exit).isEqualTo(1);
        // Not a terminal: the progress is a plain line per file, before the per-file lines and the summary of today.
        assertThat(out.toString())
                .startsWith("Ingesting 1/1: unknown.csv" + System.lineSeparator())
                .contains("unknown.csv: FAILED: ")
                .contains("Ingested 1 files (0 already ingested, 1 failed): 0 rows read, 0 accepted, 0 quarantined");
    }

    @Test
    void ingestMeetingARunningServersWritesSaysWhoElseIsWritingAndLeavesItsLease() throws Exception {
        Path key = temp.resolve("key");
        Files.writeString(key, java.util.Base64.getEncoder().encodeToString("a key of sixteen bytes".getBytes()));
        Path lease = temp.resolve("lake").resolve(io.longitude.ingest.lake.WriterLease.FILE_NAME);
        Files.createDirectories(lease.getParent());
        Files.writeString(lease, "name=Longitude server on port 8080\nhost=other-host\npid=4242\n");

        Path unknown = temp.resolve("unknown.csv");
        Files.writeString(unknown, "colour,shape\nred,round\n");

        run(
                "ingest",
                "--master",
                "local[2]",
                "--lake",
                temp.resolve("lake").toString(),
                "--quarantine",
                temp.resolve("quarantine").toString(),
                "--key-file",
                key.toString(),
                unknown.toString());

        assertThat(out.toString())
                .contains(
                        "Note: Longitude server on port 8080 (pid 4242 on other-host, renewed ",
                        "is also writing to file:" + temp.resolve("lake")
                                + "; a commit that collides with its writes is retried");
        assertThat(lease).content().contains("pid=4242");
    }

    @Test
    void quarantineListsThePendingRowsAndRetryBringsThemInOnceTheRosterArrivedAudited() throws Exception {
        Path key = temp.resolve("key");
        Files.writeString(key, java.util.Base64.getEncoder().encodeToString("a key of sixteen bytes".getBytes()));
        Path followup = temp.resolve("followup-W1.csv");
        Files.writeString(
                followup,
                "participant_id,edition_id,wave,submitted_at,sd_integration\n"
                        + "P-1,E1,W1,2024-03-21T10:00:00+01:00,1\nP-1,E1,W9,2024-03-21T10:00:00+01:00,1\n");
        Path editions = temp.resolve("editions.csv");
        Files.writeString(
                editions,
                "programme_id,edition_id,number,start_date,end_date,target_group,funder_id\nprog,E1,1,2024-01-10,2024-03-20,,\n");
        Path participants = temp.resolve("participants.csv");
        Files.writeString(
                participants,
                "participant_id,name,email,phone,programme_id,edition_id,role,desk_id,status,intake_date,sector,gender,age_band\n"
                        + "P-1,Ann,,,prog,E1,candidate,,enrolled,,,,\n");
        String lake = temp.resolve("lake").toString();
        String quarantine = temp.resolve("quarantine").toString();
        String[] where = {
            "--master", "local[2]", "--lake", lake, "--quarantine", quarantine, "--key-file", key.toString()
        };
        run(concat(new String[] {"ingest"}, where, new String[] {editions.toString()}));
        assertThat(out.toString()).contains("Ingesting 1/1: editions.csv");
        run(concat(new String[] {"ingest"}, where, new String[] {followup.toString()}));

        assertThat(run("quarantine", "list", "--pending", "--quarantine", quarantine))
                .isZero();
        assertThat(out.toString())
                .contains(
                        "followup-W1.csv:2 pending participant_id: participant is not in the roster of edition E1",
                        "1 lines; 1 rows pending")
                .doesNotContain("followup-W1.csv:3 ");
        assertThat(run("quarantine", "list", "--rejected", "--quarantine", quarantine))
                .isZero();
        assertThat(out.toString()).contains("followup-W1.csv:3 rejected wave: the edition has no such wave");

        // The roster comes by a run that retries by itself; a steward's retry afterwards has nothing left to do.
        run(concat(new String[] {"ingest"}, where, new String[] {participants.toString()}));
        assertThat(out.toString()).contains("followup-W1.csv (followup): 1 pending rows retried, 1 accepted");
        String audit = temp.resolve("audit").toUri().toString();
        assertThat(run(concat(new String[] {"quarantine", "retry", "--audit", audit}, where, new String[0])))
                .isZero();
        assertThat(out.toString()).contains("Retried 0 pending rows: 0 accepted, 0 still pending");
        assertThat(io.longitude.dashboard.audit.AuditTable.newest(
                        io.longitude.dashboard.system.LocalSpark.session("local[2]"),
                        audit,
                        io.longitude.dashboard.audit.AuditQuery.all(),
                        10))
                .extracting(io.longitude.dashboard.audit.AuditEntry::action)
                .containsExactly("quarantine.retry");

        // Files the lake holds, no row waiting: answered from the batch table without Spark, so without progress.
        out.getBuffer().setLength(0);
        assertThat(run(concat(
                        new String[] {"ingest"}, where, new String[] {participants.toString(), editions.toString()})))
                .isZero();
        assertThat(out.toString())
                .startsWith("  editions.csv: already ingested (batch ")
                .contains(
                        "participants.csv: already ingested (batch ", "Ingested 2 files (2 already ingested, 0 failed)")
                .doesNotContain("Ingesting");
    }

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }

    @Test
    void mappingSuggestDraftsAMappingForAnExport() throws Exception {
        Path export = temp.resolve("odk.csv");
        Files.writeString(
                export, "SubmissionDate,participant_id,sd_integration,KEY\n2025-01-01T10:00:00Z,P-1,1,uuid:1\n");

        assertThat(run("mapping", "suggest", export.toString())).isZero();

        assertThat(out.toString())
                .contains(
                        "tool: odk",
                        "participant_id: {column: \"participant_id\"}",
                        "sd_integration: {column: \"sd_integration\"}");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("analyze", "--lakes", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown options: '--lakes'", "(did you mean --lake?)");
    }

    @Test
    void serversKeepTheProcessRunning() {
        assertThat(LongitudeCommand.keepsRunning(new String[] {"serve"})).isTrue();
        assertThat(LongitudeCommand.keepsRunning(new String[] {"demo", "--no-serve"}))
                .isFalse();
        assertThat(LongitudeCommand.keepsRunning(new String[] {"ingest", "x.csv"}))
                .isFalse();
    }
}
