package io.longitude.bench.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./longitude bench load}: virtual users against a running demo server (start it with {@code ./longitude demo}),
 * with a warm-up, quiet phases and a phase with heavy analysts in the middle; writes
 * {@code <out>/load-<date>.md}, {@code .csv} and {@code -server.csv}.
 */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = "Load test of a running dashboard (./longitude demo): virtual managers, funders and analysts, "
                + "then the same with heavy analyst queries; results to bench/results/load-<date>.md and .csv.")
public final class LoadCommand implements Callable<Integer> {
    /** Three copies of responses cross-joined (about 49 million rows on the demo), hashed: tens of seconds on two cores. */
    static final String HEAVY_SQL =
            "SELECT a.wave, count(*) AS n FROM responses a CROSS JOIN responses b CROSS JOIN responses c "
                    + "WHERE hash(a.participant_key, b.participant_key, c.participant_key) % 97 = 0 GROUP BY a.wave ORDER BY a.wave";

    @Option(names = "--users", defaultValue = "50", description = "Virtual users (default: ${DEFAULT-VALUE}).")
    int users;

    @Option(
            names = "--duration",
            defaultValue = "10m",
            description = "Measured time after the warm-up (default: ${DEFAULT-VALUE}).")
    String duration;

    @Option(
            names = "--warm-up",
            defaultValue = "1m",
            description = "Warm-up before measuring, not counted (default: ${DEFAULT-VALUE}).")
    String warmUp;

    @Option(
            names = "--think",
            defaultValue = "1-3s",
            description = "Think time between a user's requests, uniform (default: ${DEFAULT-VALUE}).")
    String think;

    @Option(
            names = "--heavy-analysts",
            defaultValue = "2",
            description =
                    "Analysts running the heavy query in the middle phase; 0 for none (default: ${DEFAULT-VALUE}).")
    int heavyAnalysts;

    @Option(
            names = "--heavy-for",
            description =
                    "Length of the heavy analysts' phase, in the middle of the run (default: a third of --duration).")
    String heavyFor;

    @Option(
            names = "--heavy-sql",
            defaultValue = HEAVY_SQL,
            description = "The heavy analysts' query (default: a three-way cross join of responses).")
    String heavySql;

    @Option(
            names = "--base-url",
            defaultValue = "http://127.0.0.1:8080",
            description = "The server (default: ${DEFAULT-VALUE}).")
    String baseUrl;

    @Option(
            names = "--credentials",
            defaultValue = "data/demo/credentials.txt",
            description = "The demo users' passwords (default: ${DEFAULT-VALUE}).")
    Path credentials;

    @Option(
            names = "--server-pid",
            defaultValue = "0",
            description =
                    "The server's process id, for its memory; default: the process listening on the base URL's port.")
    long serverPid;

    @Option(
            names = "--sample-every",
            defaultValue = "10s",
            description = "Server sampling interval (default: ${DEFAULT-VALUE}).")
    String sampleEvery;

    @Option(
            names = "--images",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "Load the images an HTML page names after it, as a browser does (default: on).")
    boolean images;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "Seed of the users' choices (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--timeout", defaultValue = "60s", description = "Request timeout (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Option(
            names = "--out",
            defaultValue = "bench/results",
            description = "Results folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--name", description = "File name stem (default: load-<date>).")
    String name;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        java.time.Duration measured = Durations.parse(duration);
        long pid = serverPid > 0 ? serverPid : listeningPid(URI.create(baseUrl).getPort());
        Settings settings = new Settings(
                baseUrl,
                users,
                Durations.parse(warmUp),
                measured,
                Think.parse(think),
                heavyAnalysts,
                heavyFor == null ? measured.dividedBy(3) : Durations.parse(heavyFor),
                heavySql,
                credentials,
                pid,
                Durations.parse(sampleEvery),
                images,
                seed,
                Durations.parse(timeout));
        Result result = new LoadRun(settings).run();
        LoadReport report = new LoadReport(
                result,
                "./longitude bench "
                        + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
        Path written = report.write(out, name != null ? name : "load-" + LocalDate.now(ZoneOffset.UTC));
        System.out.println(report.markdown());
        System.out.println("Written: " + written);
        return report.verdicts().stream().allMatch(Verdict::met) ? 0 : 2;
    }

    /** The pid of the process listening on the port, from {@code ss -ltnp}; 0 when not found. */
    static long listeningPid(int port) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("ss", "-Hltnp", "sport = :" + port)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher matcher = Pattern.compile("pid=(\\d+)").matcher(output);
        if (!matcher.find()) {
            System.err.println("No process found listening on port " + port
                    + "; the server's memory is not sampled (use --server-pid).");
            return 0;
        }
        return Long.parseLong(matcher.group(1));
    }
}
