package io.longitude.sql;

/** A console query stopped before it finished: cancelled by its user or an admin, or over the time limit. */
public class QueryCancelledException extends RuntimeException {
    public QueryCancelledException(String reason) {
        super(reason);
    }
}
