package io.longitude.dashboard.audit;

import java.util.List;

/**
 * One page of the audit log.
 *
 * @param query what was asked
 * @param entries newest first
 * @param hasNext whether older entries follow
 */
public record AuditPage(AuditQuery query, List<AuditEntry> entries, boolean hasNext) {
    public AuditPage {
        entries = List.copyOf(entries);
    }

    public boolean hasPrevious() {
        return query.page() > 1;
    }
}
