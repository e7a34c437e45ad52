package io.longitude.dashboard.cli;

import io.longitude.dashboard.system.LocalSpark;
import io.longitude.ingest.FilePreview;
import io.longitude.ingest.FileReport;
import io.longitude.ingest.Ingest;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.IngestReport;
import io.longitude.ingest.PseudonymKeys;
import io.longitude.ingest.WriteScope;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description =
                "Validates canonical files (or a tool's exports with --mapping) and commits them to the lake, one transaction "
                        + "per file; with --dry-run, says what it would do and writes nothing.")
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions.Lake lake;

    @Mixin
    StorageOptions.Quarantine quarantine;

    @Mixin
    StorageOptions.KeyFile keyFile;

    @Mixin
    StorageOptions.Master master;

    @Option(
            names = "--mapping",
            description = "Mapping file (data/mappings/*.yaml): the files are that tool's exports of that form. "
                    + "Without it the files are canonical CSV.")
    Path mapping;

    @Option(
            names = "--dry-run",
            description =
                    "Check the files and say what would be accepted, quarantined (the first rows, with "
                            + "their reasons), inserted and updated; write nothing, neither to the lake nor to the quarantine folder.")
    boolean dryRun;

    @Option(
            names = "--programme",
            paramLabel = "P",
            split = ",",
            description = "Accept only rows of these programmes; rows of "
                    + "others are quarantined (OUT_OF_SCOPE). Without it, every programme.")
    List<String> programmes;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Files to ingest: canonical rosters and follow-ups, or a tool's exports with --mapping.")
    List<Path> files;

    @Override
    public Integer call() {
        ArgumentChecks checks = ArgumentChecks.of(spec)
                .master("--master", master.url)
                .root("--lake", lake.uri)
                .textFiles("FILE", files);
        if (mapping != null) {
            checks.existingFile("--mapping", mapping);
        }
        checks.verify();
        IngestConfig all =
                new IngestConfig(lake.uri, quarantine.folder, PseudonymKeys.load(System.getenv(), keyFile.file));
        IngestConfig config = programmes == null ? all : all.within(WriteScope.only(programmes));
        PrintWriter out = spec.commandLine().getOut();
        if (!dryRun) {
            // Files the lake holds already need no Spark session: the batch table is read with Delta Kernel.
            long started = System.nanoTime();
            Optional<IngestReport> nothingToDo =
                    Ingest.alreadyIngested(config, Optional.ofNullable(mapping).map(Ingest::mapping), files);
            if (nothingToDo.isPresent()) {
                print(out, nothingToDo.get(), started);
                return 0;
            }
        }
        SparkSession spark = LocalSpark.session(master.url);
        if (dryRun) {
            // No writer lease either: a dry run writes nothing, and may run while another process writes.
            return preview(
                    out,
                    Ingest.dryRun(spark, config, Optional.ofNullable(mapping).map(Ingest::mapping), files));
        }
        ProgressLine progress = ProgressLine.on(out, "Ingesting");
        IngestReport report = LakeWrites.under(
                spark,
                config.lakeRoot(),
                "ingest",
                out,
                () -> mapping == null
                        ? run(out, progress, () -> Ingest.run(spark, config, files, progress))
                        : run(
                                out,
                                progress,
                                () -> Ingest.run(spark, config, Ingest.mapping(mapping), files, progress)));
        return report.failed() ? 1 : 0;
    }

    static int preview(PrintWriter out, List<FilePreview> previews) {
        out.println("Dry run: nothing was written to the lake or the quarantine.");
        previews.forEach(preview -> preview.lines().forEach(line -> out.println("  " + line)));
        long inserted = previews.stream().mapToLong(FilePreview::inserted).sum();
        long updated = previews.stream().mapToLong(FilePreview::updated).sum();
        long quarantined = previews.stream()
                .mapToLong(preview -> preview.report().rowsQuarantined())
                .sum();
        out.println(previews.size() + " files checked: would insert " + inserted + " rows, update " + updated
                + ", quarantine " + quarantined + ".");
        return previews.stream().anyMatch(preview -> preview.report().status() == FileReport.Status.FAILED) ? 1 : 0;
    }

    static IngestReport run(PrintWriter out, java.util.function.Supplier<IngestReport> ingest) {
        return run(out, ProgressLine.on(out, "Ingesting"), ingest);
    }

    /** Runs the ingest, clears its progress line, then prints a line per file and the summary. */
    static IngestReport run(PrintWriter out, ProgressLine progress, java.util.function.Supplier<IngestReport> ingest) {
        long started = System.nanoTime();
        IngestReport report = progress.during(ingest);
        print(out, report, started);
        return report;
    }

    /** A line per file, then the summary with the time since {@code started} ({@link System#nanoTime}). */
    private static void print(PrintWriter out, IngestReport report, long started) {
        report.files().stream().map(FileReport::toString).forEach(line -> out.println("  " + line));
        long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        out.println(report.summary() + " in " + millis + " ms (" + report.rowsRead() * 1000 / millis + " rows/s)");
    }
}
