package io.longitude.dashboard.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM on the Spark home, its standard output and error in one log file. {@link #close} ends it and every process it
 * started (a worker's executors), politely first, even when the test failed.
 */
final class SparkProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    final Path log;

    private SparkProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code command} in {@code directory} (where Spark puts its spark-warehouse and the like). */
    static SparkProcess start(String name, SparkHome spark, List<String> command, Path directory, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(spark.environment());
        try {
            return new SparkProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the " + name + ": " + command, e);
        }
    }

    /** Waits until the log holds {@code line}; fails with the log's tail when the process exits or time runs out. */
    void awaitLog(String line, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!log().contains(line)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Cannot start the " + name + ", it exited with " + process.exitValue()
                        + " before logging \"" + line + "\":\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Cannot start the " + name + ", no \"" + line + "\" in "
                        + timeout.toSeconds() + " s:\n" + tail());
            }
            Thread.sleep(100);
        }
    }

    /** Waits for the process to exit and returns its exit code; fails with the log's tail when time runs out. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(
                    "The " + name + " did not finish in " + timeout.toSeconds() + " s:\n" + tail());
        }
        return process.exitValue();
    }

    String log() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the log of the " + name + ": " + log, e);
        }
    }

    /** The last 60 lines of the log. */
    String tail() {
        List<String> lines = log().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle child : children) {
                child.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
