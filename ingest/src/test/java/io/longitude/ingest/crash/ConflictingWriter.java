package io.longitude.ingest.crash;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.apache.spark.sql.SparkSession;

/**
 * The killer's trigger for a kill during a retry: from its first poll it changes the table's metadata (a table
 * property, a commit of its own) every {@value #EVERY_MILLIS} ms, so that the ingest process's MERGE loses the race
 * to commit and is retried from a fresh snapshot; once the process logs the retry, the writer stops and the trigger
 * fires {@code delayMillis} later, while the retry runs.
 */
final class ConflictingWriter implements BooleanSupplier, AutoCloseable {
    static final int EVERY_MILLIS = 150;

    private final SparkSession spark;
    private final String table;
    private final IngestChild child;
    private final int delayMillis;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private Thread writer;
    private long retrySeen = -1;

    ConflictingWriter(SparkSession spark, String table, IngestChild child, int delayMillis) {
        this.spark = spark;
        this.table = table;
        this.child = child;
        this.delayMillis = delayMillis;
    }

    @Override
    public boolean getAsBoolean() {
        if (writer == null) {
            writer = new Thread(this::write, "crash-test-conflicting-writer");
            writer.setDaemon(true);
            writer.start();
        }
        if (!child.retried()) {
            return false;
        }
        stopped.set(true);
        if (retrySeen < 0) {
            retrySeen = System.nanoTime();
        }
        return System.nanoTime() - retrySeen >= delayMillis * 1_000_000L;
    }

    /** True when the ingest process was seen retrying. */
    boolean sawRetry() {
        return retrySeen >= 0;
    }

    private void write() {
        for (int tick = 0; !stopped.get(); tick++) {
            spark.sql("ALTER TABLE delta.`" + table + "` SET TBLPROPERTIES ('longitude.crash-test.tick' = '" + tick
                    + "')");
            try {
                Thread.sleep(EVERY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped.set(true);
        if (writer != null) {
            writer.join(30_000);
        }
    }
}
