package io.longitude.ingest.lake;

import io.delta.kernel.Scan;
import io.delta.kernel.ScanBuilder;
import io.delta.kernel.Snapshot;
import io.delta.kernel.TableManager;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.Row;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.engine.FileReadResult;
import io.delta.kernel.expressions.Predicate;
import io.delta.kernel.internal.InternalScanFileUtils;
import io.delta.kernel.internal.data.ScanStateRow;
import io.delta.kernel.internal.util.Utils;
import io.delta.kernel.types.StructType;
import io.delta.kernel.utils.CloseableIterator;
import io.delta.kernel.utils.FileStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * String columns of a lake table's version, read on the driver with Delta Kernel: the log replayed and the
 * Parquet files read in this JVM, without a Spark job. Ingest asks such small questions before every file (is this
 * file's hash in the batch table, which editions, enrolments and sessions exist), and Delta's Spark reader answered each
 * with a snapshot update and a job: 0.3–0.8 s each on two cores, where this takes milliseconds. Deletion vectors and
 * partition values are applied by Kernel, as Delta's reader applies them.
 */
final class DriverTable {
    private final Engine engine;

    DriverTable(Engine engine) {
        this.engine = engine;
    }

    /**
     * Every row of the table's latest version, as the values of the columns asked (null where the row has none).
     *
     * @throws UncheckedIOException when the log or a data file cannot be read
     */
    List<String[]> strings(String tablePath, List<String> columns) {
        List<String[]> rows = new ArrayList<>();
        Snapshot snapshot = TableManager.loadSnapshot(tablePath).build(engine);
        visit(snapshot, tablePath, columns, Optional.empty(), row -> {
            rows.add(row);
            return true;
        });
        return rows;
    }

    /** The table at {@code version}: its log replayed once, for {@link #bytes} and {@link #holdsAny} to share. */
    Snapshot at(String tablePath, long version) {
        return TableManager.loadSnapshot(tablePath).atVersion(version).build(engine);
    }

    /**
     * True when a row of the snapshot, in the partitions {@code partitions} keeps, has one of {@code values} in {@code
     * columns}; stops at the first such row.
     */
    boolean holdsAny(
            Snapshot snapshot, List<String> columns, Optional<Predicate> partitions, Set<List<String>> values) {
        return !visit(snapshot, snapshot.getPath(), columns, partitions, row -> !values.contains(Arrays.asList(row)));
    }

    /** The bytes of the snapshot's data files in the partitions {@code partitions} keeps. */
    long bytes(Snapshot snapshot, Optional<Predicate> partitions) {
        ScanBuilder builder = snapshot.getScanBuilder();
        Scan scan = partitions.map(builder::withFilter).orElse(builder).build();
        long bytes = 0;
        try (CloseableIterator<FilteredColumnarBatch> files = scan.getScanFiles(engine)) {
            while (files.hasNext()) {
                try (CloseableIterator<Row> scanFiles = files.next().getRows()) {
                    while (scanFiles.hasNext()) {
                        bytes += InternalScanFileUtils.getAddFileStatus(scanFiles.next())
                                .getSize();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + snapshot.getPath() + ": " + e.getMessage(), e);
        }
        return bytes;
    }

    /**
     * Reads the columns of every row of the snapshot in the partitions kept, giving each row to {@code visitor} until
     * it answers false; false when it did.
     */
    private boolean visit(
            Snapshot snapshot,
            String tablePath,
            List<String> columns,
            Optional<Predicate> partitions,
            java.util.function.Predicate<String[]> visitor) {
        StructType schema = snapshot.getSchema();
        StructType wanted = new StructType();
        for (String column : columns) {
            wanted = wanted.add(schema.get(column));
        }
        ScanBuilder builder = snapshot.getScanBuilder().withReadSchema(wanted);
        Scan scan = partitions.map(builder::withFilter).orElse(builder).build();
        Row state = scan.getScanState(engine);
        StructType physical = ScanStateRow.getPhysicalDataReadSchema(state);
        try (CloseableIterator<FilteredColumnarBatch> files = scan.getScanFiles(engine)) {
            while (files.hasNext()) {
                try (CloseableIterator<Row> scanFiles = files.next().getRows()) {
                    while (scanFiles.hasNext()) {
                        if (!read(state, scanFiles.next(), physical, columns.size(), visitor)) {
                            return false;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + tablePath + ": " + e.getMessage(), e);
        }
        return true;
    }

    private boolean read(
            Row state, Row scanFile, StructType physical, int width, java.util.function.Predicate<String[]> visitor)
            throws IOException {
        FileStatus file = InternalScanFileUtils.getAddFileStatus(scanFile);
        CloseableIterator<ColumnarBatch> data = engine.getParquetHandler()
                .readParquetFiles(Utils.singletonCloseableIterator(file), physical, Optional.empty())
                .map(FileReadResult::getData);
        try (CloseableIterator<FilteredColumnarBatch> logical =
                Scan.transformPhysicalData(engine, state, scanFile, data)) {
            while (logical.hasNext()) {
                try (CloseableIterator<Row> values = logical.next().getRows()) {
                    while (values.hasNext()) {
                        Row value = values.next();
                        String[] row = new String[width];
                        for (int column = 0; column < width; column++) {
                            row[column] = value.isNullAt(column) ? null : value.getString(column);
                        }
                        if (!visitor.test(row)) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }
}
