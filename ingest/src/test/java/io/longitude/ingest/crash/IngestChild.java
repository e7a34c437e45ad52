package io.longitude.ingest.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One ingest process of {@link TestCrashSafety} ({@link CrashIngestMain}). It is started ahead of its run: it starts
 * its Spark session while the run before it is being killed, then waits for {@link #runAndKill} to let it ingest.
 */
final class IngestChild implements AutoCloseable {
    /** What {@code ConflictRetry} logs before it runs a commit again. */
    static final String RETRY_LINE = "lost a race to another writer";

    private final Process process;
    private volatile boolean retried;
    private long runMillis;

    private IngestChild(Process process) {
        this.process = process;
    }

    static IngestChild start(String lakeRoot, Path quarantine, String keyBase64, List<Path> files) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        // The child lives seconds: the client compiler and the serial collector start it faster (about a third less
        // CPU).
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("--add-")
                        || argument.startsWith("-XX:+IgnoreUnrecognized")
                        || argument.startsWith("-Dio.netty")
                        || argument.startsWith("--enable-native-access"))
                .forEach(command::add);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                CrashIngestMain.class.getName(),
                lakeRoot,
                quarantine.toString(),
                keyBase64));
        files.forEach(file -> command.add(file.toString()));
        return new IngestChild(
                new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /**
     * Waits until the process's Spark session is up, lets it ingest, and kills it with SIGKILL when {@code trigger}
     * fires; true when it was killed.
     */
    boolean runAndKill(BooleanSupplier trigger) throws IOException, InterruptedException {
        BufferedReader output =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null && !line.equals(CrashIngestMain.READY)) {
            // Spark's start-up lines.
        }
        Thread drain = new Thread(() -> output.lines().forEach(printed -> retried |= printed.contains(RETRY_LINE)));
        drain.setDaemon(true);
        drain.start();
        OutputStream input = process.getOutputStream();
        input.write((CrashIngestMain.GO + "\n").getBytes(StandardCharsets.UTF_8));
        input.flush();
        LakeWatch.start();
        long started = System.nanoTime();
        while (process.isAlive()) {
            if (trigger.getAsBoolean()) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
                runMillis = (System.nanoTime() - started) / 1_000_000;
                System.out.printf("crash run: killed after %d ms%n", runMillis);
                return true;
            }
            if (trigger instanceof LakeWatch.Delay) {
                // A timed kill needs no watching: sleep until the process ends or the moment comes, leaving the core to
                // it.
                process.waitFor(1, TimeUnit.MILLISECONDS);
            } else {
                Thread.onSpinWait();
            }
        }
        runMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("crash run: finished after %d ms%n", runMillis);
        return false;
    }

    /** How long the last {@link #runAndKill} ran from the go to its end or its kill, in milliseconds. */
    long runMillis() {
        return runMillis;
    }

    /** True once the process logged that a commit lost a race and is being retried. */
    boolean retried() {
        return retried;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
