package io.longitude.dashboard.audit;

import io.longitude.dashboard.system.LocalSpark;
import java.time.Duration;
import java.time.Instant;
import org.apache.spark.sql.SparkSession;

/**
 * A process that queues audit entries and then waits to be stopped, as the server does: its buffer stops in a JVM
 * shutdown hook of its own (as Spring's context closes in one), while Spark's shutdown hook stops the session. Used by
 * {@link TestAuditShutdown}; arguments: audit root, number of entries.
 */
final class AuditShutdownMain {
    private AuditShutdownMain() {}

    public static void main(String[] args) throws InterruptedException {
        SparkSession spark = LocalSpark.session("local[1]");
        String root = args[0];
        int entries = Integer.parseInt(args[1]);
        AuditTable.create(spark, root);
        AuditBuffer buffer = new AuditBuffer(spark, root, Duration.ofHours(1), Integer.MAX_VALUE);
        buffer.start();
        Runtime.getRuntime().addShutdownHook(new Thread(buffer::stop, "spring-like-shutdown"));
        Instant start = Instant.parse("2026-03-01T10:00:00Z");
        for (int i = 0; i < entries; i++) {
            buffer.add(new AuditEntry(start.plusMillis(i), "user" + i % 5, "ANALYST", "sql.query", "sha256:" + i, i));
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Duration.ofMinutes(5).toMillis());
    }
}
