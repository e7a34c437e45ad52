package io.longitude.ingest.lake;

import io.delta.kernel.Snapshot;
import io.delta.kernel.expressions.And;
import io.delta.kernel.expressions.Column;
import io.delta.kernel.expressions.Literal;
import io.delta.kernel.expressions.Or;
import io.delta.kernel.expressions.Predicate;
import io.longitude.core.lake.ColumnType;
import io.longitude.core.lake.TableDefinition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.DeltaOperations;
import org.apache.spark.sql.delta.OptimisticTransaction;
import org.apache.spark.sql.delta.actions.Action;
import org.apache.spark.sql.delta.actions.FileAction;
import scala.Option;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Appends rows to a Delta table in one transaction, provided the table holds none of their natural keys: the cheap
 * path for the usual file (a new wave, new participants), where a MERGE would join the rows with the whole table and
 * rewrite nothing.
 *
 * <p>The transaction reads the whole table ({@code readWholeTable}) before it looks for the keys, at the version it
 * read: a writer that commits rows to the table between that version and this commit makes the commit fail with
 * Delta's {@code ConcurrentAppendException}, which {@link ConflictRetry} retries from a fresh snapshot, where the other
 * writer's keys are seen. Two writers can therefore never both append one key, as they could with a blind append; a
 * MERGE racing this append conflicts the same way, since neither is a blind append.
 */
final class KeyedAppend {
    /** The table's data (in the partitions of the rows) is read on the driver up to this size, else by Spark. */
    static final long ON_DRIVER_UP_TO_BYTES = 32L << 20;

    private final SparkSession spark;
    private final DriverTable driver;
    private final Runnable beforeWrite;

    KeyedAppend(SparkSession spark, DriverTable driver) {
        this(spark, driver, () -> {});
    }

    /** With {@code beforeWrite} run after the keys are checked and before the rows are written (for tests of races). */
    KeyedAppend(SparkSession spark, DriverTable driver, Runnable beforeWrite) {
        this.spark = spark;
        this.driver = driver;
        this.beforeWrite = beforeWrite;
    }

    /**
     * Appends {@code rows} (in the table's columns) and returns how many, or returns empty and writes nothing when the
     * table holds a natural key of one of them.
     */
    OptionalLong appendIfNoKeyHeld(String path, TableDefinition table, Dataset<Row> rows, StagedKeys staged) {
        OptimisticTransaction transaction =
                DeltaLog.forTable(spark, path).startTransaction(Option.empty(), Option.empty());
        transaction.readWholeTable();
        if (holdsAnyKey(path, table, rows, staged, transaction.readVersion())) {
            return OptionalLong.empty();
        }
        beforeWrite.run();
        Seq<FileAction> files = transaction.writeFiles(rows);
        @SuppressWarnings("unchecked")
        Seq<Action> actions = (Seq<Action>) (Seq<?>) files;
        transaction.commit(actions, append());
        return OptionalLong.of(staged.rows());
    }

    /**
     * Whether the table at {@code version} holds a key of the rows: read on the driver with Delta Kernel, in the
     * partitions of the rows only, when the rows' keys are known and that part of the table is small; else a Spark
     * semi-join.
     */
    private boolean holdsAnyKey(
            String path, TableDefinition table, Dataset<Row> rows, StagedKeys staged, long version) {
        Optional<Predicate> partitions = partitionFilter(table, staged.partitions());
        if (staged.keys().isPresent() && strings(table, table.naturalKey())) {
            Snapshot snapshot = driver.at(path, version);
            if (driver.bytes(snapshot, partitions) <= ON_DRIVER_UP_TO_BYTES) {
                return driver.holdsAny(
                        snapshot, table.naturalKey(), partitions, staged.keys().get());
            }
        }
        return sparkHoldsAnyKey(path, table, rows, version);
    }

    /**
     * The partitions of a partitioned table that the rows fall in, as a Kernel predicate; empty (the whole table) when
     * the table is not partitioned, by text columns, or a partition value is missing.
     */
    static Optional<Predicate> partitionFilter(TableDefinition table, Set<List<String>> partitions) {
        List<String> columns = table.partitionBy();
        if (columns.isEmpty()
                || !strings(table, columns)
                || partitions.isEmpty()
                || partitions.stream().flatMap(List::stream).anyMatch(Objects::isNull)) {
            return Optional.empty();
        }
        return partitions.stream()
                .map(values -> IntStream.range(0, columns.size())
                        .mapToObj(index ->
                                new Predicate("=", new Column(columns.get(index)), Literal.ofString(values.get(index))))
                        .reduce(And::new)
                        .orElseThrow())
                .reduce(Or::new);
    }

    /** True when every one of the columns is text, as the driver's check reads them. */
    private static boolean strings(TableDefinition table, List<String> columns) {
        return columns.stream()
                .allMatch(name -> table.column(name)
                        .map(column -> column.type() == ColumnType.STRING)
                        .orElse(false));
    }

    private boolean sparkHoldsAnyKey(String path, TableDefinition table, Dataset<Row> rows, long version) {
        String[] key = table.naturalKey().toArray(String[]::new);
        Dataset<Row> held = spark.read()
                .format("delta")
                .option("versionAsOf", version)
                .load(path)
                .selectExpr(key);
        Seq<String> on = CollectionConverters.asScala(table.naturalKey()).toSeq();
        return !rows.selectExpr(key).join(held, on, "left_semi").isEmpty();
    }

    private static DeltaOperations.Write append() {
        DeltaOperations.Write$ write = DeltaOperations.Write$.MODULE$;
        return new DeltaOperations.Write(
                SaveMode.Append,
                write.apply$default$2(),
                write.apply$default$3(),
                write.apply$default$4(),
                write.apply$default$5(),
                write.apply$default$6(),
                write.apply$default$7(),
                write.apply$default$8(),
                write.apply$default$9());
    }
}
