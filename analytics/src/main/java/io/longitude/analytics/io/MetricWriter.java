package io.longitude.analytics.io;

import io.delta.exceptions.ConcurrentTransactionException;
import io.delta.exceptions.DeltaConcurrentModificationException;
import io.longitude.core.lake.LakeUri;
import io.longitude.core.lake.MetricTables;
import io.longitude.core.lake.TableDefinition;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Replaces the metric table with the rows of one run, in one Delta commit and one file, in the order given (earlier
 * runs stay reachable by version).
 *
 * <p>Two analyses may replace a table at the same moment (the server's after an upload, a CLI {@code analyze}): Delta
 * then refuses the commit that lost the race ({@link DeltaConcurrentModificationException}). A replacement reads
 * nothing of the table it replaces, so it is tried again, up to {@link #ATTEMPTS} times with a growing pause, and the
 * later of the two wins whole; the table never holds a mixture.
 */
public final class MetricWriter {
    /** Attempts of one replacement, the first included. */
    static final int ATTEMPTS = 6;

    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);

    private MetricWriter() {}

    public static void write(Dataset<Row> metrics, String metricsRoot) {
        write(metrics, metricsRoot, MetricTables.METRIC_VALUES);
    }

    /** Replaces a table under the metrics root ({@link MetricTables}) with the rows, in its columns' order. */
    public static void write(Dataset<Row> rows, String metricsRoot, TableDefinition table) {
        for (int attempt = 1; ; attempt++) {
            try {
                replace(rows, metricsRoot, table);
                return;
            } catch (RuntimeException error) {
                if (attempt == ATTEMPTS || !lostRace(error)) {
                    throw error;
                }
                pause(FIRST_PAUSE.multipliedBy(1L << (attempt - 1)));
            }
        }
    }

    private static void replace(Dataset<Row> rows, String metricsRoot, TableDefinition table) {
        rows.selectExpr(table.columnNames().toArray(String[]::new))
                .coalesce(1)
                .write()
                .format("delta")
                .mode("overwrite")
                .option("overwriteSchema", "true")
                .save(LakeUri.table(metricsRoot, table));
    }

    /** True when Delta refused the commit because another writer committed first; retrying cannot fix the others. */
    static boolean lostRace(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DeltaConcurrentModificationException
                    && !(cause instanceof ConcurrentTransactionException)) {
                return true;
            }
        }
        return false;
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis() + ThreadLocalRandom.current().nextLong(pause.toMillis() + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to replace a metric table again", e);
        }
    }
}
