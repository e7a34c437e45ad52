package io.longitude.dashboard.audit;

import io.longitude.dashboard.system.LongitudeProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.apache.hadoop.util.ShutdownHookManager;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps audit entries in memory and appends them to the {@link AuditTable} from a background thread, every
 * {@link #FLUSH_INTERVAL} or as soon as {@link #BATCH_SIZE} are waiting, so that recording costs a page a queue insert
 * rather than a Delta commit.
 *
 * <p>Nothing is lost on a clean shutdown: this lifecycle stops after the web server (a lower phase), so requests still
 * running are recorded, and then flushes what is left. On a JVM exit (SIGTERM, Ctrl-C) Spark's own shutdown hook would
 * stop the session while Spring is closing; a Hadoop shutdown hook of higher priority than Spark's therefore holds
 * Spark's hooks back until this buffer has stopped (at most {@link #SHUTDOWN_WAIT}). A crash (SIGKILL, power loss)
 * loses the entries not yet flushed: those of the last {@link #FLUSH_INTERVAL} at most, or more while the table cannot
 * be written (the entries stay queued and the flush is retried).
 */
@Component
class AuditBuffer implements SmartLifecycle {
    static final Duration FLUSH_INTERVAL = Duration.ofSeconds(2);
    static final int BATCH_SIZE = 200;
    /** Below the web server's phases (Integer.MAX_VALUE - 2048 and - 1024): started before it, stopped after it. */
    static final int PHASE = Integer.MAX_VALUE - 4096;
    /** Hadoop runs its shutdown hooks from the highest priority down; Spark's (which stop the session) run at 40. */
    static final int SHUTDOWN_HOOK_PRIORITY = 50;

    static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(20);

    private static final Logger LOG = LoggerFactory.getLogger(AuditBuffer.class);

    private final SparkSession spark;
    private final String root;
    private final Duration interval;
    private final int batchSize;
    private final ConcurrentLinkedQueue<AuditEntry> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicBoolean flushRequested = new AtomicBoolean();
    /**
     * Writers hold it while an appended batch moves from {@link #pending} to the {@link AuditIndex}; readers see
     * neither twice.
     */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Runnable shutdownHook = this::flushBeforeSparkStops;
    private volatile ScheduledExecutorService flusher;
    private volatile boolean running;
    private final AuditIndex index = new AuditIndex();
    private final Object flushing = new Object();

    @Autowired
    AuditBuffer(SparkSession spark, LongitudeProperties properties) {
        this(spark, properties.audit(), FLUSH_INTERVAL, BATCH_SIZE);
    }

    AuditBuffer(SparkSession spark, String root, Duration interval, int batchSize) {
        this.spark = spark;
        this.root = root;
        this.interval = interval;
        this.batchSize = batchSize;
    }

    String root() {
        return root;
    }

    /** Queues an entry; never waits for the table. After {@link #stop()} the entry is appended at once. */
    void add(AuditEntry entry) {
        pending.add(entry);
        int count = waiting.incrementAndGet();
        if (running) {
            if (count >= batchSize && flushRequested.compareAndSet(false, true)) {
                ScheduledExecutorService executor = flusher;
                if (executor != null && !executor.isShutdown()) {
                    executor.execute(this::flushQuietly);
                }
            }
        } else if (stopped.getCount() == 0) {
            flushQuietly();
        }
    }

    /** Gives {@code reader} the entries not yet in the table, while no batch is half-way between memory and table. */
    <T> T read(Function<List<AuditEntry>, T> reader) {
        return read((queued, table) -> reader.apply(queued));
    }

    /**
     * Gives {@code reader} the entries not yet in the table and the table's entries (newest first, from memory, see
     * {@link AuditIndex}), while no batch is half-way between memory and table.
     */
    <T> T read(java.util.function.BiFunction<List<AuditEntry>, List<AuditEntry>, T> reader) {
        lock.readLock().lock();
        try {
            return reader.apply(List.copyOf(pending), index.entries(spark, root));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Appends every queued entry in one commit; the entries leave the queue only once committed. */
    void flush() {
        // One flush at a time; readers are not held up by the Delta commit (1 to 2.5 s on a busy machine): while it
        // runs they see the batch in the queue and the table's entries as the index held them before it.
        synchronized (flushing) {
            flushRequested.set(false);
            List<AuditEntry> batch = new ArrayList<>(pending);
            if (batch.isEmpty()) {
                return;
            }
            index.appending(true);
            try {
                AuditTable.append(spark, root, batch);
                lock.writeLock().lock();
                try {
                    index.appended(spark, root, batch);
                    for (int i = 0; i < batch.size(); i++) {
                        pending.poll();
                    }
                    waiting.addAndGet(-batch.size());
                } finally {
                    lock.writeLock().unlock();
                }
            } finally {
                index.appending(false);
            }
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.error(
                    "Cannot append {} audit entries to {}, retrying at the next flush: {}",
                    pending.size(),
                    root,
                    e.getMessage());
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "longitude-audit");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(
                this::flushQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        flusher = executor;
        ShutdownHookManager.get().addShutdownHook(shutdownHook, SHUTDOWN_HOOK_PRIORITY);
        running = true;
    }

    /** Stops the background thread and appends what is left; entries that still cannot be written go to the log. */
    @Override
    public void stop() {
        running = false;
        ScheduledExecutorService executor = flusher;
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            flush();
        } catch (RuntimeException e) {
            pending.forEach(entry -> LOG.error("Audit entry not written to {}: {}", root, entry));
            LOG.error("Cannot append {} audit entries to {} at shutdown: {}", pending.size(), root, e.getMessage());
        } finally {
            stopped.countDown();
            removeShutdownHook();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private void flushBeforeSparkStops() {
        try {
            if (!stopped.await(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("The application did not stop within {}; appending the audit entries now", SHUTDOWN_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flushQuietly();
    }

    private void removeShutdownHook() {
        try {
            ShutdownHookManager.get().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook is running or has run.
        }
    }
}
