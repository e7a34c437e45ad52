package io.longitude.dashboard.cli;

import io.longitude.analytics.AnalyticsConfig;
import io.longitude.dashboard.inbox.InboxProcessor;
import io.longitude.dashboard.system.LocalSpark;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.PseudonymKeys;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "watch",
        mixinStandardHelpOptions = true,
        description =
                "Ingests every file that lands in a folder (rules in its inbox.yaml), moves it to processed/ or failed/ "
                        + "with a report, and re-runs the analysis.")
final class WatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "The inbox folder.")
    Path inbox;

    @Option(
            names = "--interval",
            defaultValue = "30",
            description = "Seconds between scans (default: ${DEFAULT-VALUE}).")
    int interval;

    @Option(names = "--once", description = "Scan once and stop.")
    boolean once;

    @Mixin
    StorageOptions.Lake lake;

    @Mixin
    StorageOptions.Metrics metrics;

    @Mixin
    StorageOptions.Quarantine quarantine;

    @Mixin
    StorageOptions.KeyFile keyFile;

    @Mixin
    StorageOptions.Master master;

    @Override
    public Integer call() throws InterruptedException {
        ArgumentChecks.of(spec)
                .existingFolder("FOLDER", inbox)
                .master("--master", master.url)
                .root("--lake", lake.uri)
                .root("--metrics", metrics.uri)
                .atLeast("--interval", interval, 1)
                .verify();
        PrintWriter out = spec.commandLine().getOut();
        SparkSession spark = LocalSpark.session(master.url);
        InboxProcessor processor = new InboxProcessor(
                spark,
                new IngestConfig(lake.uri, quarantine.folder, PseudonymKeys.load(System.getenv(), keyFile.file)),
                AnalyticsConfig.of(lake.uri, metrics.uri));
        out.println("Watching " + inbox.toAbsolutePath() + (once ? "" : " every " + interval + " s (Ctrl-C stops)"));
        do {
            LakeWrites.under(spark, lake.uri, "watch", out, () -> processor.process(inbox))
                    .forEach(line -> out.println("  " + line));
            if (!once) {
                Thread.sleep(interval * 1000L);
            }
        } while (!once);
        return 0;
    }
}
