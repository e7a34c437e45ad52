package io.longitude.bench.speed;

import java.util.List;

/**
 * The whole analysis of one size as a child process.
 *
 * @param jvmOptions the child's JVM options, e.g. -Xmx4g
 * @param summary its summary line, null when it failed
 * @param failure how it failed (exit code and the telling line of its error output), empty when it succeeded
 */
record AnalysisFigures(List<String> jvmOptions, ProcessResult process, AnalysisSummary summary, String failure) {
    AnalysisFigures {
        jvmOptions = List.copyOf(jvmOptions);
    }

    boolean succeeded() {
        return summary != null;
    }
}
