package io.longitude.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SparkSession;

/**
 * Spark's code generation off for the length of one ingest of small files, put back as it was afterwards (the session
 * is shared with the web server). Each file's MERGE plans and compiles a few queries for a few hundred rows: profiled
 * on the demo's six rosters (JFR, two cores), a quarter of the samples were in Janino and a tenth in class loading for
 * it. Interpreted expressions give the same rows.
 */
final class InterpretedCode {
    /**
     * Files together this large are ingested with the session's own code generation, which their rows repay: a
     * programme of 10,000 participants is 6.1 MB of files; the five follow-up waves of 200,000 (61 MB) took 54 s to
     * ingest interpreted and 43 s compiled.
     */
    static final long UP_TO_BYTES = 8L << 20;

    private static final Map<String, String> OFF = Map.of(
            "spark.sql.codegen.wholeStage", "false",
            "spark.sql.codegen.factoryMode", "NO_CODEGEN");

    private final RuntimeConfig conf;
    private final Map<String, Optional<String>> previous = new LinkedHashMap<>();

    private InterpretedCode(RuntimeConfig conf) {
        this.conf = conf;
    }

    /** Runs the work with code generation off when the files are small, as the session has it otherwise. */
    static <T> T during(SparkSession spark, List<Path> files, Supplier<T> work) {
        InterpretedCode settings = new InterpretedCode(spark.conf());
        if (bytes(files) < UP_TO_BYTES) {
            OFF.forEach((key, value) -> {
                settings.previous.put(
                        key,
                        spark.conf().contains(key) ? Optional.of(spark.conf().get(key)) : Optional.empty());
                spark.conf().set(key, value);
            });
        }
        try {
            return work.get();
        } finally {
            settings.restore();
        }
    }

    private void restore() {
        previous.forEach((key, value) -> value.ifPresentOrElse(set -> conf.set(key, set), () -> conf.unset(key)));
    }

    private static long bytes(List<Path> files) {
        long bytes = 0;
        for (Path file : files) {
            try {
                bytes += Files.isRegularFile(file) ? Files.size(file) : 0;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot measure " + file + ": " + e.getMessage(), e);
            }
        }
        return bytes;
    }
}
