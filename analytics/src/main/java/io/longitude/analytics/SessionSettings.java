package io.longitude.analytics;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * Session settings for the length of one analysis, put back as they were afterwards (the session is shared with the
 * web server and its SQL console).
 *
 * <p>The analysis runs hundreds of small queries over a programme's few megabytes. Profiled on 1,000 participants
 * (JFR, 2 cores), a third of the process's CPU went to compiling generated code (Janino, and the class look-ups it
 * does through the application's class loader) and under a tenth to processing rows, so {@link #ANALYSIS} turns code
 * generation off: every operator evaluates its expressions interpreted, with the same results.
 */
final class SessionSettings implements AutoCloseable {
    /** The settings of an analysis. */
    static final Map<String, String> ANALYSIS = Map.of(
            "spark.sql.codegen.wholeStage", "false",
            "spark.sql.codegen.factoryMode", "NO_CODEGEN");

    /**
     * From this many bytes of input tables on, rows outweigh compiling: code generation goes back on (a 200,000-participant
     * programme is about 105 MiB, 10,000 about 6 MiB).
     */
    static final long GENERATED_CODE_FROM_BYTES = 64L << 20;

    private final SparkSession spark;
    private final Map<String, Optional<String>> previous = new LinkedHashMap<>();

    private SessionSettings(SparkSession spark) {
        this.spark = spark;
    }

    static SessionSettings apply(SparkSession spark, Map<String, String> settings) {
        SessionSettings applied = new SessionSettings(spark);
        settings.forEach(applied::set);
        return applied;
    }

    /** Sets one more setting, to be put back with the others. */
    void set(String key, String value) {
        previous.putIfAbsent(
                key,
                spark.conf().getOption(key).isDefined()
                        ? Optional.of(spark.conf().getOption(key).get())
                        : Optional.empty());
        spark.conf().set(key, value);
    }

    /** Puts code generation back as it was before the analysis when the input is large enough to repay compiling. */
    void generatedCodeFor(long inputBytes) {
        if (inputBytes >= GENERATED_CODE_FROM_BYTES) {
            restore(ANALYSIS.keySet());
        }
    }

    @Override
    public void close() {
        restore(previous.keySet());
    }

    private void restore(Collection<String> keys) {
        for (String key : List.copyOf(keys)) {
            Optional<String> value = previous.get(key);
            if (value == null) {
                continue;
            }
            if (value.isPresent()) {
                spark.conf().set(key, value.get());
            } else {
                spark.conf().unset(key);
            }
        }
    }
}
