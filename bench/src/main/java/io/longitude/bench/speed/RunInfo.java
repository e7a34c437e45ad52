package io.longitude.bench.speed;

import java.time.Instant;
import java.util.List;

/** How a run was made: when, its command, its protocol, and the JVM options of the analysis child. */
record RunInfo(
        Instant started,
        Instant finished,
        String command,
        Protocol protocol,
        int duckdbThreads,
        List<String> analysisJvmOptions) {
    RunInfo {
        analysisJvmOptions = List.copyOf(analysisJvmOptions);
    }
}
