package io.longitude.bench.speed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code longitude ingest} as child processes: all files at once, then rosters and follow-ups apart. */
final class IngestMeasure {
    private IngestMeasure() {}

    static IngestFigures run(Application application, Programme programme, Path work, Path keyFile, String label) {
        IngestFigures.Run whole = ingest(application, programme.all(), work, "lake", keyFile, "ingest-" + label);
        IngestFigures.Run rosters =
                ingest(application, programme.rosters(), work, "lake-split", keyFile, "ingest-rosters-" + label);
        IngestFigures.Run followups =
                ingest(application, programme.followups(), work, "lake-split", keyFile, "ingest-followups-" + label);
        return new IngestFigures(whole, rosters, followups);
    }

    private static IngestFigures.Run ingest(
            Application application, List<Path> files, Path work, String lake, Path keyFile, String name) {
        List<String> arguments = new ArrayList<>(List.of(
                "ingest",
                "--lake",
                work.resolve(lake).toString(),
                "--quarantine",
                work.resolve(lake + "-quarantine").toString(),
                "--key-file",
                keyFile.toString()));
        files.forEach(file -> arguments.add(file.toString()));
        ProcessResult result = ChildProcess.run(application.command(List.of(), arguments), work, name);
        if (!result.succeeded()) {
            throw new IllegalStateException("Cannot ingest (" + name + "), exit " + result.exitCode() + ":\n"
                    + result.output() + ChildProcess.tail(result.errors(), 30));
        }
        IngestSummary summary = IngestSummary.parse(result.output());
        if (summary.failed() > 0 || summary.files() != files.size()) {
            throw new IllegalStateException(
                    "Cannot measure the ingest (" + name + "), not every file was ingested:\n" + result.output());
        }
        return new IngestFigures.Run(result, summary, Programme.bytes(files));
    }

    /** Deletes a folder and everything in it, if it exists. */
    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + folder + ": " + e.getMessage(), e);
        }
    }
}
