package io.longitude.dashboard.audit;

import io.longitude.dashboard.access.Viewer;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records who viewed, exported, uploaded or queried what: every report view, export, upload and SQL query calls
 * {@link #record}. An entry names the object (an edition, a report, a file name) or a query's hash, never participant
 * data. (Kept in memory until the append-only audit table arrives.)
 */
@Component
public class Audit {
    private static final Logger LOG = LoggerFactory.getLogger(Audit.class);

    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    /**
     * @param viewer who did it
     * @param action what kind of thing: {@code report.view}, {@code report.pdf}, {@code sql.query}, {@code upload}, ...
     * @param object what it was done to: an edition or programme id, a file name, or {@code sha256:...} of a query
     * @param rows rows returned or written; 0 when not applicable
     */
    public void record(Viewer viewer, String action, String object, long rows) {
        AuditEntry entry = new AuditEntry(Instant.now(), viewer.username(), viewer.role().name(), action, object, rows);
        entries.add(entry);
        LOG.debug("audit {}", entry);
    }

    public List<AuditEntry> entries() {
        return List.copyOf(entries);
    }
}
