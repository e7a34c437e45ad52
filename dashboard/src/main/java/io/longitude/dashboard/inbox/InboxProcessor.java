package io.longitude.dashboard.inbox;

import io.longitude.analytics.AnalyticsConfig;
import io.longitude.analytics.AnalyticsJob;
import io.longitude.ingest.FileReport;
import io.longitude.ingest.Ingest;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.IngestReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * Ingests what lands in an inbox folder: each file with the mapping its rule names, moved to {@code processed/} or
 * {@code failed/} with a report beside it ({@code <file>.report.txt}); then the analysis runs again if the lake changed.
 * Used by {@code ./longitude watch} and by the server's scheduled scan of {@code data/inbox/}.
 */
public final class InboxProcessor {
    private final SparkSession spark;
    private final IngestConfig ingest;
    private final AnalyticsConfig analytics;

    public InboxProcessor(SparkSession spark, IngestConfig ingest, AnalyticsConfig analytics) {
        this.spark = spark;
        this.ingest = ingest;
        this.analytics = analytics;
    }

    /** Processes the files now in {@code inbox}; returns one report line per file. */
    public List<String> process(Path inbox) {
        return process(inbox, report -> { });
    }

    /**
     * Processes the files now in {@code inbox}, telling {@code processed} what became of each file (e.g. to audit it);
     * returns one report line per file.
     */
    public synchronized List<String> process(Path inbox, Consumer<FileReport> processed) {
        List<String> lines = new ArrayList<>();
        List<Path> files = waiting(inbox);
        if (files.isEmpty()) {
            return lines;
        }
        InboxConfig config = InboxConfig.load(inbox);
        boolean changed = false;
        for (Path file : files) {
            FileReport report = ingest(file, config.ruleFor(file));
            boolean failed = report.status() == FileReport.Status.FAILED;
            changed |= report.status() == FileReport.Status.INGESTED;
            move(file, inbox.resolve(failed ? "failed" : "processed"), report);
            processed.accept(report);
            lines.add(report.toString());
        }
        if (changed) {
            lines.add(AnalyticsJob.runIfChanged(spark, analytics).summary());
        }
        return lines;
    }

    private FileReport ingest(Path file, Optional<InboxRule> rule) {
        if (rule.isEmpty()) {
            return new FileReport(file, "", "", FileReport.Status.FAILED, 0, 0, 0, "no rule of " + InboxConfig.FILE_NAME + " matches this file");
        }
        try {
            IngestReport report = rule.get().mapping().isPresent()
                    ? Ingest.run(spark, ingest, Ingest.mapping(rule.get().mapping().get()), List.of(file))
                    : Ingest.run(spark, ingest, List.of(file));
            return report.files().get(0);
        } catch (RuntimeException e) {
            return new FileReport(file, "", "", FileReport.Status.FAILED, 0, 0, 0, e.getMessage());
        }
    }

    private static List<Path> waiting(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .filter(file -> !file.getFileName().toString().equals(InboxConfig.FILE_NAME))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the inbox " + inbox + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path file, Path folder, FileReport report) {
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(file.getFileName());
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(folder.resolve(file.getFileName() + ".report.txt"), report + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + file + " to " + folder + ": " + e.getMessage(), e);
        }
    }
}
