package io.longitude.bench.speed;

import io.longitude.ingest.PseudonymKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./longitude bench speed} (also plain {@code ./longitude bench}): per programme size, generates the programme,
 * times the ingest and the whole analysis as child processes, the core queries in Longitude and in DuckDB in this JVM,
 * and DuckDB's raw CSV→Parquet conversion; writes {@code speed-<date>.md}, {@code .csv} and {@code speed-latest.md}.
 */
@Command(
        name = "speed",
        mixinStandardHelpOptions = true,
        description = "Speed benchmark: ingest, whole analysis and core queries against DuckDB, per programme size.")
public final class Speed implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--sizes",
            defaultValue = "1k,10k,200k",
            description = "Candidates per programme, comma-separated (default: ${DEFAULT-VALUE}).")
    String sizes;

    @Option(
            names = "--out",
            defaultValue = "bench/results",
            description = "Folder of the result files (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--work",
            defaultValue = "bench/target/speed",
            description = "Folder of the generated data and lakes (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(
            names = "--app-jar",
            defaultValue = "dashboard/target/longitude.jar",
            description = "The application jar (default: ${DEFAULT-VALUE}).")
    Path appJar;

    @Option(
            names = "--warmups",
            defaultValue = "2",
            description = "Warm-up runs of each in-process measure (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Option(
            names = "--runs",
            defaultValue = "5",
            description = "Timed runs of each in-process measure; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(
            names = "--editions",
            defaultValue = "3",
            description = "Editions of each generated programme (default: ${DEFAULT-VALUE}).")
    int editions;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--analysis-jvm-options",
            defaultValue = "-Xmx4g",
            description = "JVM options of the analysis process (default: ${DEFAULT-VALUE}).")
    String analysisJvmOptions;

    @Option(
            names = "--duckdb-threads",
            defaultValue = "2",
            description = "DuckDB's threads (default: ${DEFAULT-VALUE}, the machine's cores).")
    int duckdbThreads;

    @Option(
            names = "--duckdb-memory",
            defaultValue = "4GB",
            description = "DuckDB's memory limit (default: ${DEFAULT-VALUE}).")
    String duckdbMemory;

    @Option(
            names = "--no-demo",
            negatable = true,
            defaultValue = "true",
            description = "Time ./longitude demo from an empty data folder until the dashboard answers (default: on).")
    boolean demo;

    @Option(
            names = "--test-run-seconds",
            description = "Wall time of the README's test command (mvn -B verify), measured outside the bench.")
    Double testRunSeconds;

    @Option(
            names = "--test-run-source",
            defaultValue = "given with --test-run-seconds",
            description = "Where that test run was measured (commit, clean clone or CI).")
    String testRunSource;

    private Optional<DemoStart> demoStart = Optional.empty();

    @Override
    public Integer call() {
        Instant started = Instant.now();
        List<Size> planned = Size.parseAll(sizes);
        Protocol protocol = new Protocol(warmups, runs);
        List<String> analysisOptions = Arrays.stream(analysisJvmOptions.trim().split("\\s+"))
                .filter(option -> !option.isEmpty())
                .toList();
        Application application = Application.of(appJar);
        Path root = work.toAbsolutePath();
        Path keyFile = PseudonymKeys.createIfMissing(root.resolve("pseudonym.key"));
        List<SizeResult> results = new ArrayList<>();
        try (DuckQueries duckdb = DuckQueries.open(duckdbThreads, duckdbMemory)) {
            Machine machine = Machine.describe(duckdb.version());
            try {
                if (demo) {
                    spec.commandLine().getErr().println("[speed demo] ./longitude demo from an empty data folder");
                    demoStart = Optional.of(
                            DemoMeasure.run(application, root.resolve("demo"), Path.of("data", "mappings")));
                    spec.commandLine()
                            .getErr()
                            .println(
                                    "[speed demo] " + (demoStart.get().answered() ? "answered after " : "failed after ")
                                            + demoStart.get().millis() + " ms "
                                            + demoStart.get().failure());
                    write(started, machine, protocol, analysisOptions, results);
                }
                for (Size size : planned) {
                    results.add(measure(
                            size, application, root.resolve(size.label()), keyFile, analysisOptions, protocol, duckdb));
                    write(started, machine, protocol, analysisOptions, results);
                }
            } catch (RuntimeException e) {
                if (!results.isEmpty()) {
                    write(started, machine, protocol, analysisOptions, results);
                }
                spec.commandLine().getErr().println("The speed benchmark stopped: " + e.getMessage());
                e.printStackTrace(spec.commandLine().getErr());
                return 1;
            }
            spec.commandLine()
                    .getOut()
                    .println(MarkdownReport.of(info(started, protocol, analysisOptions), machine, results));
        }
        return 0;
    }

    private SizeResult measure(
            Size size,
            Application application,
            Path folder,
            Path keyFile,
            List<String> analysisOptions,
            Protocol protocol,
            DuckQueries duckdb) {
        for (String stale : List.of(
                "lake",
                "lake-quarantine",
                "lake-split",
                "lake-split-quarantine",
                "metrics",
                "duckdb",
                "lake-warm",
                "lake-warm-quarantine",
                "metrics-warm",
                "last-wave")) {
            IngestMeasure.delete(folder.resolve(stale));
        }
        String load = Machine.loadAverage();
        progress(size, "generating " + size.participants() + " candidates (load average " + load + ")");
        Programme programme = Programme.generate(application, folder.resolve("programme"), size, editions, seed);
        progress(size, "ingesting");
        IngestFigures ingest = IngestMeasure.run(application, programme, folder, keyFile, size.label());
        IngestMeasure.delete(folder.resolve("lake-split"));
        progress(
                size,
                "ingested " + ingest.whole().summary().rowsRead() + " rows in "
                        + ingest.whole().process().millis() + " ms; analysing");
        AnalysisFigures analysis = AnalysisMeasure.run(application, analysisOptions, folder, size.label());
        progress(
                size,
                analysis.succeeded()
                        ? "analysed in " + analysis.process().millis() + " ms; core queries"
                        : "the analysis FAILED (" + analysis.failure() + "); core queries");
        Optional<WarmServer.Figures> warm = Optional.empty();
        if (size.participants() <= WarmServer.UP_TO_PARTICIPANTS) {
            progress(size, "running server: one more small file, then the analysis after the last wave");
            warm = Optional.of(WarmServer.run(SparkQueries.session(), programme, folder, keyFile, protocol));
            progress(
                    size,
                    String.format(
                            java.util.Locale.ROOT,
                            "one more small file %.0f ms (median), analysis after the last wave %d ms (%d Spark jobs)",
                            warm.get().smallFile().median(),
                            warm.get().reanalysisMillis(),
                            warm.get().reanalysisJobs()));
        }
        List<QueryFigures> queries = new ArrayList<>();
        long enrolmentRows;
        long responseRows;
        int partitions;
        try (SparkQueries longitude =
                SparkQueries.open(SparkQueries.session(), folder.resolve("lake").toString())) {
            partitions = longitude.shufflePartitions();
            Map<String, List<String>> files = longitude.files();
            duckdb.load(files);
            enrolmentRows = requireSameRows("enrolments", longitude.rows("enrolments"), duckdb.rows("enrolments"));
            responseRows = requireSameRows("responses", longitude.rows("responses"), duckdb.rows("responses"));
            for (CoreQuery query : CoreQuery.values()) {
                Protocol.Result<List<Row>> ours = protocol.time(() -> longitude.run(query));
                Protocol.Result<Map<String, Cell>> theirs =
                        protocol.time(() -> duckdb.run(query, SparkQueries.MINIMUM_N));
                int cells = CellComparison.requireSame(query.title(), SparkQueries.cells(ours.value()), theirs.value());
                queries.add(new QueryFigures(query, ours.timed(), theirs.timed(), cells));
                progress(
                        size,
                        String.format(
                                java.util.Locale.ROOT,
                                "%s: Longitude %.1f ms, DuckDB %.1f ms, %d cells equal",
                                query.title(),
                                ours.timed().median(),
                                theirs.timed().median(),
                                cells));
            }
        }
        duckdb.execute("DROP TABLE IF EXISTS enrolments");
        duckdb.execute("DROP TABLE IF EXISTS responses");
        progress(size, "DuckDB CSV→Parquet conversion");
        Path converted = folder.resolve("duckdb");
        try {
            Files.createDirectories(converted);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + converted, e);
        }
        DuckConversion.Figures conversion = DuckConversion.run(duckdb, programme.all(), converted, protocol);
        if (conversion.rows() != ingest.whole().summary().rowsRead()) {
            throw new IllegalStateException("Cannot compare the ingests, DuckDB converted " + conversion.rows()
                    + " rows and Longitude read " + ingest.whole().summary().rowsRead());
        }
        return new SizeResult(
                size,
                programme.generationMillis(),
                Programme.bytes(programme.all()),
                load,
                ingest,
                analysis,
                partitions,
                enrolmentRows,
                responseRows,
                queries,
                conversion,
                warm);
    }

    private static long requireSameRows(String table, long longitude, long duckdb) {
        if (longitude != duckdb) {
            throw new IllegalStateException("Cannot compare the engines, " + table + " has " + longitude
                    + " rows in Spark and " + duckdb + " in DuckDB");
        }
        return longitude;
    }

    private void write(
            Instant started,
            Machine machine,
            Protocol protocol,
            List<String> analysisOptions,
            List<SizeResult> results) {
        RunInfo run = info(started, protocol, analysisOptions);
        String date = started.toString().substring(0, 10);
        String markdown = MarkdownReport.of(run, machine, results);
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve("speed-" + date + ".md"), markdown, StandardCharsets.UTF_8);
            Files.writeString(out.resolve("speed-latest.md"), markdown, StandardCharsets.UTF_8);
            Files.writeString(
                    out.resolve("speed-" + date + ".csv"), CsvReport.of(run, machine, results), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the results into " + out + ": " + e.getMessage(), e);
        }
    }

    private RunInfo info(Instant started, Protocol protocol, List<String> analysisOptions) {
        String command = "./longitude bench "
                + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        return new RunInfo(
                started,
                Instant.now(),
                command.trim(),
                protocol,
                duckdbThreads,
                analysisOptions,
                demoStart,
                Optional.ofNullable(testRunSeconds).map(seconds -> new TestRun(seconds, testRunSource)));
    }

    private void progress(Size size, String message) {
        spec.commandLine()
                .getErr()
                .println("[speed " + size.label() + " "
                        + Instant.now().toString().substring(11, 19) + "] " + message);
        spec.commandLine().getErr().flush();
    }
}
