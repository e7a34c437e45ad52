package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.ingest.generate.DemoProgrammeGenerator;
import io.longitude.ingest.generate.GeneratorConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The dashboard under continuous writes (issue 23): a server of its own on a copy of the demo's lake takes follow-up
 * files from its inbox, one after another, ingesting each and analysing again, while readers fetch the edition page,
 * the JSON metrics and the funder report without pause. No request fails; every JSON answer comes from one analysis
 * (one set of input versions on all its rows); a reader never sees the versions go back; and once the writes are done
 * the readers see the analysis of the last file.
 */
class TestServingWhileIngesting {
    /** Files dropped one after another: one in the README's test command, three in profile {@code long}. */
    private static final int FILES = Boolean.getBoolean("longitude.long") ? 3 : 1;

    private static final int READERS = 3;
    /** A reader's pause between two requests: readers keep asking without taking the two cores from the analysis. */
    private static final Duration PAUSE = Duration.ofMillis(50);

    private static final List<String> PAGES =
            List.of("/editions/E01", "/api/editions/E01/metrics", "/reports/brussels-sd-pilot.csv");
    private static final String METRICS_API = "/api/editions/E01/metrics";
    private static final Pattern INPUT_VERSIONS = Pattern.compile("\"inputVersions\":\"([^\"]*)\"");

    @TempDir
    static Path folder;

