package io.longitude.ingest.lake;

import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.exceptions.TableNotFoundException;
import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.LakeUri;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;

/**
 * What ingest can learn of a lake on local disk without a Spark session, read with Delta Kernel and a plain Hadoop
 * configuration: the files it holds. A command asks before it starts Spark (3–5 s) whether it has anything to do. A lake
 * elsewhere (HDFS, S3) may need the credentials of the Spark configuration, so it is not read here.
 */
public final class LocalLake {
    private LocalLake() {}

    /**
     * The SHA-256 of every file the lake at {@code lakeRoot} holds (none when it has no batch table yet), or empty when
     * the lake is not on local disk.
     */
    public static Optional<Set<String>> batchIds(String lakeRoot) {
        String root = LakeUri.normalise(lakeRoot);
        if (!root.startsWith("file:")) {
            return Optional.empty();
        }
        String table = root + "/" + LakeTables.BATCHES.name();
        if (!Files.isDirectory(Path.of(table.substring("file:".length()), "_delta_log"))) {
            return Optional.of(Set.of());
        }
        try {
            return Optional.of(new DriverTable(DefaultEngine.create(new Configuration()))
                    .strings(table, List.of("batch_id")).stream()
                            .map(row -> row[0])
                            .collect(Collectors.toUnmodifiableSet()));
        } catch (TableNotFoundException e) {
            // A log folder without a first commit: a table another writer is creating.
            return Optional.of(Set.of());
        }
    }
}
