package io.longitude.dashboard.inbox;

import io.longitude.dashboard.system.LongitudeProperties;
import io.longitude.ingest.lake.LeaseHeldException;
import io.longitude.ingest.lake.WriterLease;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The server's one writer queue for its lake: the inbox scans, the uploads and the analyses they start run one at a
 * time, in the order they came, so they never race each other. Each job holds the lake's {@link WriterLease}, so that
 * a CLI write meeting it says who else is writing; on a single-writer store (S3 without a commit coordinator) a job
 * waits while a CLI command holds the lease, instead of failing.
 */
@Service
public class LakeWriter {
    private static final Logger LOG = LoggerFactory.getLogger(LakeWriter.class);
    static final Duration LEASE_POLL = Duration.ofSeconds(5);

    private final SparkSession spark;
    private final String lake;
    private final Environment environment;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "longitude-lake-writer");
        thread.setDaemon(true);
        return thread;
    });
    /** Queued and running jobs, by id, in the order they run; the first one may be running. */
    private final Map<String, String> jobs = new LinkedHashMap<>();

    public LakeWriter(SparkSession spark, LongitudeProperties properties, Environment environment) {
        this.spark = spark;
        this.lake = properties.lake();
        this.environment = environment;
    }

    /** Queues a write; {@code id} names it for {@link #ahead}; {@code label} says what it is, e.g. {@code upload x.csv}. */
    public void submit(String id, String label, Runnable write) {
        synchronized (jobs) {
            jobs.put(id, label);
        }
        worker.submit(() -> {
            try {
                withLease(label, write);
            } catch (RuntimeException e) {
                LOG.warn("Lake write {} failed: {}", label, e.getMessage());
            } finally {
                synchronized (jobs) {
                    jobs.remove(id);
                }
            }
        });
    }

    /** Queues a write with an id of its own. */
    public String submit(String label, Runnable write) {
        String id = UUID.randomUUID().toString();
        submit(id, label, write);
        return id;
    }

    /**
     * How many jobs run or wait before the job {@code id}: 0 when it is next or running; empty when it is not in the
     * queue (done).
     */
    public OptionalInt ahead(String id) {
        synchronized (jobs) {
            int index = new ArrayList<>(jobs.keySet()).indexOf(id);
            return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
        }
    }

    /** The labels of the queued and running jobs, in order. */
    public List<String> queue() {
        synchronized (jobs) {
            return List.copyOf(jobs.values());
        }
    }

    /** True when a job with this label is queued or running. */
    public boolean holds(String label) {
        synchronized (jobs) {
            return jobs.containsValue(label);
        }
    }

    private void withLease(String label, Runnable write) {
        WriterLease.Store store = WriterLease.Store.of(
                lake, CollectionConverters.asJava(spark.conf().getAll()));
        String name = "Longitude server on port "
                + environment.getProperty("local.server.port", environment.getProperty("server.port", "?"));
        while (true) {
            try (WriterLease lease = WriterLease.open(spark.sessionState().newHadoopConf(), lake, name, store)) {
                lease.other()
                        .ifPresent(other -> LOG.info(
                                "Lake write {}: {} is also writing to {}; conflicts are retried",
                                label,
                                other.describe(java.time.Instant.now()),
                                lake));
                write.run();
                return;
            } catch (LeaseHeldException held) {
                LOG.info("Lake write {} waits: {}", label, held.getMessage());
                try {
                    Thread.sleep(LEASE_POLL.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
