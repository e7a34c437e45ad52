package io.longitude.ingest.crash;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/** Triggers for the killer, read from the lake's folders while the ingest process runs. */
final class LakeWatch {
    private static long started;

    private LakeWatch() {}

    static void start() {
        started = System.nanoTime();
    }

    static BooleanSupplier after(int millis) {
        return new Delay(millis);
    }

    /** Fires {@code millis} after {@link #start}. */
    record Delay(int millis) implements BooleanSupplier {
        @Override
        public boolean getAsBoolean() {
            return System.nanoTime() - started >= millis * 1_000_000L;
        }
    }

    /** New Parquet data files in the table, while its log has no new commit yet. */
    static BooleanSupplier dataFilesWithoutCommit(Path table) {
        long[] before = {-1, -1};
        return () -> {
            long parquet = TestCrashSafety.count(table, ".parquet");
            long commits = TestCrashSafety.count(table.resolve("_delta_log"), ".json");
            if (before[0] < 0) {
                before[0] = parquet;
                before[1] = commits;
                return false;
            }
            return parquet > before[0] && commits == before[1];
        };
    }

    /** A commit being written: Delta's temporary file in the log, or the new commit itself. */
    static BooleanSupplier commitStarted(Path table) {
        long[] before = {-1};
        return () -> {
            long entries = TestCrashSafety.count(table.resolve("_delta_log"), ".json")
                    + TestCrashSafety.count(table.resolve("_delta_log"), ".tmp")
                    + TestCrashSafety.count(table.resolve("_delta_log"), ".crc");
            if (before[0] < 0) {
                before[0] = entries;
                return false;
            }
            return entries > before[0];
        };
    }

    /** The data commit is in, the batch row not yet. */
    static BooleanSupplier committedWithoutBatch(Path table, Path batches) {
        long[] before = {-1, -1};
        return () -> {
            long commits = TestCrashSafety.count(table.resolve("_delta_log"), ".json");
            long batchCommits = TestCrashSafety.count(batches.resolve("_delta_log"), ".json");
            if (before[0] < 0) {
                before[0] = commits;
                before[1] = batchCommits;
                return false;
            }
            return commits > before[0] && batchCommits == before[1];
        };
    }
}
