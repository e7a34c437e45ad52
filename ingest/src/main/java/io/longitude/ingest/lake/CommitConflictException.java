package io.longitude.ingest.lake;

import java.time.Duration;

/**
 * A commit that lost its races to other writers: the attempts ran out, or Delta reported a conflict that retrying
 * cannot fix. Nothing of the attempt was committed.
 */
public final class CommitConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String table;
    private final int attempts;
    private final Duration waited;
    private final boolean retryable;

    CommitConflictException(String table, int attempts, Duration waited, boolean retryable, RuntimeException conflict) {
        super(
                "Cannot commit to table " + table + " after " + attempts + " attempt(s) over " + waited.toSeconds()
                        + " s: " + conflict.getClass().getSimpleName(),
                conflict);
        this.table = table;
        this.attempts = attempts;
        this.waited = waited;
        this.retryable = retryable;
    }

    public String table() {
        return table;
    }

    public int attempts() {
        return attempts;
    }

    public Duration waited() {
        return waited;
    }

    /** True when the attempts ran out on conflicts that retrying resolves: running again later will do. */
    public boolean retryable() {
        return retryable;
    }

    /** The Delta exception's class name, e.g. {@code ConcurrentAppendException}. */
    public String conflict() {
        return getCause().getClass().getSimpleName();
    }
}
