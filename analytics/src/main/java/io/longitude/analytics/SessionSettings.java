package io.longitude.analytics;

import java.util.LinkedHashMap;
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
        previous.putIfAbsent(key, spark.conf().getOption(key).isDefined()
                ? Optional.of(spark.conf().getOption(key).get()) : Optional.empty());
        spark.conf().set(key, value);
    }

    @Override
    public void close() {
        previous.forEach((key, value) -> {
            if (value.isPresent()) {
                spark.conf().set(key, value.get());
            } else {
                spark.conf().unset(key);
            }
        });
    }
}
