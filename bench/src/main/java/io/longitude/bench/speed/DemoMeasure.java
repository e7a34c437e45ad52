package io.longitude.bench.speed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@code java -jar longitude.jar demo} as a new user would after the build: in an empty folder holding only the
 * mappings the demo reads ({@code data/mappings}), on a free port; polls the sign-in page every
 * {@value #POLL_MILLIS} ms until it answers 200, then stops the server.
 */
final class DemoMeasure {
    static final long POLL_MILLIS = 100;
    static final Duration LIMIT = Duration.ofMinutes(10);

    private DemoMeasure() {}

    static DemoStart run(Application application, Path folder, Path mappings) {
        IngestMeasure.delete(folder);
        try {
            copy(mappings, folder.resolve("data").resolve("mappings"));
            int port = freePort();
            Path out = folder.resolve("demo.out");
            Path err = folder.resolve("demo.err");
            Process process = new ProcessBuilder(
                            application.command(List.of(), List.of("demo", "--port", Integer.toString(port))))
                    .directory(folder.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            try {
                return await(process, port, out, err);
            } finally {
                stop(process);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run the demo in " + folder + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while timing the demo", e);
        }
    }

    private static DemoStart await(Process process, int port, Path out, Path err)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest login = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        List<DemoStart.Step> steps = new ArrayList<>();
        long peak = 0;
        while (true) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            peak = Math.max(peak, ChildProcess.highWaterMark(status));
            steps(out, millis, steps);
            if (!process.isAlive()) {
                return new DemoStart(
                        false,
                        millis,
                        peak,
                        steps,
                        "the demo exited with " + process.exitValue() + " before answering: "
                                + ChildProcess.tail(err, 5).replace('\n', ' '));
            }
            if (millis > LIMIT.toMillis()) {
                return new DemoStart(false, millis, peak, steps, "no answer within " + LIMIT.toMinutes() + " min");
            }
            if (answers(client, login)) {
                steps(out, millis, steps);
                return new DemoStart(true, millis, peak, steps, "");
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** Adds the demo's {@code [k/4]} lines not seen before, at the time of this poll. */
    private static void steps(Path out, long millis, List<DemoStart.Step> steps) throws IOException {
        if (!Files.exists(out)) {
            return;
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8).stream()
                .filter(line -> line.matches("^\\[\\d/\\d\\].*"))
                .toList();
        for (String line : lines.subList(Math.min(steps.size(), lines.size()), lines.size())) {
            steps.add(new DemoStart.Step(line.length() > 60 ? line.substring(0, 60) + "…" : line, millis));
        }
    }

    private static boolean answers(HttpClient client, HttpRequest login) throws InterruptedException {
        try {
            return client.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new IllegalArgumentException(
                    "Cannot find the demo's mappings " + from + ": run the bench from the repository's root");
        }
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName().toString()));
            }
        }
    }
}
