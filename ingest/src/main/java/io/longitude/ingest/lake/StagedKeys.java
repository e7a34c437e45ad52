package io.longitude.ingest.lake;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What ingest knows of the rows it staged for one table, for {@link KeyedAppend} to ask whether the table holds any of
 * them without a Spark job.
 *
 * @param rows how many rows are staged
 * @param keys their natural keys (the table's key columns, in order, as text), or empty when there were too many to
 *     hold in memory ({@link StagingFile#KEYS_KEPT_UP_TO})
 * @param partitions the values of the table's partition columns (in order) that the rows have
 */
public record StagedKeys(long rows, Optional<Set<List<String>>> keys, Set<List<String>> partitions) {
    public StagedKeys {
        keys = keys.map(Set::copyOf);
        partitions = Set.copyOf(partitions);
    }

    /** One row of an unpartitioned table, with its key. */
    public static StagedKeys one(List<String> key) {
        return new StagedKeys(1, Optional.of(Set.of(List.copyOf(key))), Set.of(List.of()));
    }
}
