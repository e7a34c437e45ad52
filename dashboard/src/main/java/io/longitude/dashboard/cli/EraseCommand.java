package io.longitude.dashboard.cli;

import io.longitude.analytics.AnalyticsConfig;
import io.longitude.analytics.AnalyticsJob;
import io.longitude.core.privacy.Pseudonymizer;
import io.longitude.dashboard.access.Role;
import io.longitude.dashboard.audit.AuditEntry;
import io.longitude.dashboard.audit.AuditTable;
import io.longitude.dashboard.system.DataPaths;
import io.longitude.dashboard.system.LocalSpark;
import io.longitude.ingest.PseudonymKeys;
import io.longitude.ingest.erase.DeltaHistory;
import io.longitude.ingest.erase.Erasure;
import io.longitude.ingest.erase.ErasureReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./longitude erase}: the right to erasure (GDPR art. 17). Erases the person from the lake and the quarantine
 * files through ingest's entry point, recomputes the metrics without them (M11 keeps per-participant rows keyed by
 * pseudonym), then purges the metric tables' history too. Raw exports kept in the inbox are reported, not edited.
 */
@Command(
        name = "erase",
        mixinStandardHelpOptions = true,
        description = {
            "Erases a person (GDPR art. 17) from the lake, the quarantine files and the metric tables.",
            "Removes their rows from every lake table and the quarantine files, recomputes the metric tables without them,",
            "then VACUUMs with no retention and truncates the Delta logs: time travel to earlier versions ends (see docs/security.md)."
        })
final class EraseCommand implements Callable<Integer> {
    /** Hex digits of the audit token: enough to tell erasures apart, too few to test guesses against the lake. */
    static final int AUDIT_TOKEN_LENGTH = 16;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--source-id",
            required = true,
            description = "The person's identifier in the source files (participant_id).")
    String sourceId;

    @Option(names = "--programme", required = true, description = "The programme the person asked to be erased from.")
    String programme;

    @Mixin
    StorageOptions.Lake lake;

    @Mixin
    StorageOptions.Metrics metrics;

    @Mixin
    StorageOptions.Quarantine quarantine;

    @Option(
            names = "--inbox",
            defaultValue = DataPaths.INBOX,
            description =
                    "Inbox whose processed/ and failed/ files (and the uploads beside it) are searched for raw copies (default: ${DEFAULT-VALUE}).")
    Path inbox;

    @Mixin
    StorageOptions.Audit audit;

    @Mixin
    StorageOptions.KeyFile keyFile;

    @Mixin
    StorageOptions.Master master;

    @Option(
            names = "--minimum-n",
            defaultValue = "5",
            description = "Minimum n of the recomputed metrics (default: ${DEFAULT-VALUE}).")
    int minimumN;

    @Option(
            names = "--completed-sessions",
            defaultValue = "7",
            description =
                    "Sessions attended to count as completed, for the recomputed metrics (default: ${DEFAULT-VALUE}).")
    int completedSessions;

    @Mixin
    EmptyLakeOption emptyLake;

    @Override
    public Integer call() {
        ArgumentChecks.of(spec)
                .master("--master", master.url)
                .lake("--lake", lake.uri, emptyLake.allowed)
                .root("--metrics", metrics.uri)
                .root("--audit", audit.uri)
                .atLeast("--minimum-n", minimumN, 1)
                .atLeast("--completed-sessions", completedSessions, 0)
                .verify();
        PrintWriter out = spec.commandLine().getOut();
        Pseudonymizer pseudonymizer = PseudonymKeys.load(System.getenv(), keyFile.file);
        SparkSession spark = LocalSpark.session(master.url);
        ProgressLine erasing = ProgressLine.on(out, "Erasing");
        ErasureReport report = LakeWrites.alone(
                spark,
                lake.uri,
                "erase",
                out,
                () -> erasing.during(() -> Erasure.erase(
                        spark, lake.uri, quarantine.folder, pseudonymizer, programme, sourceId, erasing)));
        out.println(report.summary());
        ProgressLine analysing = ProgressLine.on(out, "Analysing");
        out.println(analysing
                .during(() -> AnalyticsJob.run(
                        spark, new AnalyticsConfig(lake.uri, metrics.uri, minimumN, completedSessions), analysing))
                .summary());
        ProgressLine purging = ProgressLine.on(out, "Purging the metric tables");
        DeltaHistory.PurgeCount metricsPurged = purging.during(() -> Erasure.purgeTables(spark, metrics.uri, purging));
        out.println("Metric tables purged: " + metricsPurged.dataFiles() + " data files vacuumed, "
                + metricsPurged.logFiles() + " log files deleted");
        String object = auditObject(pseudonymizer, programme, sourceId);
        AuditTable.append(
                spark,
                audit.uri,
                new AuditEntry(
                        Instant.now(),
                        "cli:" + System.getProperty("user.name"),
                        Role.ADMIN.name(),
                        "erasure",
                        object,
                        report.totalRowsRemoved()));
        out.println("Audit: erasure " + object + ", " + report.totalRowsRemoved() + " rows");
        List<Path> raw = RawCopies.naming(
                sourceId,
                List.of(inbox.resolve("processed"), inbox.resolve("failed"), inbox.resolveSibling("uploads")));
        for (Path file : raw) {
            out.println("Still names the person in clear, outside the lake (delete or edit it by hand): " + file);
        }
        return 0;
    }

    /**
     * The audit log's object for an erasure: {@code erasure:} and the first {@value #AUDIT_TOKEN_LENGTH} hex digits of
     * the HMAC of {@code programme:sourceId} under the pseudonym key. It differs from the person's pseudonym (the HMAC
     * of the source id alone), so the audit log cannot lead back into the lake, yet whoever holds the key and the
     * source id can show that this person was erased.
     */
    static String auditObject(Pseudonymizer pseudonymizer, String programme, String sourceId) {
        return "erasure:"
                + pseudonymizer.pseudonym(programme + ":" + sourceId.trim()).substring(0, AUDIT_TOKEN_LENGTH);
    }
}
