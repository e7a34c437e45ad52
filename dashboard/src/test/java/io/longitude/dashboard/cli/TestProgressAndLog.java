package io.longitude.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The progress line on a terminal and off it, and the libraries' console messages sent to the log file. */
class TestProgressAndLog {
    @Test
    void onATerminalOneLineUpdatesInPlaceAndIsClearedBeforeTheSummary() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text, true);
        ProgressLine progress = new ProgressLine(out, "Analysing", true);

        String summary = progress.during(() -> {
            progress.step(1, 3, "lake read");
            progress.step(
                    2,
                    3,
                    "M1 funnel with a name long enough to wrap on a terminal of eighty columns, which it must not");
            return "13 metric rows written";
        });
        out.println(summary);

        assertThat(text.toString())
                .isEqualTo("\r\u001b[KAnalysing 1/3: lake read"
                        + "\r\u001b[KAnalysing 2/3: M1 funnel with a name long enough to wrap on a terminal of ei..."
                        + "\r\u001b[K13 metric rows written" + System.lineSeparator());
    }

    @Test
    void offATerminalEachStepIsAPlainLine() {
        StringWriter text = new StringWriter();
        ProgressLine progress = new ProgressLine(new PrintWriter(text, true), "Ingesting", false);

        progress.during(() -> {
            progress.step(1, 2, "editions.csv");
            progress.step(2, 2, "participants.csv");
            return null;
        });

        assertThat(text.toString().lines())
                .containsExactly("Ingesting 1/2: editions.csv", "Ingesting 2/2: participants.csv");
    }

    /** What Delta's VACUUM prints (through Scala's println, to System.out) is a line of the log file, not of the terminal. */
    @Test
    void whatLibrariesPrintToTheConsoleGoesToTheLogFileNotToTheTerminal() throws Exception {
        String message = "Deleted 3 files and directories in a total of 2 directories. " + UUID.randomUUID();
        PrintStream standardError = System.err;
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        System.setErr(new PrintStream(terminal, true, StandardCharsets.UTF_8));
        try (PrintStream console = ConsoleLog.stream()) {
            scala.Console.withOut(console, () -> {
                scala.Predef.println(message);
                return null;
            });
        } finally {
            System.setErr(standardError);
        }

        // logback.xml's default file, relative to the working directory (the module's, under Maven).
        assertThat(Files.readString(Path.of("data/logs/longitude.log")))
                .contains("INFO  [main] io.longitude.console: " + message);
        assertThat(terminal.toString(StandardCharsets.UTF_8)).doesNotContain(message);
    }
}
