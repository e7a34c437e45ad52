package io.longitude.ingest.lake;

/**
 * Another writer is creating the table: its folder holds a {@code _delta_log} but no first commit yet, so Delta
 * refuses to create the table at a non-empty location. Retrying once that writer has committed resolves it.
 */
public final class TableBeingCreatedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TableBeingCreatedException(String table, RuntimeException cause) {
        super("Cannot create table " + table + " yet, another writer is creating it", cause);
    }
}
