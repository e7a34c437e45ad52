package io.longitude.bench.speed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code longitude analyze --force} on the ingested lake as a child process. */
final class AnalysisMeasure {
    private AnalysisMeasure() {}

    static AnalysisFigures run(Application application, List<String> jvmOptions, Path work, String label) {
        List<String> arguments = List.of(
                "analyze",
                "--force",
                "--lake",
                work.resolve("lake").toString(),
                "--metrics",
                work.resolve("metrics").toString());
        ProcessResult result = ChildProcess.run(application.command(jvmOptions, arguments), work, "analyze-" + label);
        if (result.succeeded()) {
            return new AnalysisFigures(jvmOptions, result, AnalysisSummary.parse(result.output()), "");
        }
        return new AnalysisFigures(
                jvmOptions, result, null, "exit " + result.exitCode() + ": " + cause(result.errors()));
    }

    /** The first OutOfMemoryError line, else the last exception line, of the error output. */
    static String cause(Path errors) {
        List<String> lines;
        try {
            lines = Files.readAllLines(errors, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no error output)";
        }
        List<String> exceptions = new ArrayList<>();
        for (String line : lines) {
            if (line.contains("OutOfMemoryError")) {
                return line.trim();
            }
            if (line.matches(".*(Exception|Error)(:.*)?$") && !line.startsWith("\tat ")) {
                exceptions.add(line.trim());
            }
        }
        return exceptions.isEmpty() ? ChildProcess.tail(errors, 3) : exceptions.get(exceptions.size() - 1);
    }
}
