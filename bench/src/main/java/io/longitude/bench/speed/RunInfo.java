package io.longitude.bench.speed;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a run was made: when, its command, its protocol, the JVM options of the analysis child; and the measures of the
 * whole product it holds besides the sizes (the demo's start, the test run as given).
 */
record RunInfo(
        Instant started,
        Instant finished,
        String command,
        Protocol protocol,
        int duckdbThreads,
        List<String> analysisJvmOptions,
        Optional<DemoStart> demo,
        Optional<TestRun> testRun) {
    RunInfo {
        analysisJvmOptions = List.copyOf(analysisJvmOptions);
        Objects.requireNonNull(demo, "demo is null");
        Objects.requireNonNull(testRun, "testRun is null");
    }
}
