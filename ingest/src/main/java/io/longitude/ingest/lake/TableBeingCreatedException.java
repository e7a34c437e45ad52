package io.longitude.ingest.lake;

/**
 * Delta refused to create a table because its folder is not empty: another process is creating it (its
 * {@code _delta_log} or data files are there, its first commit is not yet). Retrying once that writer has committed
 * resolves it; a folder that never becomes a table ends the retries as a conflict naming the table.
 */
public final class TableBeingCreatedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TableBeingCreatedException(String table, boolean hasLog, RuntimeException cause) {
        super(
                "Cannot create table " + table + " yet: its folder is not empty"
                        + (hasLog
                                ? ", another writer is creating it"
                                : " and holds no Delta log; if no other writer is creating it, it holds files that are not a Delta table"),
                cause);
    }
}
