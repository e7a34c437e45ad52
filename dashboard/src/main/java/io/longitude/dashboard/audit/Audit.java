package io.longitude.dashboard.audit;

import io.longitude.dashboard.access.AccessEvents;
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
public class Audit implements AccessEvents {
    /** The role of entries made by the application itself (the inbox scan); no account can have it. */
    public static final String SYSTEM_ROLE = "SYSTEM";

    /** Newest first; ties (same microsecond) in a fixed order, so that pages do not overlap. */
    static final Comparator<AuditEntry> NEWEST_FIRST = Comparator.comparing(AuditEntry::at)
            .reversed()
            .thenComparing(AuditEntry::username)
            .thenComparing(AuditEntry::action)
            .thenComparing(AuditEntry::object);

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

    @Override
    public void record(Viewer viewer, String action, String object) {
        record(viewer, action, object, 0);
    }

    @Override
    public void recordSystem(String user, String action, String object, long count) {
        record(new AuditEntry(Instant.now(), user, SYSTEM_ROLE, action, object, count));
    }

    /** Records an entry of a user that is not a signed-in viewer, e.g. the inbox scan ({@link #SYSTEM_ROLE}). */
    public void record(AuditEntry entry) {
        buffer.add(entry);
    }

    /**
     * @param detail the text administrators need to read the entry (a SQL query's text); never written to a log
     */
    public void record(Viewer viewer, String action, String object, long rows, String detail) {
        record(new AuditEntry(Instant.now(), viewer.username(), viewer.role().name(), action, object, rows, detail));
    }

    /** One page of the log, newest first, the entries not yet appended included; from memory, no Spark job. */
    public AuditPage page(AuditQuery query) {
        return buffer.read((queued, table) -> {
            List<AuditEntry> matching =
                    new ArrayList<>(queued.stream().filter(query::matches).toList());
            matching.sort(NEWEST_FIRST);
            long skip = query.offset();
            List<AuditEntry> page = new ArrayList<>();
            boolean more = false;
            // Both lists are newest first: merge them, stopping one entry after the page.
            int queuedIndex = 0;
            java.util.Iterator<AuditEntry> stored =
                    table.stream().filter(query::matches).iterator();
            AuditEntry nextStored = stored.hasNext() ? stored.next() : null;
            while (queuedIndex < matching.size() || nextStored != null) {
                AuditEntry next;
                if (nextStored == null
                        || queuedIndex < matching.size()
                                && NEWEST_FIRST.compare(matching.get(queuedIndex), nextStored) <= 0) {
                    next = matching.get(queuedIndex++);
                } else {
                    next = nextStored;
                    nextStored = stored.hasNext() ? stored.next() : null;
                }
                if (skip > 0) {
                    skip--;
                } else if (page.size() < query.size()) {
                    page.add(next);
                } else {
                    more = true;
                    break;
                }
            }
            return new AuditPage(query, page, more);
        });
    }

    /** Every entry that matches the query's filters (all pages), newest first: for the CSV export. */
    public List<AuditEntry> matching(AuditQuery query) {
        return buffer.read((queued, table) -> {
            List<AuditEntry> all =
                    new ArrayList<>(queued.stream().filter(query::matches).toList());
            table.stream().filter(query::matches).forEach(all::add);
            all.sort(NEWEST_FIRST);
            return List.copyOf(all);
        });
    }

    /** The user names and the actions in the log, sorted: the choices of the admin page's filters. */
    public Choices choices() {
        return buffer.read((queued, table) -> {
            java.util.TreeSet<String> users = new java.util.TreeSet<>();
            java.util.TreeSet<String> actions = new java.util.TreeSet<>();
            for (List<AuditEntry> entries : List.of(queued, table)) {
                for (AuditEntry entry : entries) {
                    users.add(entry.username());
                    actions.add(entry.action());
                    int dot = entry.action().indexOf('.');
                    if (dot > 0) {
                        actions.add(entry.action().substring(0, dot));
                    }
                }
            }
            return new Choices(List.copyOf(users), List.copyOf(actions));
        });
    }

    /** The filter choices: user names, and actions with their families ({@code sql} beside {@code sql.query}). */
    public record Choices(List<String> users, List<String> actions) {}

    /** Every entry, oldest first, the queued ones included. */
    public List<AuditEntry> entries() {
        return buffer.read((queued, table) -> {
            List<AuditEntry> all = new ArrayList<>(table);
            all.addAll(queued);
            all.sort(NEWEST_FIRST.reversed());
            return List.copyOf(all);
        });
    }
}
