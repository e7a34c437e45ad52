package io.longitude.dashboard.audit;

import io.longitude.dashboard.access.Viewer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.springframework.stereotype.Component;

/**
 * Records who viewed, exported, uploaded or queried what: every report view, export, upload and SQL query calls
 * {@link #record}. An entry names the object (an edition, a report, a file name) or a query's hash, never participant
 * data. Entries are queued and appended to the append-only {@link AuditTable} in the background ({@link AuditBuffer});
 * what this class lists includes the entries still queued.
 */
@Component
public class Audit {
    /** The role of entries made by the application itself (the inbox scan); no account can have it. */
    public static final String SYSTEM_ROLE = "SYSTEM";

    /** Newest first; ties (same microsecond) in a fixed order, so that pages do not overlap. */
    static final Comparator<AuditEntry> NEWEST_FIRST = Comparator.comparing(AuditEntry::at).reversed()
            .thenComparing(AuditEntry::username).thenComparing(AuditEntry::action).thenComparing(AuditEntry::object);

    private final AuditBuffer buffer;
    private final SparkSession spark;

    Audit(AuditBuffer buffer, SparkSession spark) {
        this.buffer = buffer;
        this.spark = spark;
    }

    /**
     * @param viewer who did it
     * @param action what kind of thing: {@code report.view}, {@code report.pdf}, {@code sql.query}, {@code upload}, ...
     * @param object what it was done to: an edition or programme id, a file name, or {@code sha256:...} of a query
     * @param rows rows returned or written; 0 when not applicable
     */
    public void record(Viewer viewer, String action, String object, long rows) {
        record(new AuditEntry(Instant.now(), viewer.username(), viewer.role().name(), action, object, rows));
    }

    /** Records an entry of a user that is not a signed-in viewer, e.g. the inbox scan ({@link #SYSTEM_ROLE}). */
    public void record(AuditEntry entry) {
        buffer.add(entry);
    }

    /** One page of the log, newest first, the entries not yet appended included. */
    public AuditPage page(AuditQuery query) {
        long wanted = query.offset() + query.size() + 1;
        return buffer.read(queued -> {
            List<AuditEntry> matching = new ArrayList<>(queued.stream().filter(query::matches).toList());
            matching.addAll(AuditTable.newest(spark, buffer.root(), query, wanted));
            matching.sort(NEWEST_FIRST);
            int from = (int) Math.min(query.offset(), matching.size());
            int to = (int) Math.min(query.offset() + query.size(), matching.size());
            return new AuditPage(query, matching.subList(from, to), matching.size() > to);
        });
    }

    /** Every entry, oldest first, the queued ones included. Reads the whole table: for tests and small logs. */
    public List<AuditEntry> entries() {
        return buffer.read(queued -> {
            List<AuditEntry> all = new ArrayList<>(AuditTable.newest(spark, buffer.root(), AuditQuery.all(), Long.MAX_VALUE));
            all.addAll(queued);
            all.sort(NEWEST_FIRST.reversed());
            return List.copyOf(all);
        });
    }
}
