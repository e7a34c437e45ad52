package io.longitude.dashboard.audit;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param at when
 * @param username who
 * @param role in which role
 * @param action what kind of thing ({@code report.view}, {@code sql.query}, ...)
 * @param object what it was done to, or a query's hash; never participant data
 * @param rows rows returned or written; 0 when not applicable
 */
public record AuditEntry(Instant at, String username, String role, String action, String object, long rows) {}
