package io.longitude.sql;

/** A console query that passed the guard but failed while running (a cast error, a division by zero under ANSI). */
public class QueryFailedException extends RuntimeException {
    public QueryFailedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