    static DemoServer demo;
    static final ConcurrentLinkedQueue<Long> MILLIS = new ConcurrentLinkedQueue<>();
    static ConfigurableApplicationContext context;
    static String url;
    static HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void serverOnACopyOfTheDemoLake() throws IOException {
        demo = DemoServer.get();
        copy(demo.folder.resolve("lake"), folder.resolve("lake"));
        copy(demo.folder.resolve("metrics"), folder.resolve("metrics"));
        Files.createDirectories(folder.resolve("inbox"));
        context = DashboardApplication.start(Map.ofEntries(
                Map.entry("longitude.users", demo.folder.resolve("users.yaml").toString()),
                Map.entry("server.port", 0),
                Map.entry("longitude.lake", folder.resolve("lake").toUri().toString()),
                Map.entry("longitude.metrics", folder.resolve("metrics").toUri().toString()),
                Map.entry("longitude.master", "local[2]"),
                Map.entry(
                        "longitude.key-file",
                        demo.folder.resolve("pseudonym.key").toString()),
                Map.entry("longitude.quarantine", folder.resolve("quarantine").toString()),
                Map.entry("longitude.inbox", folder.resolve("inbox").toString()),
                Map.entry("longitude.inbox-scan-interval", "1s"),
                Map.entry(
                        "longitude.mappings", Path.of("..", "data", "mappings").toString()),
                Map.entry("longitude.audit", folder.resolve("audit").toUri().toString()),
                Map.entry("longitude.warm-interval", "365d")));
        url = "http://127.0.0.1:"
                + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void readersGetAnswersFromOneAnalysisAtATimeWhileFilesArrive() throws Exception {
        List<String> followups = followupLines();
        String before = versions(get(METRICS_API));
        AtomicBoolean writing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        List<Future<List<String>>> seen = new ArrayList<>();
        for (int reader = 0; reader < READERS; reader++) {
            seen.add(readers.submit(() -> read(writing, failures)));
        }
        List<String> afterEachFile = new ArrayList<>();
        try {
            for (int file = 1; file <= FILES; file++) {
                String previous = afterEachFile.isEmpty() ? before : afterEachFile.get(afterEachFile.size() - 1);
                drop(file, followups);
                afterEachFile.add(awaitAnalysisOtherThan(previous));
            }
        } finally {
            writing.set(false);
            readers.shutdown();
        }
        List<List<String>> versionsSeen = new ArrayList<>();
        for (Future<List<String>> reader : seen) {
            versionsSeen.add(reader.get());
        }

        List<Long> millis = MILLIS.stream().sorted().toList();
        System.out.printf(
                "Served %d requests while %d files were ingested and analysed: median %d ms, 95th percentile %d ms,"
                        + " slowest %d ms; metrics %s -> %s%n",
                millis.size(),
                FILES,
                millis.get(millis.size() / 2),
                millis.get(millis.size() * 95 / 100),
                millis.get(millis.size() - 1),
                before,
                afterEachFile);
        assertThat(failures).as("requests that failed while files arrived").isEmpty();
        assertThat(versionsSeen.stream().mapToInt(List::size).sum())
                .as("JSON answers read while files arrived")
                .isGreaterThanOrEqualTo(FILES * 3);
        for (List<String> reader : versionsSeen) {
            for (int i = 1; i < reader.size(); i++) {
                assertThat(atLeast(reader.get(i), reader.get(i - 1)))
                        .as("a reader saw %s after %s", reader.get(i), reader.get(i - 1))
                        .isTrue();
            }
        }
        assertThat(afterEachFile).doesNotHaveDuplicates().doesNotContain(before);
        assertThat(table(afterEachFile.get(FILES - 1), "responses")).isEqualTo(table(before, "responses") + FILES);
        assertThat(versions(get(METRICS_API))).isEqualTo(afterEachFile.get(FILES - 1));
        try (Stream<Path> processed = Files.list(folder.resolve("inbox/processed"))) {
            assertThat(processed.filter(path -> path.toString().endsWith(".csv")))
                    .hasSize(FILES);
        }
    }

    /** Fetches the pages in turn until the writes are done; the input versions of each JSON answer, in order. */
    private static List<String> read(AtomicBoolean writing, ConcurrentLinkedQueue<String> failures) {
        List<String> versions = new ArrayList<>();
        while (writing.get()) {
            for (String page : PAGES) {
                try {
                    long started = System.nanoTime();
                    HttpResponse<String> response = request(page);
                    MILLIS.add((System.nanoTime() - started) / 1_000_000);
                    if (response.statusCode() != 200) {
                        failures.add(page + " answered " + response.statusCode());
                    } else if (page.equals(METRICS_API)) {
                        versions.add(versions(response.body()));
                    }
                } catch (IOException | RuntimeException e) {
                    failures.add(page + ": " + e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return versions;
                }
                try {
                    Thread.sleep(PAUSE.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return versions;
                }
            }
        }
        return versions;
    }

    /** The one set of input versions of a JSON answer; fails when its rows come from different analyses. */
    private static String versions(String json) {
        Set<String> distinct = new LinkedHashSet<>();
        Matcher matcher = INPUT_VERSIONS.matcher(json);
        while (matcher.find()) {
            distinct.add(matcher.group(1));
        }
        if (distinct.size() != 1) {
            throw new IllegalStateException("Expected the rows of one analysis, found input versions " + distinct);
        }
        return distinct.iterator().next();
    }

    /** True when every table's version in {@code later} is at least its version in {@code earlier}. */
    private static boolean atLeast(String later, String earlier) {
        Map<String, Long> before = parse(earlier);
        return parse(later).entrySet().stream()
                .allMatch(entry -> entry.getValue() >= before.getOrDefault(entry.getKey(), -1L));
    }

    private static long table(String versions, String table) {
        return parse(versions).get(table);
    }

    private static Map<String, Long> parse(String versions) {
        Map<String, Long> parsed = new LinkedHashMap<>();
        for (String pair : versions.split(",")) {
            String[] parts = pair.split("=");
            parsed.put(parts[0], Long.parseLong(parts[1]));
        }
        return parsed;
    }

    /** Waits until the metrics come from an analysis other than {@code previous}; its input versions. */
    private static String awaitAnalysisOtherThan(String previous) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            String current = versions(get(METRICS_API));
            if (!current.equals(previous)) {
                return current;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No new analysis within 4 minutes of a file in the inbox; metrics still " + previous);
    }

    /**
     * Drops a follow-up export of the demo's W1 into the inbox: five of its rows, re-submitted minutes later, so the
     * file is new (its own hash) and its rows update the lake's (a re-export that overlaps). Written beside the inbox
     * and moved in, so a scan never reads half a file.
     */
    private static void drop(int file, List<String> followups) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(followups.get(0));
        for (String line : followups.subList(1, 6)) {
            String[] fields = line.split(",", -1);
            fields[3] = OffsetDateTime.parse(fields[3]).plusMinutes(file).toString();
            lines.add(String.join(",", fields));
        }
        Path staged = folder.resolve("followup-W1-again-" + file + ".csv");
        Files.write(staged, lines, StandardCharsets.UTF_8);
        Files.move(staged, folder.resolve("inbox").resolve(staged.getFileName()), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The canonical W1 follow-up of the demo programme (the generator is seeded: the same candidates as the demo's). */
    private static List<String> followupLines() throws IOException {
        Path generated = folder.resolve("generated");
        DemoProgrammeGenerator.generate(GeneratorConfig.defaults(generated));
        return Files.readAllLines(generated.resolve("followup-W1.csv"));
    }

    private static String get(String path) {
        try {
            HttpResponse<String> response = request(path);
            assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> request(String path) throws IOException, InterruptedException {
        String credentials = "manager:" + demo.passwords.get("manager");
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
