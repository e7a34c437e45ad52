package io.longitude.dashboard.cli;

import io.longitude.dashboard.access.Role;
import io.longitude.dashboard.audit.AuditEntry;
import io.longitude.dashboard.audit.AuditTable;
import io.longitude.dashboard.system.LocalSpark;
import io.longitude.ingest.FileReport;
import io.longitude.ingest.Ingest;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.IngestReport;
import io.longitude.ingest.PseudonymKeys;
import io.longitude.ingest.QuarantineItem;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

        @Mixin
        StorageOptions.Quarantine quarantine;

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
            java.util.List<QuarantineItem> items = Ingest.quarantine(quarantine.folder).stream()
                    .filter(item -> only == null || (only.pending ? item.pending() : item.rejected()))
                    .toList();
            items.forEach(item -> out.println(item));
            long pending = Ingest.quarantine(quarantine.folder).stream()
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

        @Mixin
        StorageOptions.Lake lake;

        @Mixin
        StorageOptions.Quarantine quarantine;

        @Mixin
        StorageOptions.KeyFile keyFile;

        @Mixin
        StorageOptions.Audit audit;

        @Mixin
        StorageOptions.Master master;

        @Override
        public Integer call() {
            ArgumentChecks.of(spec)
                    .master("--master", master.url)
                    .root("--lake", lake.uri)
                    .root("--audit", audit.uri)
                    .verify();
            PrintWriter out = spec.commandLine().getOut();
            IngestConfig config =
                    new IngestConfig(lake.uri, quarantine.folder, PseudonymKeys.load(System.getenv(), keyFile.file));
            SparkSession spark = LocalSpark.session(master.url);
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
                    audit.uri,
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
