package io.longitude.dashboard.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One line of the audit log. It names an object, never its content: the log holds no participant data, so it may be
 * kept longer than the lake and read by administrators without widening who sees participants.
 *
 * @param at when, to the microsecond (Delta keeps microseconds)
 * @param username who: a login name, or {@code inbox} for the inbox scan and {@code cli:<user>} for the command line
 * @param role in which role ({@link io.longitude.dashboard.access.Role} name)
 * @param action what kind of thing ({@code report.view}, {@code sql.query}, {@code upload}, ...)
 * @param object what it was done to: an edition or programme id, a file name, or {@code sha256:...} of a query; never
 *     participant data
 * @param rows rows returned or written; 0 when not applicable or not known yet
 * @param detail what administrators need to read the entry and a hash cannot tell them: the text of a SQL query (empty
 *     otherwise). Shown on the admin page and in its CSV export, never written to a log ({@link #toString()} leaves it out)
 */
public record AuditEntry(
        Instant at, String username, String role, String action, String object, long rows, String detail) {
    public AuditEntry {
        Objects.requireNonNull(at, "at is null");
        Objects.requireNonNull(username, "username is null");
        Objects.requireNonNull(role, "role is null");
        Objects.requireNonNull(action, "action is null");
        object = object == null ? "" : object;
        detail = detail == null ? "" : detail;
        if (rows < 0) {
            throw new IllegalArgumentException("Cannot record an audit entry, rows is negative: " + rows);
        }
        // Delta keeps microseconds: cut here, so that an entry read back equals the one recorded.
        at = at.truncatedTo(ChronoUnit.MICROS);
    }

    public AuditEntry(Instant at, String username, String role, String action, String object, long rows) {
        this(at, username, role, action, object, rows, "");
    }

    /** The entry without its detail, which may hold a query's text: what a log line may show. */
    @Override
    public String toString() {
        return "AuditEntry[at=" + at + ", username=" + username + ", role=" + role + ", action=" + action + ", object="
                + object + ", rows=" + rows + ", detail=" + detail.length() + " characters]";
    }
}
