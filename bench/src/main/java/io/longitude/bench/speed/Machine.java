package io.longitude.bench.speed;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;

/** The machine and software a run measured: what makes two runs comparable. */
record Machine(
        String cpu,
        int cores,
        String memory,
        String os,
        String java,
        String spark,
        String delta,
        String duckdb,
        String commit,
        String benchJvmOptions) {

    static Machine describe(String duckdbVersion) {
        return new Machine(
                readCpu(),
                Runtime.getRuntime().availableProcessors(),
                readMemory(),
                readOs(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                jarVersion(SparkSession.class),
                jarVersion(DeltaTable.class),
                duckdbVersion,
                readCommit(),
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    }

    /** The 1-minute load average, from /proc/loadavg. */
    static String loadAverage() {
        String line = read(Path.of("/proc/loadavg"));
        return line.isEmpty() ? "unknown" : line.split(" ")[0];
    }

    private static String readCpu() {
        for (String line : read(Path.of("/proc/cpuinfo")).split("\n")) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return System.getProperty("os.arch");
    }

    private static String readMemory() {
        for (String line : read(Path.of("/proc/meminfo")).split("\n")) {
            if (line.startsWith("MemTotal:")) {
                long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                return String.format(Locale.ROOT, "%.1f GiB", kib / (1024.0 * 1024.0));
            }
        }
        return "unknown";
    }

    private static String readOs() {
        String name = System.getProperty("os.name") + " " + System.getProperty("os.version");
        for (String line : read(Path.of("/etc/os-release")).split("\n")) {
            if (line.startsWith("PRETTY_NAME=")) {
                return line.substring("PRETTY_NAME=".length()).replace("\"", "") + ", " + name;
            }
        }
        return name;
    }

    /** The version in the name of the jar a class was loaded from: spark-sql-api_2.13-4.2.0.jar gives 4.2.0. */
    static String jarVersion(Class<?> type) {
        try {
            String jar = Path.of(type.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .getFileName()
                    .toString();
            return versionOf(jar);
        } catch (Exception e) {
            return "unknown";
        }
    }

    static String versionOf(String jar) {
        Matcher matcher = Pattern.compile("-([0-9][0-9A-Za-z.+-]*)\\.jar$").matcher(jar);
        return matcher.find() ? matcher.group(1) : "unknown";
    }

    private static String readCommit() {
        try {
            Process process = new ProcessBuilder("git", "describe", "--always", "--dirty", "--abbrev=12")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? output : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "";
        }
    }
}
