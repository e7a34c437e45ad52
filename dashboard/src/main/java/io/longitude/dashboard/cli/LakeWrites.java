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
        WriterLease.Store store = WriterLease.Store.of(
                lake, CollectionConverters.asJava(spark.conf().getAll()));
        return run(
                WriterLease.open(spark.sessionState().newHadoopConf(), lake, name(command), store), lake, out, write);
    }

    /**
     * Writes that need the lake to themselves (an erasure: its VACUUM without retention would delete the files another
     * writer is writing): stops when another process writes, and makes the server's writer queue wait meanwhile.
     */
    static <T> T alone(SparkSession spark, String lake, String command, PrintWriter out, Supplier<T> write) {
        return run(
                WriterLease.openExclusive(spark.sessionState().newHadoopConf(), lake, name(command)), lake, out, write);
    }

    private static String name(String command) {
        return "./longitude " + command + " (user " + System.getProperty("user.name") + ")";
    }

    private static <T> T run(WriterLease opened, String lake, PrintWriter out, Supplier<T> write) {
        try (WriterLease lease = opened) {
            lease.other().ifPresent(other -> {
                out.println("Note: " + other.describe(Instant.now()) + " is also writing to " + lake
                        + "; a commit that collides with its writes is retried from the new state of the table.");
                out.flush();
            });
            return write.get();
        }
    }
}
