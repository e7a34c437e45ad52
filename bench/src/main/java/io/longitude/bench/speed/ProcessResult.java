package io.longitude.bench.speed;

import java.nio.file.Path;

/**
 * A finished child process.
 *
 * @param millis wall time from start to exit
 * @param peakRssBytes the largest VmHWM read from /proc/PID/status while it ran (0 where /proc is absent)
 * @param cpuMillis user + system CPU time of all its threads, from /proc/PID/stat at the last poll before its exit (0
 *     where /proc is absent): unlike the wall time, hardly changed by other processes competing for the cores
 * @param output its standard output
 * @param errors the file holding its standard error
 */
record ProcessResult(int exitCode, long millis, long peakRssBytes, long cpuMillis, String output, Path errors) {
    boolean succeeded() {
        return exitCode == 0;
    }
}
