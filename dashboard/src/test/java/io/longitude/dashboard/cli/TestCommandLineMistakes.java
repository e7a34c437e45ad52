package io.longitude.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mistakes of issue 22, typed as a new user would, through the real command line: each comes back at once (under
 * 2 s, no Spark session, no web server) with one line naming the argument and its value, and exit code 2.
 */
class TestCommandLineMistakes {
    /** The bar: the answer comes back in under 2 s (before, a Spark session started first: 5.7 to 21 s). */
    private static final Duration AT_ONCE = Duration.ofSeconds(2);

    @TempDir
    Path temp;

    private record Outcome(int exit, String out, String err, Duration took) {
        List<String> errorLines() {
            return err.lines().toList();
        }
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = LongitudeCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        long started = System.nanoTime();
        int exit = commandLine.execute(args);
        return new Outcome(exit, out.toString(), err.toString(), Duration.ofNanos(System.nanoTime() - started));
    }

    private static void assertRefusedAtOnce(Outcome outcome, String line) {
        assertThat(outcome.errorLines()).containsExactly(line);
        assertThat(outcome.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(outcome.took()).isLessThan(AT_ONCE);
        assertThat(outcome.out()).isEmpty();
    }

    /** A lake with one of its tables, as far as the check can tell without Spark. */
    private Path lakeWithATable() throws IOException {
        Path lake = temp.resolve("lake");
        Files.createDirectories(lake.resolve("editions/_delta_log"));
        return lake;
    }

    @Test
    void ingestOfAFileThatDoesNotExistSaysSoAtOnce() {
        assertRefusedAtOnce(
                run("ingest", "--lake", temp.resolve("lake").toString(), "/nonexistent.csv"),
                "longitude ingest: FILE /nonexistent.csv does not exist");
        assertThat(temp.resolve("lake")).doesNotExist();
    }

    @Test
    void ingestOfAFolderOrABinaryFileSaysSoAtOnceOneLineEach() throws IOException {
        Path binary = temp.resolve("photo.csv");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path text = temp.resolve("editions.csv");
        Files.writeString(text, "programme_id,edition_id\n");

        Outcome outcome = run(
                "ingest",
                "--lake",
                temp.resolve("lake").toString(),
                temp.toString(),
                binary.toString(),
                text.toString());

        assertThat(outcome.errorLines())
                .containsExactly(
                        "longitude ingest: FILE " + temp + " is a folder, not a file",
                        "longitude ingest: FILE " + binary
                                + " is a binary file, not a text export (CSV or TSV; an XLSX workbook needs its .xlsx name)");
        assertThat(outcome.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(outcome.took()).isLessThan(AT_ONCE);
    }

    @Test
    void ingestWithAMappingThatDoesNotExistOrAMasterThatIsNotOneSaysSo() throws IOException {
        Path text = temp.resolve("export.csv");
        Files.writeString(text, "a,b\n1,2\n");

        Outcome outcome =
                run("ingest", "--master", "locl[2]", "--mapping", "data/mappings/nothing.yaml", text.toString());

        assertThat(outcome.errorLines())
                .containsExactly(
                        "longitude ingest: --master locl[2] is not a Spark master (local, local[N], local[*], spark://HOST:PORT, yarn or k8s://URL)",
                        "longitude ingest: --mapping data/mappings/nothing.yaml does not exist");
        assertThat(outcome.took()).isLessThan(AT_ONCE);
    }

    @Test
    void analyzeOfALakeThatDoesNotExistNamesTheUriAndTheTablesItExpected() {
        Path metrics = temp.resolve("metrics");

        Outcome outcome = run("analyze", "--lake", "file:///tmp/typo/lake", "--metrics", metrics.toString());

        assertRefusedAtOnce(
                outcome,
                "longitude analyze: --lake file:///tmp/typo/lake holds none of the lake's tables "
                        + "(editions, enrolments, sessions, attendance, assessments, responses, staff_responses, session_feedback, partners, partner_responses, batches); "
                        + "check the URI, or add --allow-empty to run on an empty lake");
        assertThat(metrics).as("no empty metric table is created").doesNotExist();
    }

    @Test
    void eraseAndServeRefuseAnEmptyLakeToo() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));

