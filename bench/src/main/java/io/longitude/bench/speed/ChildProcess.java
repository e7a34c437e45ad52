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
            long peak = 0;
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, highWaterMark(status));
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            return new ProcessResult(process.exitValue(), millis, peak, Files.readString(out, StandardCharsets.UTF_8), err);
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
