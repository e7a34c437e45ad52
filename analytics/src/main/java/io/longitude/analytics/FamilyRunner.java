package io.longitude.analytics;

import io.longitude.core.progress.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.SparkSession;

/**
 * Collects the metric families on a few driver threads at once. The families are independent transforms of the same
 * cached inputs; each is a chain of small Spark jobs whose cost on a programme's few megabytes is mostly driver work
 * (planning, code generation, scheduling), so running several at once keeps both the driver and the executor busy.
 * Spark runs jobs from several threads of one session concurrently. The result keeps the families' order.
 */
final class FamilyRunner {
    /** Threads collecting families at once; {@code spark.longitude.analytics.threads} overrides it (1 = one by one). */
    static final String THREADS = "spark.longitude.analytics.threads";

    static final int DEFAULT_THREADS = 4;

    /** Threads at most for an input of 64 MiB or more, whose families each hold more memory (see AnalyticsJob). */
    static final int LARGE_INPUT_THREADS = 2;

    private FamilyRunner() {}

    static int threads(SparkSession spark) {
        return Math.max(1, Integer.parseInt(spark.conf().get(THREADS, Integer.toString(DEFAULT_THREADS))));
    }

    /** Collects the families, telling {@code progress} as each is done (from the thread that collected it). */
    static List<FamilyRows> collect(List<MetricFamily> families, int threads, Progress progress) {
        AtomicInteger done = new AtomicInteger();
        if (threads <= 1) {
            List<FamilyRows> collected = new ArrayList<>();
            for (MetricFamily family : families) {
                collected.add(collect(family, done, families.size(), progress));
            }
            return collected;
        }
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, families.size()), task -> {
            Thread thread = new Thread(task, "longitude-family-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<FamilyRows>> futures = new ArrayList<>();
            for (MetricFamily family : families) {
                futures.add(pool.submit(() -> collect(family, done, families.size(), progress)));
            }
            List<FamilyRows> collected = new ArrayList<>();
            for (Future<FamilyRows> future : futures) {
                collected.add(result(future));
            }
            return collected;
        } finally {
            pool.shutdownNow();
        }
    }

    private static FamilyRows collect(MetricFamily family, AtomicInteger done, int families, Progress progress) {
        long started = System.nanoTime();
        FamilyRows rows =
                new FamilyRows(family.name(), family.rows().collectAsList(), (System.nanoTime() - started) / 1_000_000);
        progress.step(done.incrementAndGet(), families, family.name());
        return rows;
    }

    private static FamilyRows result(Future<FamilyRows> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Cannot analyse, interrupted while collecting the metric families", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("Cannot analyse: " + cause.getMessage(), cause);
        }
    }
}
