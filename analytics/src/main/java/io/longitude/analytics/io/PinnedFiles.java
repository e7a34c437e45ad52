package io.longitude.analytics.io;

import io.delta.kernel.Snapshot;
import io.delta.kernel.TableManager;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.Row;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.exceptions.KernelException;
import io.delta.kernel.internal.InternalScanFileUtils;
import io.delta.kernel.utils.CloseableIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * The data files and schema of one Delta table version, read on the driver with Delta Kernel: the commit files and
 * checkpoint are replayed in this JVM (milliseconds for a programme's lake), where Delta's Spark reader plans the same
 * replay as Spark jobs (seconds per table on two cores). Spark then scans exactly these Parquet files.
 *
 * <p>Only a table whose rows are its files' rows can be read this way: no deletion vector on any file (Longitude's tables
 * have them switched off, see {@code docs/security.md}), no column mapping, and partition values that Spark can read
 * back from the files' folder names. For anything else {@link #of} answers empty and the caller reads through Delta's
 * own reader.
 *
 * @param schema the table's schema at that version, as Spark types
 * @param files the absolute URIs of the version's data files
 */
record PinnedFiles(StructType schema, List<String> files) {
    PinnedFiles {
        files = List.copyOf(files);
    }

    /**
     * The version's files, or empty when the version needs Delta's reader (deletion vectors, column mapping, files
     * outside their partition folders).
     *
     * @throws IllegalArgumentException when the version cannot be read (it never existed, or its log is gone)
     */
    static Optional<PinnedFiles> of(Engine engine, String tablePath, long version) {
        Snapshot snapshot;
        try {
            snapshot = TableManager.loadSnapshot(tablePath).atVersion(version).build(engine);
        } catch (KernelException e) {
            throw new IllegalArgumentException(
                    "Cannot read " + tablePath + " at version " + version + ": " + e.getMessage(), e);
        }
        String mapping = snapshot.getTableProperties().getOrDefault("delta.columnMapping.mode", "none");
        if (!"none".equals(mapping)) {
            return Optional.empty();
        }
        List<String> partitions = snapshot.getPartitionColumnNames();
        List<String> files = new ArrayList<>();
        try (CloseableIterator<FilteredColumnarBatch> batches =
                snapshot.getScanBuilder().build().getScanFiles(engine)) {
            while (batches.hasNext()) {
                try (CloseableIterator<Row> rows = batches.next().getRows()) {
                    while (rows.hasNext()) {
                        Row file = rows.next();
                        if (InternalScanFileUtils.getDeletionVectorDescriptorFromRow(file) != null
                                || !inPartitionFolders(file, partitions)) {
                            return Optional.empty();
                        }
                        files.add(InternalScanFileUtils.getAddFileStatus(file).getPath());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot list the files of " + tablePath + " at version " + version + ": " + e.getMessage(), e);
        }
        StructType schema = (StructType) DataType.fromJson(snapshot.getSchema().toJson());
        return Optional.of(new PinnedFiles(schema, files));
    }

    /**
     * True when every partition value of the file is in a {@code column=value} folder of its path, where Spark's
     * partition discovery finds it (Delta writes them there unless asked for random prefixes).
     */
    private static boolean inPartitionFolders(Row file, List<String> partitions) {
        if (partitions.isEmpty()) {
            return true;
        }
        String path = "/" + InternalScanFileUtils.getAddFileStatus(file).getPath();
        Map<String, String> values = InternalScanFileUtils.getPartitionValues(file);
        return partitions.stream().allMatch(column -> values.containsKey(column) && path.contains("/" + column + "="));
    }
}
