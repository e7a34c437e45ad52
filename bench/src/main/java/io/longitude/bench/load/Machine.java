package io.longitude.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine the run happened on, as the results page describes it. */
record Machine(int cores, String processor, long memoryMb, String system, String java) {
    static Machine current() {
        String processor = read("/proc/cpuinfo")
                .lines()
                .filter(line -> line.startsWith("model name"))
                .findFirst()
                .map(line -> line.substring(line.indexOf(':') + 1).trim())
                .orElse("unknown processor");
        long memoryKb = ServerProbe.status(read("/proc/meminfo")).getOrDefault("MemTotal", 0L);
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                processor,
                memoryKb / 1024,
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    }

    /** The 1, 5 and 15 minute load averages, as {@code /proc/loadavg} gives them. */
    static String loadAverage() {
        String[] fields = read("/proc/loadavg").trim().split("\\s+");
        return fields.length >= 3 ? fields[0] + " " + fields[1] + " " + fields[2] : "unknown";
    }

    String describe() {
        return cores + " cores (" + processor + "), " + memoryMb / 1024 + " GiB memory, " + system + ", " + java;
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            return "";
        }
    }
}
