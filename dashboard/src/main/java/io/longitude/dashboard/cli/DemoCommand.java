package io.longitude.dashboard.cli;

import io.longitude.analytics.AnalyticsConfig;
import io.longitude.dashboard.access.AccountFile;
import io.longitude.dashboard.access.DemoUsers;
import io.longitude.dashboard.system.DataPaths;
import io.longitude.dashboard.system.DemoProgramme;
import io.longitude.dashboard.system.DemoSummaries;
import io.longitude.dashboard.system.LocalSpark;
import io.longitude.ingest.FileReport;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.IngestReport;
import io.longitude.ingest.PseudonymKeys;
import io.longitude.ingest.generate.DemoProgrammeGenerator;
import io.longitude.ingest.generate.ExportFormat;
import io.longitude.ingest.generate.GeneratorConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Generates the demo programme into data/demo, ingests it, analyses it and serves the dashboard.")
final class DemoCommand implements Callable<Integer> {
    static final String CREDENTIALS = DataPaths.DEMO + "/credentials.txt";

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-serve", description = "Stop after the analysis.")
    boolean noServe;

    @Override
    public Integer call() {
        if (!noServe) {
            ArgumentChecks.of(spec).port("--port", port, "127.0.0.1").verify();
        }
        PrintWriter out = spec.commandLine().getOut();
        Path demo = Path.of(DataPaths.DEMO);
        if (Files.exists(demo.resolve("truth.json"))) {
            out.println("[1/4] Demo programme already in " + demo);
        } else {
            out.println("[1/4] Generating the demo programme into " + demo);
            out.println("      "
                    + DemoProgrammeGenerator.generate(
                            GeneratorConfig.defaults(demo).withFormats(ExportFormat.MIXED)));
        }
        Path second = demo.resolve(DemoProgramme.SECOND.programmeId());
        if (!Files.exists(second.resolve("truth.json"))) {
            out.println("      " + DemoProgrammeGenerator.generate(DemoProgramme.second(second)));
        }
        Path keyFile = PseudonymKeys.createIfMissing(Path.of(DataPaths.KEY_FILE));
        out.println("[2/4] Ingesting into " + DataPaths.LAKE + " (pseudonym key " + keyFile + ")");
        IngestConfig ingest = new IngestConfig(
                DataPaths.LAKE, Path.of(DataPaths.QUARANTINE), PseudonymKeys.load(System.getenv(), keyFile));
        IngestReport report = IngestCommand.run(out, () -> {
            SparkSession spark = LocalSpark.session(LocalSpark.DEFAULT_MASTER);
            List<FileReport> files =
                    new ArrayList<>(DemoProgramme.ingest(spark, ingest, demo, Path.of(DataPaths.MAPPINGS))
                            .files());
            files.addAll(DemoProgramme.ingest(spark, ingest, second, Path.of(DataPaths.MAPPINGS))
                    .files());
            return new IngestReport(files);
        });
        if (report.failed()) {
            return 1;
        }
        int summaries = DemoSummaries.writeIfMissing(
                LocalSpark.session(LocalSpark.DEFAULT_MASTER), DataPaths.LAKE, DemoProgrammeGenerator.PROGRAMME_ID);
        if (summaries > 0) {
            out.println("      " + summaries + " session summaries of edition 1 written (nl, fr, en)");
        }
        if (DemoSummaries.publishIfNever(
                LocalSpark.session(LocalSpark.DEFAULT_MASTER), DataPaths.LAKE, DemoProgrammeGenerator.PROGRAMME_ID)) {
            out.println("      edition 1 published: its public page is /public/editions/E01");
        }
        out.println("[3/4] Analysing into " + DataPaths.METRICS);
        AnalyzeCommand.runIfChanged(
                AnalyticsConfig.of(DataPaths.LAKE, DataPaths.METRICS), LocalSpark.DEFAULT_MASTER, out);
        if (noServe) {
            return 0;
        }
        users(
                out,
                DemoUsers.create(
                        new AccountFile(Path.of(DataPaths.USERS)),
                        Path.of(CREDENTIALS),
                        DemoProgrammeGenerator.PROGRAMME_ID,
                        DemoProgramme.SECOND.programmeId()),
                System.console() != null);
        ServeCommand.serve(
                port,
                "127.0.0.1",
                DataPaths.LAKE,
                DataPaths.METRICS,
                LocalSpark.DEFAULT_MASTER,
                DataPaths.USERS,
                DataPaths.AUDIT,
                out);
        return 0;
    }

    /**
     * Says who the demo users are. Their passwords go to a terminal only: output that is not a terminal (a log file,
     * a CI job, a pipe) gets where they are, {@value #CREDENTIALS}, readable by its owner only.
     */
    static void users(PrintWriter out, Map<String, String> passwords, boolean terminal) {
        if (terminal) {
            out.println("[4/4] Serving the dashboard. Demo users (also in " + CREDENTIALS + ", readable by you only):");
            passwords.forEach((username, password) -> out.println("      " + username + " / " + password));
        } else {
            out.println("[4/4] Serving the dashboard. Demo users " + String.join(", ", passwords.keySet())
                    + "; their passwords are in " + Path.of(CREDENTIALS).toAbsolutePath()
                    + " (readable by you only; not printed, as this output is not a terminal).");
        }
    }
}
