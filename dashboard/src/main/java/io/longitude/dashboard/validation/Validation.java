package io.longitude.dashboard.validation;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * {@code ./longitude validate}: the simulation study of every published estimator with a true value, per programme
 * size, written to {@code <out>/validation.csv} and {@code <out>/validation.md}.
 *
 * @param programmes programmes per size
 * @param participants candidates per programme, one study per size
 * @param editions editions per programme
 * @param seed the first programme's seed
 * @param out where the report goes
 * @param command the command line, for the report's header
 */
public record Validation(
        int programmes, List<Integer> participants, int editions, long seed, Path out, String command) {
    public Validation {
        participants = List.copyOf(participants);
        if (programmes < 1) {
            throw new IllegalArgumentException("Cannot validate, at least one programme is needed: " + programmes);
        }
        if (participants.isEmpty() || participants.stream().anyMatch(size -> size < editions)) {
            throw new IllegalArgumentException(
                    "Cannot validate, every size needs at least one candidate per edition: " + participants);
        }
    }

    /** Runs the study, size by size, in a work folder under {@code out} that is removed at the end; returns the table. */
    public List<String> run(SparkSession spark, PrintWriter progress) {
        long started = System.nanoTime();
        List<Observation> observations = new ArrayList<>();
        Path work = out.resolve("work");
        try {
            for (int size : participants) {
                progress.println("[validate] " + programmes + " programmes of " + size + " participants");
                progress.flush();
                Path folder = work.resolve(Integer.toString(size));
                SimulationStudy.deleteTree(folder);
                observations.addAll(SimulationStudy.run(spark, programmes, size, editions, seed, folder, progress));
                SimulationStudy.deleteTree(folder);
                // The report is rewritten after each size, so a long study leaves the sizes it finished.
                write(observations, started, progress);
            }
            SimulationStudy.deleteTree(work);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot clean the validation work folder " + work + ": " + e.getMessage(), e);
        }
        return ValidationReport.csv(Coverage.of(observations));
    }

    private void write(List<Observation> observations, long started, PrintWriter progress) {
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        ValidationReport.write(out, Coverage.of(observations), command, programmes, seconds);
        progress.println("[validate] " + observations.size() + " figures scored; report in "
                + out.resolve(ValidationReport.MARKDOWN) + " and " + out.resolve(ValidationReport.CSV));
        progress.flush();
    }
}
