package io.longitude.dashboard.cli;

import io.longitude.analytics.AnalyticsConfig;
import io.longitude.analytics.AnalyticsJob;
import io.longitude.analytics.AnalyticsReport;
import io.longitude.dashboard.system.LocalSpark;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Computes the metrics from the lake into the metric table.",
            "Skipped when the metric table was computed by this version from the lake as it is now, unless --force.",
            "--as-of recomputes them from the lake as it stood at a time, or as a metric table version recorded it."
        })
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions.Lake lake;

    @Mixin
    StorageOptions.Metrics metrics;

    @Mixin
    StorageOptions.Master master;

    @Option(
            names = "--minimum-n",
            defaultValue = "5",
            description = "Cells with a smaller n are marked small_n (default: ${DEFAULT-VALUE}).")
    int minimumN;

    @Option(
            names = "--completed-sessions",
            defaultValue = "7",
            description = "Sessions a candidate attends to count as completed (default: ${DEFAULT-VALUE}).")
    int completedSessions;

    @Option(names = "--force", description = "Recompute even when the lake has not changed since the last run.")
    boolean force;

    @Option(
            names = "--as-of",
            paramLabel = "TIME|VERSION",
            description = {
                "Recompute from the lake as it stood then: a time (2026-11-28T10:15:00Z; a date means the end of that day, UTC),",
                "a metric table version (reproduces that table), or input versions as recorded (editions=0,enrolments=2,...)."
            })
    String asOf;

    @Mixin
    EmptyLakeOption emptyLake;

    @Override
    public Integer call() {
        ArgumentChecks.of(spec)
                .master("--master", master.url)
                .lake("--lake", lake.uri, emptyLake.allowed)
                .root("--metrics", metrics.uri)
                .atLeast("--minimum-n", minimumN, 1)
                .atLeast("--completed-sessions", completedSessions, 0)
                .verify();
        AnalyticsConfig config = new AnalyticsConfig(lake.uri, metrics.uri, minimumN, completedSessions);
        PrintWriter out = spec.commandLine().getOut();
        ProgressLine progress = ProgressLine.on(out, "Analysing");
        if (asOf != null) {
            out.println(
                    progress.during(() -> AnalyticsJob.runAsOf(LocalSpark.session(master.url), config, asOf, progress))
                            .summary());
        } else if (force) {
            out.println(progress.during(() -> AnalyticsJob.run(LocalSpark.session(master.url), config, progress))
                    .summary());
        } else {
            runIfChanged(config, master.url, out, progress);
        }
        return 0;
    }

    static AnalyticsReport runIfChanged(AnalyticsConfig config, String master, PrintWriter out) {
        return runIfChanged(config, master, out, ProgressLine.on(out, "Analysing"));
    }

    static AnalyticsReport runIfChanged(AnalyticsConfig config, String master, PrintWriter out, ProgressLine progress) {
        AnalyticsReport report =
                progress.during(() -> AnalyticsJob.runIfChanged(LocalSpark.session(master), config, progress));
        out.println(report.summary());
        return report;
    }
}
