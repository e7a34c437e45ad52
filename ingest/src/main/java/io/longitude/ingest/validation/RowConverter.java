package io.longitude.ingest.validation;

import io.longitude.core.lake.TableDefinition;
import java.util.Map;

/** Turns one row of a canonical file into one row of a lake table, or rejects it. */
public interface RowConverter {
    /** The lake table the rows go to. */
    TableDefinition table();

    /**
     * Converts the row; the map holds a value for every column but {@code batch_id}, in Java types (String, Integer,
     * Long, Boolean, LocalDate, Instant, or a list of maps for ties); null for missing.
     */
    Map<String, Object> convert(Fields fields) throws RowRejection;
}
