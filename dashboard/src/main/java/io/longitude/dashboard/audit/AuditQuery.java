package io.longitude.dashboard.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * Which entries of the audit log to list: newest first, optionally one user's, optionally one action or family of
 * actions ({@code sql} matches {@code sql.query}, {@code sql.csv}, ...), one page at a time.
 *
 * @param username exact login name, or empty for everyone
 * @param action an action ({@code report.pdf}) or its family ({@code report}), or empty for every action
 * @param page 1 for the newest entries
 * @param size entries per page
 * @param from first instant listed, or null for no lower bound
 * @param until first instant no longer listed, or null for no upper bound
 */
public record AuditQuery(String username, String action, int page, int size, Instant from, Instant until) {
    public static final int PAGE_SIZE = 50;

    public AuditQuery {
        username = Objects.requireNonNullElse(username, "").trim();
        action = Objects.requireNonNullElse(action, "").trim();
        if (page < 1) {
            throw new IllegalArgumentException("Cannot list the audit log, page is below 1: " + page);
        }
        if (size < 1 || size > 1_000) {
            throw new IllegalArgumentException("Cannot list the audit log, page size is not within 1..1000: " + size);
        }
        if (from != null && until != null && !from.isBefore(until)) {
            throw new IllegalArgumentException(
                    "Cannot list the audit log, the range ends before it starts: " + from + " to " + until);
        }
    }

    public AuditQuery(String username, String action, int page, int size) {
        this(username, action, page, size, null, null);
    }

    /** Every entry, newest first, first page. */
    public static AuditQuery all() {
        return new AuditQuery("", "", 1, PAGE_SIZE);
    }

    /** Entries skipped before this page. */
    public long offset() {
        return (long) (page - 1) * size;
    }

    public boolean matches(AuditEntry entry) {
        return (username.isEmpty() || entry.username().equals(username))
                && (action.isEmpty()
                        || entry.action().equals(action)
                        || entry.action().startsWith(action + "."))
                && (from == null || !entry.at().isBefore(from))
                && (until == null || entry.at().isBefore(until));
    }

    public AuditQuery withPage(int newPage) {
        return new AuditQuery(username, action, newPage, size, from, until);
    }
}
