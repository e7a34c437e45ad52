package io.longitude.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.dashboard.Longitude;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code ./longitude mapping suggest EXPORT} prints its draft, run as the launcher runs it (its own JVM, {@code main},
 * {@code System.exit}), on the real exports of five survey tools in {@code ../shared/samples}. It used to print
 * nothing: the draft sat in an unflushed writer when the JVM exited.
 */
class TestMappingSuggestCommand {
    static final Path SAMPLES =
            Path.of(System.getProperty("longitude.shared-dir", "../../shared"), "samples", "real-exports");

    @Test
    void suggestPrintsTheDraftOfEveryToolsExport() throws Exception {
        Assumptions.assumeTrue(
                Files.isDirectory(SAMPLES),
                "The real export samples are not at " + SAMPLES.toAbsolutePath()
                        + ": skipping mapping suggest on them");
        for (String export : List.of(
                "qualtrics/sample.csv",
                "redcap/survey/data.csv",
                "odk-central/build_Flora-Quadrat-0-4_1564384341.csv",
                "kobotoolbox/Meeting_Form_-_latest_version_-_False_-_2024-03-14-09-51-14.xlsx",
                "google-forms/Kobo Test.csv")) {
            String printed = suggest(SAMPLES.resolve(export));
            assertThat(printed)
                    .as(export)
                    .contains(
                            "# Drafted by ./longitude mapping suggest",
                            "# Recognised as: ",
                            "tool: ",
                            "format: ",
                            "participant_id:",
                            "edition_id:",
                            "wave:",
                            "submitted_at:",
                            "questions:");
        }
    }

    private static String suggest(Path export) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("--add-") || argument.startsWith("--enable-native-access"))
                .forEach(command::add);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                Longitude.class.getName(),
                "mapping",
                "suggest",
                export.toString()));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(export + " exit status; printed:\n" + out)
                .isZero();
        return out;
    }
}
