package io.longitude.analytics;

import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;

/**
 * Counts the Spark jobs one analysis starts, the measure of its fixed cost on a small lake (each job costs tens of
 * milliseconds of scheduling whatever its size). The analysis's thread is tagged with a local property, which the
 * threads it starts inherit, so jobs of other users of a shared session (the web server's pages, the SQL console) are
 * not counted. The count comes from Spark's listener bus, which delivers a job's start a moment after it.
 */
final class SparkJobCount implements AutoCloseable {
    private static final String TAG = "longitude.analysis.run";

    private final SparkContext context;
    private final String previous;
    private final Listener listener;

    private SparkJobCount(SparkContext context) {
        this.context = context;
        this.previous = context.getLocalProperty(TAG);
        String run = UUID.randomUUID().toString();
        this.listener = new Listener(run);
        context.setLocalProperty(TAG, run);
        context.addSparkListener(listener);
    }

    /** Starts counting the jobs of this thread and of the threads it starts from now on. */
    static SparkJobCount start(SparkSession spark) {
        return new SparkJobCount(spark.sparkContext());
    }

    /** The jobs started so far. */
    long jobs() {
        return listener.jobs.get();
    }

    @Override
    public void close() {
        context.removeSparkListener(listener);
        context.setLocalProperty(TAG, previous);
    }

    private static final class Listener extends SparkListener {
        private final String run;
        private final AtomicLong jobs = new AtomicLong();

        Listener(String run) {
            this.run = run;
        }

        @Override
        public void onJobStart(SparkListenerJobStart start) {
            Properties properties = start.properties();
            if (properties != null && run.equals(properties.getProperty(TAG))) {
                jobs.incrementAndGet();
            }
        }
    }
}
