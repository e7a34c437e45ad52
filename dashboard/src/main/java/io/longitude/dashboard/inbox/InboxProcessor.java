package io.longitude.dashboard.inbox;

import io.longitude.analytics.AnalyticsConfig;
import io.longitude.analytics.AnalyticsJob;
import io.longitude.core.files.OwnerOnly;
import io.longitude.ingest.FileReport;
import io.longitude.ingest.Ingest;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.IngestReport;
import io.longitude.ingest.WriteScope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * Ingests what lands in an inbox folder: each file with the mapping its rule names, rosters first whatever the names
 * (the CLI's order, {@link Ingest#rank}), moved to {@code processed/} or, when nothing of it was accepted and nothing
 * waits for a roster, to {@code failed/}, with a report beside it ({@code <file>.report.txt}); then the analysis runs
 * again if the lake changed. Rows waiting for a roster are pending and come in when it does.
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
        return process(inbox, report -> {});
    }

    /**
     * Processes the files now in {@code inbox}, telling {@code processed} what became of each file (e.g. to audit it);
     * returns one report line per file.
     */
    public List<String> process(Path inbox, Consumer<FileReport> processed) {
        return process(inbox, WriteScope.EVERY_PROGRAMME, processed);
    }

    /**
     * Processes the files now in {@code inbox} writing only rows of {@code scope}'s programmes (an upload's: its
     * manager's), and within each rule's own {@code programmes}; rows of other programmes are quarantined.
     */
    public synchronized List<String> process(Path inbox, WriteScope scope, Consumer<FileReport> processed) {
        List<String> lines = new ArrayList<>();
        List<Path> files = waiting(inbox);
        if (files.isEmpty()) {
            return lines;
        }
        InboxConfig config = InboxConfig.load(inbox);
        boolean changed = false;
        for (Path file : inOrder(files, config)) {
            List<FileReport> reports = ingest(file, config.ruleFor(file), scope);
            FileReport report = reports.get(0);
            changed |= reports.stream().anyMatch(InboxProcessor::changedTheLake);
            move(file, inbox.resolve(nothingAccepted(report) ? "failed" : "processed"), report);
            processed.accept(report);
            lines.add(report.toString());
            reports.subList(1, reports.size()).forEach(retried -> lines.add(retried.toString()));
        }
        if (changed) {
            lines.add(AnalyticsJob.runIfChanged(spark, analytics).summary());
        }
        return lines;
    }

    /**
     * Retries the pending rows now (of one programme, or all), then re-runs the analysis if rows came in.
     *
     * @param by who asked, recorded in the quarantine
     */
    public synchronized IngestReport retry(Optional<String> programme, String by) {
        IngestReport report = Ingest.retry(spark, ingest, programme, by);
        if (report.files().stream().anyMatch(InboxProcessor::changedTheLake)) {
            AnalyticsJob.runIfChanged(spark, analytics);
        }
        return report;
    }

    private static boolean changedTheLake(FileReport report) {
        return report.status() == FileReport.Status.INGESTED
                || (report.status() == FileReport.Status.RETRIED && report.rowsAccepted() > 0);
    }

    /**
     * A file goes to {@code failed/} when it failed, or when none of its rows was accepted and none waits for a
     * reference (a file whose rows are all pending is processed: they come in with their roster).
     */
    static boolean nothingAccepted(FileReport report) {
        return report.status() == FileReport.Status.FAILED
                || (report.status() == FileReport.Status.INGESTED
                        && report.rowsRead() > 0
                        && report.rowsAccepted() == 0
                        && report.rowsPending() == 0);
    }

    /** The files in the order of ingest, the CLI's: by kind (rosters first, {@link Ingest#rank}), then by name. */
    private static List<Path> inOrder(List<Path> files, InboxConfig config) {
        Map<Path, Integer> ranks = new HashMap<>();
        for (Path file : files) {
            Optional<InboxRule> rule = config.ruleFor(file);
            int rank;
            try {
                rank = rule.isEmpty()
                        ? Integer.MAX_VALUE
                        : Ingest.rank(
                                file,
                                rule.get().mapping().isPresent()
                                        ? Optional.of(Ingest.mapping(
                                                rule.get().mapping().get()))
                                        : Optional.empty());
            } catch (RuntimeException e) {
                rank = Integer.MAX_VALUE;
            }
            ranks.put(file, rank);
        }
        return files.stream()
                .sorted(Comparator.comparing((Path file) -> ranks.get(file)).thenComparing(Path::toString))
                .toList();
    }

    private List<FileReport> ingest(Path file, Optional<InboxRule> rule, WriteScope scope) {
        if (rule.isEmpty()) {
            return List.of(new FileReport(
                    file,
                    "",
                    "",
                    FileReport.Status.FAILED,
                    0,
                    0,
                    0,
                    "no rule of " + InboxConfig.FILE_NAME + " matches this file"));
        }
        try {
            IngestConfig scoped = ingest.within(rule.get().scope().within(scope));
            IngestReport report = rule.get().mapping().isPresent()
                    ? Ingest.run(
                            spark, scoped, Ingest.mapping(rule.get().mapping().get()), List.of(file))
                    : Ingest.run(spark, scoped, List.of(file));
            return report.files();
        } catch (RuntimeException e) {
            return List.of(new FileReport(file, "", "", FileReport.Status.FAILED, 0, 0, 0, e.getMessage()));
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
            OwnerOnly.folder(folder);
            Path target = folder.resolve(file.getFileName());
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            OwnerOnly.writeString(folder.resolve(file.getFileName() + ".report.txt"), report + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + file + " to " + folder + ": " + e.getMessage(), e);
        }
    }
}
