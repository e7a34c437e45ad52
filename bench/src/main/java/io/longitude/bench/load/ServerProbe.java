package io.longitude.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Samples the server process by its pid: {@code /proc/<pid>/status} and {@code /proc/<pid>/stat} (Linux) and
 * {@code jstat -gc} of the JDK; {@link #collect} asks the JVM for a full collection first ({@code jcmd <pid> GC.run}),
 * so its old generation is the live set.
 */
final class ServerProbe {
    private static final double CLOCK_TICKS_PER_SECOND = 100;

    private final long pid;

    ServerProbe(long pid) {
        this.pid = pid;
    }

    long pid() {
        return pid;
    }

    ServerSample sample(String phase) throws IOException, InterruptedException {
        Map<String, Long> status = status(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        Map<String, Double> gc = jstat(run("jstat", "-gc", Long.toString(pid)));
        double heapUsed = gc.get("S0U") + gc.get("S1U") + gc.get("EU") + gc.get("OU");
        double heapCapacity = gc.get("S0C") + gc.get("S1C") + gc.get("EC") + gc.get("OC");
        return new ServerSample(
                Instant.now(),
                phase,
                "",
                status.getOrDefault("VmRSS", -1L),
                status.getOrDefault("VmHWM", -1L),
                heapUsed,
                heapCapacity,
                gc.get("OU"),
                gc.get("YGC").longValue(),
                gc.get("FGC").longValue(),
                gc.getOrDefault("CGC", 0.0).longValue(),
                cpuSeconds(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))));
    }

    /**
     * Two full collections five seconds apart, then a sample. Spark frees the blocks of broadcasts, shuffles and
     * checkpoints only once a collection has found their datasets unreachable (its ContextCleaner), so the second
     * collection sees what the first one let go.
     */
    ServerSample collect(String phase) throws IOException, InterruptedException {
        long before = sample(phase).fullCollections();
        collectOnce();
        Thread.sleep(5_000);
        collectOnce();
        ServerSample after = sample(phase);
        return after.withNote(
                after.fullCollections() >= before + 2
                        ? "after full GC"
                        : "after full GC (only " + (after.fullCollections() - before) + " ran)");
    }

    private void collectOnce() throws IOException, InterruptedException {
        String output = run("jcmd", Long.toString(pid), "GC.run");
        if (!output.contains("Command executed successfully")) {
            throw new IOException("Cannot collect the server's heap, jcmd answered: " + output.trim());
        }
    }

    /** The JVM's command line, for the report. */
    String commandLine() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
        return new String(bytes, StandardCharsets.UTF_8).replace('\0', ' ').trim();
    }

    /** The kB fields of {@code /proc/<pid>/status} (VmRSS, VmHWM, ...). */
    static Map<String, Long> status(String text) {
        Map<String, Long> fields = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] parts = line.split(":\\s+");
            if (parts.length == 2 && parts[1].endsWith(" kB")) {
                fields.put(
                        parts[0],
                        Long.parseLong(
                                parts[1].substring(0, parts[1].length() - 3).trim()));
            }
        }
        return fields;
    }

    /** The two lines of {@code jstat -gc}: column names, then values. */
    static Map<String, Double> jstat(String text) {
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        if (lines.size() < 2) {
            throw new IllegalArgumentException("Cannot read jstat's output: " + text);
        }
        String[] names = lines.get(0).trim().split("\\s+");
        String[] values = lines.get(1).trim().split("\\s+");
        Map<String, Double> columns = new HashMap<>();
        for (int i = 0; i < Math.min(names.length, values.length); i++) {
            columns.put(names[i], values[i].equals("-") ? 0 : Double.parseDouble(values[i]));
        }
        return columns;
    }

    /** User plus system CPU time from {@code /proc/<pid>/stat} (fields 14 and 15, after the command in parentheses). */
    static double cpuSeconds(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / CLOCK_TICKS_PER_SECOND;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("Cannot run " + Arrays.toString(command) + ": " + output);
        }
        return output;
    }
}
