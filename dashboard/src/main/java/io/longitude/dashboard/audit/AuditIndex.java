package io.longitude.dashboard.audit;

import io.longitude.analytics.io.DeltaVersions;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The audit table's entries in memory, newest first, so that the admin page filters and pages without a Spark job
 * (under 200 ms; a Delta read took 0.7 to 1.9 s a page). The table is read whole once, and again whenever its latest
 * version is not the one the index holds: the application's own appends are added to the index as they commit (their
 * version is the next one), so only a commit by another process (an erasure on the command line) costs a new read.
 * Checking the version is a listing of {@code _delta_log}, not a Spark job. The log holds no participant data and an
 * entry is a few hundred bytes: a million entries take a few hundred megabytes of the server's heap.
 */
final class AuditIndex {
    private static final long UNREAD = Long.MIN_VALUE;

    private List<AuditEntry> newestFirst = List.of();
    private long version = UNREAD;
    private boolean appending;

    /**
     * Set while the application appends a batch that is still in its queue: the table may then hold a commit the
     * index has not added yet, and reading it again would show that batch twice (table and queue).
     */
    synchronized void appending(boolean now) {
        appending = now;
    }

    /** Every entry of the table, newest first. */
    synchronized List<AuditEntry> entries(SparkSession spark, String root) {
        if (appending && version != UNREAD) {
            return newestFirst;
        }
        long latest = DeltaVersions.latest(spark, AuditTable.path(root));
        if (latest != version) {
            List<AuditEntry> read = new ArrayList<>(
                    latest < 0 ? List.of() : AuditTable.newest(spark, root, AuditQuery.all(), Long.MAX_VALUE));
            read.sort(Audit.NEWEST_FIRST);
            newestFirst = List.copyOf(read);
            version = latest;
        }
        return newestFirst;
    }

    /** Adds a batch the application has just appended, when its commit is the one after the version held. */
    synchronized void appended(SparkSession spark, String root, List<AuditEntry> batch) {
        if (version == UNREAD) {
            return;
        }
        long latest = DeltaVersions.latest(spark, AuditTable.path(root));
        if (latest != version + 1) {
            return; // another writer committed too, or the table was created: read whole at the next look
        }
        List<AuditEntry> merged = new ArrayList<>(newestFirst.size() + batch.size());
        merged.addAll(batch);
        merged.addAll(newestFirst);
        merged.sort(Audit.NEWEST_FIRST);
        newestFirst = List.copyOf(merged);
        version = latest;
    }
}
