package io.longitude.bench.speed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command as a child process, its output in files, and follows its peak resident set size by polling
 * {@code /proc/PID/status} (VmHWM, the kernel's own high-water mark, so a poll only has to come before the exit).
 */
final class ChildProcess {
    static final long POLL_MILLIS = 50;
    /** USER_HZ, 100 on Linux: the unit of /proc/PID/stat's CPU times. */
    static final long TICK_MILLIS = 10;

    private ChildProcess() {}

    /** Runs {@code command} in {@code folder}; stdout and stderr go to {@code name.out} and {@code name.err} there. */
    static ProcessResult run(List<String> command, Path folder, String name) {
        Path out = folder.resolve(name + ".out");
        Path err = folder.resolve(name + ".err");
        try {
            Files.createDirectories(folder);
            Process process = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            long started = System.nanoTime();
            Path status = Path.of("/proc", Long.toString(process.pid()), "status");
            Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
            long peak = 0;
            long cpu = 0;
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, highWaterMark(status));
                cpu = Math.max(cpu, cpuMillis(stat));
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            return new ProcessResult(
                    process.exitValue(), millis, peak, cpu, Files.readString(out, StandardCharsets.UTF_8), err);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + String.join(" ", command), e);
        }
    }

    /** VmHWM in bytes, 0 when the process is gone or /proc has no such line. */
    static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** utime + stime of /proc/PID/stat (fields 14 and 15, in ticks of 10 ms), 0 when the process is gone. */
    static long cpuMillis(Path stat) {
        try {
            String line = Files.readString(stat, StandardCharsets.US_ASCII);
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_MILLIS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The last lines of the file, for an error message. */
    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ")";
        }
    }
}
