package io.longitude.dashboard.cli;

import io.longitude.dashboard.access.Role;
import io.longitude.dashboard.audit.AuditEntry;
import io.longitude.dashboard.audit.AuditTable;
import io.longitude.dashboard.system.DataPaths;
import io.longitude.dashboard.system.LocalSpark;
import io.longitude.ingest.FileReport;
import io.longitude.ingest.Ingest;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.IngestReport;
import io.longitude.ingest.PseudonymKeys;
import io.longitude.ingest.QuarantineItem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "quarantine",
        mixinStandardHelpOptions = true,
        description =
                "Lists the quarantine (rows rejected or pending, answers set aside, notes) and retries the pending rows.",
        subcommands = {QuarantineCommand.List.class, QuarantineCommand.Retry.class})
final class QuarantineCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description =
                    "One line per quarantine line: batch, file:line, outcome (and what became of it), field, reason, code, value.")
    static final class List implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(
                names = "--quarantine",
                defaultValue = DataPaths.QUARANTINE,
                description = "Quarantine folder (default: ${DEFAULT-VALUE}).")
        Path quarantine;

        @ArgGroup(exclusive = true)
        Only only;

        static final class Only {
            @Option(names = "--pending", description = "Only the rows waiting for a participant, edition or session.")
            boolean pending;

            @Option(names = "--rejected", description = "Only the rows rejected whole.")
            boolean rejected;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            java.util.List<QuarantineItem> items = Ingest.quarantine(quarantine).stream()
                    .filter(item -> only == null || (only.pending ? item.pending() : item.rejected()))
                    .toList();
            items.forEach(item -> out.println(item));
            long pending = Ingest.quarantine(quarantine).stream()
                    .filter(QuarantineItem::pending)
                    .count();
            out.println(items.size() + " lines; " + pending + " rows pending");
            return 0;
        }
    }

    @Command(
            name = "retry",
            mixinStandardHelpOptions = true,
            description =
                    "Retries the pending rows against the lake as it is now; those whose reference has arrived enter it, once. "
                            + "Recorded in the audit log.")
    static final class Retry implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--programme", description = "Only the rows of this programme's editions.")
        String programme;

        @Option(
                names = "--lake",
                defaultValue = DataPaths.LAKE,
                description = "Lake root URI (default: ${DEFAULT-VALUE}).")
        String lake;

        @Option(
                names = "--quarantine",
                defaultValue = DataPaths.QUARANTINE,
                description = "Quarantine folder (default: ${DEFAULT-VALUE}).")
        Path quarantine;

        @Option(
                names = "--key-file",
                defaultValue = DataPaths.KEY_FILE,
                description = "Pseudonym key file (default: ${DEFAULT-VALUE}).")
        Path keyFile;

        @Option(
                names = "--audit",
                defaultValue = DataPaths.AUDIT,
                description = "Audit root URI, where the retry is recorded (default: ${DEFAULT-VALUE}).")
        String audit;

        @Option(
                names = "--master",
                defaultValue = LocalSpark.DEFAULT_MASTER,
                description = "Spark master (default: ${DEFAULT-VALUE}).")
        String master;

        @Override
        public Integer call() {
            ArgumentChecks.of(spec)
                    .master("--master", master)
                    .root("--lake", lake)
                    .root("--audit", audit)
                    .verify();
            PrintWriter out = spec.commandLine().getOut();
            IngestConfig config = new IngestConfig(lake, quarantine, PseudonymKeys.load(System.getenv(), keyFile));
            SparkSession spark = LocalSpark.session(master);
            String user = "cli:" + System.getProperty("user.name");
            IngestReport report = Ingest.retry(spark, config, Optional.ofNullable(programme), user);
            report.files().stream().map(FileReport::toString).forEach(line -> out.println("  " + line));
            long pending =
                    report.files().stream().mapToLong(FileReport::rowsPending).sum();
            out.println("Retried "
                    + report.files().stream().mapToLong(FileReport::rowsRead).sum() + " pending rows: "
                    + report.rowsAcceptedOnRetry() + " accepted, " + pending + " still pending");
            AuditTable.append(
                    spark,
                    audit,
                    new AuditEntry(
                            Instant.now(),
                            user,
                            Role.ADMIN.name(),
                            "quarantine.retry",
                            programme == null ? "*" : programme,
                            report.rowsAcceptedOnRetry()));
            return 0;
        }
    }
}
