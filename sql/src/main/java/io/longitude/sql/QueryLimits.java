package io.longitude.sql;

import java.time.Duration;

/**
 * The SQL console's limits.
 *
 * @param maxRows rows a query returns at most; one more is fetched to set the truncated flag
 * @param timeout how long a query may run before it is cancelled
 * @param maxConcurrent queries run at once; more wait their turn within their own time limit
 */
public record QueryLimits(int maxRows, Duration timeout, int maxConcurrent) {
    public QueryLimits {
        if (maxRows < 1 || maxConcurrent < 1) {
            throw new IllegalArgumentException("Cannot run SQL with fewer than one row (" + maxRows
                    + ") or one query at once (" + maxConcurrent + ")");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("Cannot use a SQL timeout that is not positive: " + timeout);
        }
    }

    /** The defaults, as when nothing is configured. */
    public static QueryLimits defaults() {
        return new QueryLimits(10_000, Duration.ofSeconds(60), 4);
    }
}
