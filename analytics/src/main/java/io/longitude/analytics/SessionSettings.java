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
 * <p>The analysis runs hundreds of small queries over a programme's few megabytes, where Spark's fixed costs outweigh
 * the rows. {@link #SMALL_INPUT} turns two of them off, with the same results:
 * <ul>
 *   <li>code generation: profiled on 1,000 participants (JFR, 2 cores), a third of the process's CPU went to compiling
 *       generated code (Janino, and the class look-ups it does through the application's class loader) and under a
 *       tenth to processing rows; every operator now evaluates its expressions interpreted;
 *   <li>adaptive query execution: it runs each shuffle stage of a query as a job of its own and plans the rest again
 *       after it; on the demo (100 candidates, warm session) the analysis ran 637 Spark jobs in 11–14 s with it and 120
 *       jobs in 7 s without. Without it Spark adds doubles in another order in a few aggregates: 24 of the demo's 1,829
 *       metric rows differ in their last bits (at most 1.1e-15 relative; M9, M12's intervals, M15), the rest are bit for
 *       bit the same.
 * </ul>
 * From {@link #SMALL_INPUT_UP_TO_BYTES} of input on, rows outweigh those costs and both go back as they were.
 */
public final class SessionSettings implements AutoCloseable {
    /** Settings for inputs of a programme's size (see above). */
    static final Map<String, String> SMALL_INPUT = Map.of(
            "spark.sql.codegen.wholeStage", "false",
            "spark.sql.codegen.factoryMode", "NO_CODEGEN",
            "spark.sql.adaptive.enabled", "false");

    /**
     * The settings of an analysis: {@link #SMALL_INPUT}, and the pinned data files of a table (see {@code LakeSnapshot})
     * looked up by the driver itself up to a thousand of them, where Spark would list more than 32 with a job.
     */
    public static final Map<String, String> ANALYSIS = Map.of(
            "spark.sql.codegen.wholeStage", "false",
            "spark.sql.codegen.factoryMode", "NO_CODEGEN",
            "spark.sql.adaptive.enabled", "false",
            "spark.sql.sources.parallelPartitionDiscovery.threshold", "1000");

    /**
     * Inputs this large (bytes of the input tables' folders) are analysed with the session's own code generation and
     * adaptive execution: a 200,000-participant programme is about 105 MiB, 10,000 about 6 MiB.
     */
    static final long SMALL_INPUT_UP_TO_BYTES = 64L << 20;

    /** True for an input under {@link #SMALL_INPUT_UP_TO_BYTES}. */
    static boolean isSmall(long inputBytes) {
        return inputBytes < SMALL_INPUT_UP_TO_BYTES;
    }

    private final SparkSession spark;
    private final Map<String, Optional<String>> previous = new LinkedHashMap<>();

    private SessionSettings(SparkSession spark) {
        this.spark = spark;
    }

    public static SessionSettings apply(SparkSession spark, Map<String, String> settings) {
        SessionSettings applied = new SessionSettings(spark);
        settings.forEach(applied::set);
        return applied;
    }

    /** Sets one more setting, to be put back with the others. */
    public void set(String key, String value) {
        previous.putIfAbsent(
                key,
                spark.conf().getOption(key).isDefined()
                        ? Optional.of(spark.conf().getOption(key).get())
                        : Optional.empty());
        spark.conf().set(key, value);
    }

    /**
     * Puts code generation and adaptive execution back as they were before the analysis when the input is large enough
     * to repay them.
     */
    public void forInputBytes(long inputBytes) {
        if (!isSmall(inputBytes)) {
            restore(SMALL_INPUT.keySet());
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
