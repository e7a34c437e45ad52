package io.longitude.dashboard.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A Spark standalone master and its workers on loopback, each in its own JVM on the Spark home, as
 * {@code sbin/start-master.sh} and {@code start-worker.sh} would start them. The master's REST server is off (it
 * would take the fixed port 6066) and web UIs take random ports. {@link #close} stops the workers (and so their
 * executors) and the master, also from a shutdown hook should the test JVM end first.
 */
final class StandaloneCluster implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    /** The daemons do little: a small heap, the client compiler and the serial collector start them fastest. */
    private static final List<String> DAEMON_JVM =
            List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dspark.master.rest.enabled=false");

    final String masterUrl;
    private final SparkHome spark;
    private final Path folder;
    private final Path logs;
    private final List<SparkProcess> processes = new ArrayList<>();
    private final List<SparkProcess> workers = new ArrayList<>();
    private SparkProcess master;
    private final Thread shutdownHook = new Thread(this::stop);

    private StandaloneCluster(SparkHome spark, Path folder, Path logs, int port) {
        this.spark = spark;
        this.folder = folder;
        this.logs = logs;
        this.masterUrl = "spark://127.0.0.1:" + port;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts the master, without waiting for it; the workers will run executors in {@code folder}, every daemon logs
     * into {@code logs}.
     */
    static StandaloneCluster start(SparkHome spark, Path folder, Path logs) throws IOException {
        Files.createDirectories(folder);
        Files.createDirectories(logs);
        int port = SparkHome.freePort();
        StandaloneCluster cluster = new StandaloneCluster(spark, folder, logs, port);
        try {
            cluster.master = cluster.add(SparkProcess.start(
                    "Spark master",
                    spark,
                    spark.java(
                            DAEMON_JVM,
                            "org.apache.spark.deploy.master.Master",
                            List.of("--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port", "0")),
                    folder,
                    logs.resolve("master.log")));
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /**
     * Waits for the master to lead, then starts {@code count} workers of {@code cores} cores and {@code memory} each,
     * without waiting for them to register.
     */
    void startWorkers(int count, int cores, String memory) throws InterruptedException {
        master.awaitLog("I have been elected leader", START_TIMEOUT);
        for (int index = 1; index <= count; index++) {
            Path workDir = workDir(index);
            try {
                Files.createDirectories(workDir);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the work folder of worker " + index + ": " + workDir, e);
            }
            workers.add(add(SparkProcess.start(
                    "Spark worker " + index,
                    spark,
                    spark.java(
                            DAEMON_JVM,
                            "org.apache.spark.deploy.worker.Worker",
                            List.of(
                                    masterUrl,
                                    "--host",
                                    "127.0.0.1",
                                    "--cores",
                                    Integer.toString(cores),
                                    "--memory",
                                    memory,
                                    "--webui-port",
                                    "0",
                                    "--work-dir",
                                    workDir.toString())),
                    workDir,
                    logs.resolve("worker-" + index + ".log"))));
        }
    }

    /** Waits until every worker has registered with the master. */
    void awaitWorkers() throws InterruptedException {
        for (SparkProcess worker : workers) {
            worker.awaitLog("Successfully registered with master", START_TIMEOUT);
        }
    }

    /** The folder where worker {@code index} (from 1) runs its executors: a folder per application, a log per executor. */
    Path workDir(int index) {
        return folder.resolve("worker-" + index);
    }

    private SparkProcess add(SparkProcess process) {
        synchronized (processes) {
            processes.add(process);
        }
        return process;
    }

    private void stop() {
        List<SparkProcess> stopping;
        synchronized (processes) {
            stopping = new ArrayList<>(processes);
            processes.clear();
        }
        // Workers first, so they stop their executors rather than chase a lost master.
        for (int index = stopping.size() - 1; index >= 0; index--) {
            stopping.get(index).close();
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook runs stop() anyway, which finds nothing left.
        }
    }
}