        assertRefusedAtOnce(
                run("erase", "--source-id", "P-1", "--programme", "p", "--lake", empty.toString()),
                "longitude erase: --lake " + empty
                        + " holds none of the lake's tables (editions, enrolments, sessions, attendance, "
                        + "assessments, responses, staff_responses, session_feedback, partners, partner_responses, batches); check the URI, or add --allow-empty to run on an empty lake");
        Outcome serve = run("serve", "--port", "0", "--lake", empty.toString());
        assertThat(serve.errorLines())
                .singleElement()
                .asString()
                .startsWith("longitude serve: --lake " + empty + " holds none of the lake's tables");
        assertThat(serve.took()).isLessThan(AT_ONCE);
    }

    @Test
    void aLakeSchemeWithoutAFileSystemIsRefused() {
        Outcome outcome = run("analyze", "--lake", "s3x://bucket/lake");

        assertThat(outcome.errorLines())
                .containsExactly("longitude analyze: --lake s3x://bucket/lake has the scheme s3x, for which there is "
                        + "no file system (file:, hdfs:, s3a:, abfss: or gs:, with its connector on the class path)");
        assertThat(outcome.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(outcome.took()).isLessThan(AT_ONCE);
    }

    @Test
    void serveOnAPortThatIsNotOneSaysSo() throws IOException {
        assertRefusedAtOnce(
                run("serve", "--port", "99999", "--lake", lakeWithATable().toString()),
                "longitude serve: --port 99999 is not a valid port (1 to 65535, or 0 for any free one)");
    }

    @Test
    void serveOnAPortInUseNamesWhoHoldsIt() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();

            Outcome outcome = run(
                    "serve",
                    "--port",
                    Integer.toString(port),
                    "--lake",
                    lakeWithATable().toString());

            assertThat(outcome.errorLines())
                    .singleElement()
                    .asString()
                    .startsWith("longitude serve: --port " + port + " is in use on 127.0.0.1 (by pid "
                            + ProcessHandle.current().pid() + ": ")
                    .contains("java")
                    .endsWith("); choose another with --port");
            assertThat(outcome.exit()).isEqualTo(ExitCodes.USAGE);
            assertThat(outcome.took()).isLessThan(AT_ONCE);
        }
    }

    @Test
    void demoOnAPortInUseSaysSoBeforeItGeneratesAnything() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));

            Outcome outcome = run("demo", "--port", Integer.toString(taken.getLocalPort()));

            assertThat(outcome.errorLines())
                    .singleElement()
                    .asString()
                    .contains("--port " + taken.getLocalPort() + " is in use");
            assertThat(outcome.took()).isLessThan(AT_ONCE);
        }
    }

    @Test
    void anUnknownOptionIsOneLineWithTheSuggestion() {
        assertRefusedAtOnce(
                run("analyze", "--lakes", "x"),
                "longitude analyze: Unknown options: '--lakes', 'x' (did you mean --lake?); see longitude analyze --help");
    }

    @Test
    void aMissingRequiredOptionIsOneLine() {
        assertRefusedAtOnce(
                run("erase", "--programme", "p"),
                "longitude erase: Missing required option: '--source-id=<sourceId>'; see longitude erase --help");
    }

    @Test
    void anErrorWhileRunningIsOneLineWithTheCommandsName() throws IOException {
        Path users = temp.resolve("users.yaml");
        Outcome outcome =
                run("users", "--users", users.toString(), "add", "x y", "--role", "ADMIN", "--programme", "*");

        assertThat(outcome.errorLines())
                .singleElement()
                .asString()
                .startsWith("longitude users add: Invalid username 'x y'");
        assertThat(outcome.exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void mappingSuggestOfAFileThatDoesNotExistSaysSo() {
        assertRefusedAtOnce(
                run("mapping", "suggest", "/nonexistent.xlsx"),
                "longitude mapping suggest: EXPORT /nonexistent.xlsx does not exist");
    }

    @Test
    void helpListsEveryCommandWithAnExampleAndTheExitCodes() {
        Outcome outcome = run("--help");

        assertThat(outcome.exit()).isZero();
        for (String command : List.of(
                "demo",
                "generate",
                "ingest",
                "mapping",
                "watch",
                "analyze",
                "erase",
                "quarantine",
                "serve",
                "users",
                "validate",
                "bench",
                "completion")) {
            assertThat(outcome.out())
                    .containsPattern("(?m)^  " + command + " +\\S")
                    .containsPattern("(?m)^  " + command + " +(\\./longitude|source <\\(\\./longitude)");
        }
        assertThat(outcome.out()).contains("Exit codes:", "  2   the command line is wrong");
        assertThat(outcome.out().lines()).allMatch(line -> line.length() <= 80);
        // The summary line of each command (what --help lists) is a whole sentence, not one cut mid-sentence.
        LongitudeCommand.commandLine()
                .getSubcommands()
                .forEach((name, command) -> assertThat(
                                command.getCommandSpec().usageMessage().description()[0])
                        .as(name)
                        .endsWith("."));
        assertThat(run("erase", "--help").out())
                .contains("Example:", "./longitude erase --source-id P01-0007", "Exit codes:");
    }

    @Test
    void benchFromTheJarPointsToTheLauncher() {
        Outcome outcome = run("bench", "load", "--users", "5");

        assertThat(outcome.errorLines())
                .containsExactly(
                        "longitude bench: the benchmarks are a jar of their own; run them through the launcher: ./longitude bench load --users 5");
        assertThat(outcome.exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void completionPrintsPicocliBashScriptForEveryCommandAlsoTypedAsDotSlashLongitude() {
        Outcome outcome = run("completion");

        assertThat(outcome.exit()).isZero();
        assertThat(outcome.out())
                .contains("_complete_longitude", "ingest", "--allow-empty", "--source-id")
                .endsWith("complete -F _complete_longitude -o default ./longitude" + System.lineSeparator());
    }

    /** The same mistake through a real process (the launcher's {@code java -jar}, here on the test class path). */
    @Test
    void aMistakeThroughTheRealProcessExitsTwoAtOnceWithOneLineOnStandardError() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        // The JVM's own start on this class path, measured alike, is not the command's: on a busy machine it alone can
        // take seconds.
        long jvmStarted = System.nanoTime();
        Process jvm = new ProcessBuilder(java, "-cp", classPath, "-version")
                .redirectErrorStream(true)
                .start();
        jvm.getInputStream().readAllBytes();
        assertThat(jvm.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Duration jvmStart = Duration.ofNanos(System.nanoTime() - jvmStarted);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(
                        java, "-cp", classPath, "io.longitude.dashboard.Longitude", "ingest", "/nonexistent.csv")
                .directory(temp.toFile())
                .start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .toList())
                .containsExactly("longitude ingest: FILE /nonexistent.csv does not exist");
        assertThat(process.getInputStream().readAllBytes()).isEmpty();
        assertThat(process.exitValue()).isEqualTo(ExitCodes.USAGE);
        assertThat(took.minus(jvmStart))
                .as("%s, of which the JVM's start %s", took, jvmStart)
                .isLessThan(AT_ONCE);
    }
}
