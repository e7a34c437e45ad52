package io.longitude.dashboard.sql;

/** A query the console will not run, with the reason shown to the analyst (never a stack trace). */
public class RefusedQueryException extends RuntimeException {
    public RefusedQueryException(String reason) {
        super(reason);
    }
}
