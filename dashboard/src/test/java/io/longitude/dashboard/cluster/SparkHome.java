package io.longitude.dashboard.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A Spark home made of Maven jars ({@code analytics/target/spark-home/jars}, written by analytics' pre-integration-test
 * phase) and how to start a JVM on it: the JVM options Spark needs on Java 17 and the environment of a standalone
 * daemon, loopback only.
 */
final class SparkHome {
    static final String SPARK_VERSION =
            org.apache.spark.sql.SparkSession.class.getPackage().getImplementationVersion();

    final Path home;
    private final List<String> javaOptions;

    private SparkHome(Path home, List<String> javaOptions) {
        this.home = home;
        this.javaOptions = List.copyOf(javaOptions);
    }

    /**
     * The Spark home named by the system property {@code longitude.spark-home}, with the JVM options of
     * {@code longitude.spark-java-options} (the parent pom's {@code spark.java-options}); fails with what to run when
     * either is missing.
     */
    static SparkHome fromSystemProperties() {
        Path home = Path.of(required("longitude.spark-home")).toAbsolutePath().normalize();
        Path jars = home.resolve("jars");
        if (!Files.isRegularFile(jars.resolve("spark-core_2.13-" + SPARK_VERSION + ".jar"))) {
            throw new IllegalStateException("Cannot start a Spark cluster, no Spark home in " + home
                    + ": analytics' pre-integration-test phase writes it, run mvn verify -pl dashboard -am");
        }
        return new SparkHome(
                home,
                Arrays.asList(required("longitude.spark-java-options").trim().split("\\s+")));
    }

    /** The command line of a JVM on the Spark home's jars running {@code mainClass} with {@code arguments}. */
    List<String> java(List<String> memory, String mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(memory);
        command.addAll(javaOptions);
        command.add("-cp");
        command.add(home.resolve("jars") + "/*");
        command.add(mainClass);
        command.addAll(arguments);
        return command;
    }

    /** The environment of every Spark JVM: its home, the Scala version executors are launched with, loopback. */
    Map<String, String> environment() {
        return Map.of("SPARK_HOME", home.toString(), "SPARK_SCALA_VERSION", "2.13", "SPARK_LOCAL_IP", "127.0.0.1");
    }

    /** A port free on loopback now. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free port on loopback: " + e.getMessage(), e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Cannot start a Spark cluster, system property " + property
                    + " is not set: dashboard's pom sets it for the cluster test, run mvn verify -pl dashboard -am");
        }
        return value;
    }
}
