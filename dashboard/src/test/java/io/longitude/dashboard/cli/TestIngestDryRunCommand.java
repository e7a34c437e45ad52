package io.longitude.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.TableDefinition;
import io.longitude.dashboard.system.LocalSpark;
import io.longitude.ingest.lake.DeltaLake;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ./longitude ingest --dry-run FILES...} prints per file the row counts, the first quarantined rows with their
 * reasons and what would be inserted and updated, and writes nothing: the tables' Delta versions and the quarantine
 * folder are the same afterwards. The demo prints where its passwords are, not the passwords, when its output is not
 * a terminal.
 */
class TestIngestDryRunCommand {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();

    @Test
    void dryRunPrintsWhatWouldHappenAndWritesNothing() throws Exception {
        Path key = Files.writeString(
                temp.resolve("key"), java.util.Base64.getEncoder().encodeToString("a key of sixteen bytes".getBytes()));
        Path editions = Files.writeString(temp.resolve("editions.csv"), """
                programme_id,edition_id,number,start_date,end_date,target_group,funder_id
                prog,E1,1,2024-01-10,2024-03-20,all sectors,fund
                """);
        Path participants = Files.writeString(temp.resolve("participants.csv"), """
                participant_id,name,email,phone,programme_id,edition_id,role,desk_id,status,intake_date,sector,gender,age_band
                P-1,Ann,ann@example.org,,prog,E1,candidate,D1,completed,2024-01-01,food,f,25-34
                P-2,Bob,bob@example.org,,prog,E1,candidate,D1,completed,2024-01-01,food,m,35-44
                """);
        Path followup = Files.writeString(temp.resolve("followup-W1.csv"), """
                participant_id,edition_id,wave,submitted_at,sd_integration
                P-1,E1,W1,2024-03-21T10:00:00+01:00,1
                P-2,E1,W7,2024-03-21T10:00:00+01:00,1
                """);
        String lake = temp.resolve("lake").toString();
        String[] common = {
            "ingest",
            "--master",
            "local[2]",
            "--lake",
            lake,
            "--quarantine",
            temp.resolve("quarantine").toString(),
            "--key-file",
            key.toString()
        };
        assertThat(run(common, editions.toString())).isZero();
        Map<String, Long> versions = versions(lake);
        java.util.List<Path> lakeFiles = names(Path.of(lake));
        Map<String, String> quarantine = folder(temp.resolve("quarantine"));
        out.getBuffer().setLength(0);

        int exit = run(common, "--dry-run", followup.toString(), participants.toString());

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains(
                        "Dry run: nothing was written",
                        "participants.csv (participants): 2 rows read, 2 accepted, 0 quarantined",
                        "would insert 2 rows and update 0 in table enrolments",
                        "followup-W1.csv (followup): 2 rows read, 1 accepted, 1 quarantined",
                        "would insert 1 rows and update 0 in table responses",
                        "line 3 rejected: wave: the edition has no such wave (W0 to W4) [UNKNOWN_WAVE] value 'W7'",
                        "2 files checked: would insert 3 rows, update 0, quarantine 1");
        assertThat(out.toString().indexOf("participants.csv"))
                .as("rosters first")
                .isLessThan(out.toString().indexOf("followup-W1.csv"));
        assertThat(versions(lake)).isEqualTo(versions);
        assertThat(folder(temp.resolve("quarantine"))).isEqualTo(quarantine);
        assertThat(names(Path.of(lake)))
                .as("no file added to the lake, no writer lease taken")
                .isEqualTo(lakeFiles);
    }

    @Test
    void theDemoPrintsWhereThePasswordsAreWhenItsOutputIsNotATerminal() {
        assertThat(System.console()).as("tests run without a terminal").isNull();
        StringWriter printed = new StringWriter();
        DemoCommand.users(
                new PrintWriter(printed, true), Map.of("manager", "Secret-Password-1"), System.console() != null);
        assertThat(printed.toString())
                .contains("manager", "data/demo/credentials.txt")
                .doesNotContain("Secret-Password-1");

        StringWriter terminal = new StringWriter();
        DemoCommand.users(new PrintWriter(terminal, true), Map.of("manager", "Secret-Password-1"), true);
        assertThat(terminal.toString()).contains("manager / Secret-Password-1");
    }

    private int run(String[] common, String... more) {
        CommandLine commandLine = LongitudeCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        String[] args = Stream.concat(Stream.of(common), Stream.of(more)).toArray(String[]::new);
        return commandLine.execute(args);
    }

    private static Map<String, Long> versions(String lake) {
        DeltaLake delta = new DeltaLake(LocalSpark.session("local[2]"), io.longitude.core.lake.LakeUri.normalise(lake));
        Map<String, Long> versions = new TreeMap<>();
        for (TableDefinition table : LakeTables.ALL) {
            versions.put(table.name(), delta.version(table));
        }
        return versions;
    }

    private static java.util.List<Path> names(Path folder) throws java.io.IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.sorted().toList();
        }
    }

    private static Map<String, String> folder(Path folder) throws java.io.IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString(), Files.readString(path));
            }
        }
        return files;
    }
}
