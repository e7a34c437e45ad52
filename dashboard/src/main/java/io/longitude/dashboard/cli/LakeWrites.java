package io.longitude.dashboard.cli;

import io.longitude.ingest.lake.WriterLease;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A CLI command's writes to a lake, under the lake's {@link WriterLease}: when a server (or another command) is
 * writing to the same lake, the command says so and goes on (Delta's conflicts are retried), or, on S3 without a
 * commit coordinator, stops with a message naming the other writer before writing anything.
 */
final class LakeWrites {
    private LakeWrites() {}

    static <T> T under(SparkSession spark, String lake, String command, PrintWriter out, Supplier<T> write) {
        WriterLease.Store store = WriterLease.Store.of(lake, CollectionConverters.asJava(spark.conf().getAll()));
        String name = "./longitude " + command + " (user " + System.getProperty("user.name") + ")";
        try (WriterLease lease = WriterLease.open(spark.sessionState().newHadoopConf(), lake, name, store)) {
            lease.other().ifPresent(other -> {
                out.println("Note: " + other.describe(Instant.now()) + " is also writing to " + lake
                        + "; a commit that collides with its writes is retried from the new state of the table.");
                out.flush();
            });
            return write.get();
        }
    }
}
