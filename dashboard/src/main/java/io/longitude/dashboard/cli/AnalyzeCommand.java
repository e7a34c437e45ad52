package io.longitude.dashboard.cli;

import io.longitude.analytics.AnalyticsConfig;
import io.longitude.analytics.AnalyticsJob;
import io.longitude.analytics.AnalyticsReport;
import io.longitude.dashboard.system.DataPaths;
import io.longitude.dashboard.system.LocalSpark;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Computes the metrics from the lake into the metric table.")
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--lake", defaultValue = DataPaths.LAKE, description = "Lake root URI (default: ${DEFAULT-VALUE}).")
    String lake;

    @Option(names = "--metrics", defaultValue = DataPaths.METRICS, description = "Metrics root URI (default: ${DEFAULT-VALUE}).")
    String metrics;

    @Option(names = "--master", defaultValue = LocalSpark.DEFAULT_MASTER, description = "Spark master (default: ${DEFAULT-VALUE}).")
    String master;

    @Option(names = "--minimum-n", defaultValue = "5", description = "Cells with a smaller n are marked small_n (default: ${DEFAULT-VALUE}).")
    int minimumN;

    @Override
    public Integer call() {
        run(new AnalyticsConfig(lake, metrics, minimumN, AnalyticsConfig.DEFAULT_COMPLETED_SESSIONS), master, spec.commandLine().getOut());
        return 0;
    }

    static AnalyticsReport run(AnalyticsConfig config, String master, PrintWriter out) {
        AnalyticsReport report = AnalyticsJob.run(LocalSpark.session(master), config);
        out.println(report.summary());
        return report;
    }

    static AnalyticsReport runIfChanged(AnalyticsConfig config, String master, PrintWriter out) {
        AnalyticsReport report = AnalyticsJob.runIfChanged(LocalSpark.session(master), config);
        out.println(report.summary());
        return report;
    }
}
