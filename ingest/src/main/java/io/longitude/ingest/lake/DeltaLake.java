package io.longitude.ingest.lake;

import static org.apache.spark.sql.functions.col;

import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.tables.DeltaTable;
import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.TableDefinition;
import io.longitude.ingest.erase.DeltaHistory;
import io.longitude.ingest.validation.ReferenceData;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** The Delta tables of the lake, as ingest writes them. */
public final class DeltaLake {
    /** One lock per table location, so that the writers of one process create a table once. */
    private static final ConcurrentMap<String, Object> CREATING = new ConcurrentHashMap<>();

    private final SparkSession spark;
    private final String root;
    private final DriverTable driver;
    private final KeyedAppend appended;

    public DeltaLake(SparkSession spark, String root) {
        this.spark = spark;
        this.root = root;
        this.driver = new DriverTable(DefaultEngine.create(spark.sessionState().newHadoopConf()));
        this.appended = new KeyedAppend(spark, driver);
    }

    public String path(TableDefinition table) {
        return root + "/" + table.name();
    }

    public boolean exists(TableDefinition table) {
        return DeltaTable.isDeltaTable(spark, path(table));
    }

    /**
     * Creates the table with its schema and partitioning unless it exists, with the properties of
     * {@link DeltaHistory#privacyProperties}: no statistics on identifying columns in the transaction log and no
     * deletion vectors, so that an erasure can leave no trace of a pseudonym (see {@code docs/security.md}).
     */
    public void ensure(TableDefinition table) {
        if (exists(table)) {
            return;
        }
        // Writers of one process create a table one at a time; writers of two processes race, and the loser retries.
        synchronized (CREATING.computeIfAbsent(path(table), location -> new Object())) {
            if (!exists(table)) {
                create(table);
            }
        }
    }

    private void create(TableDefinition table) {
        StructType schema = StructType.fromDDL(table.ddl());
        var builder = DeltaTable.createIfNotExists(spark)
                .location(path(table))
                .addColumns(schema)
                .partitionedBy(table.partitionBy().toArray(String[]::new));
        for (Map.Entry<String, String> property : DeltaHistory.privacyProperties(
                        List.of(schema.fields()), table.partitionBy())
                .entrySet()) {
            builder = builder.property(property.getKey(), property.getValue());
        }
        try {
            builder.execute();
        } catch (RuntimeException e) {
            if (exists(table)) {
                return;
            }
            if (e instanceof SparkThrowable error
                    && "DELTA_CREATE_TABLE_WITH_NON_EMPTY_LOCATION".equals(error.getCondition())) {
                // Another process is creating it (its log or data files are there, its first commit is not yet):
                // retried from a fresh look, and reported as a conflict if the folder never becomes a table.
                throw new TableBeingCreatedException(table.name(), hasLog(table), e);
            }
            throw e;
        }
    }

    /** True when the table's folder has a transaction log folder, perhaps without a commit yet. */
    private boolean hasLog(TableDefinition table) {
        org.apache.hadoop.fs.Path log = new org.apache.hadoop.fs.Path(path(table) + "/_delta_log");
        try {
            return log.getFileSystem(spark.sessionState().newHadoopConf()).exists(log);
        } catch (IOException e) {
            return false;
        }
    }

    /** The latest version of a table, or -1 when it does not exist. */
    public long version(TableDefinition table) {
        if (!exists(table)) {
            return -1;
        }
        return DeltaTable.forPath(spark, path(table))
                .history(1)
                .select("version")
                .first()
                .getLong(0);
    }

    public Dataset<Row> read(TableDefinition table) {
        return spark.read().format("delta").load(path(table));
    }

    /**
     * Merges rows on the table's natural key in one Delta transaction, creating the table first if needed: new keys
     * are inserted, rows whose content changed (any column but {@code batch_id}) are updated, identical rows are left
     * alone. When the table holds none of the rows' keys (the usual new file) they are appended instead, in a
     * transaction that reads the whole table ({@link KeyedAppend}); otherwise a MERGE. Never a blind append, so that a
     * writer racing this one makes it retry (see {@link ConflictRetry}) instead of both inserting the same key.
     */
    public void merge(TableDefinition table, Dataset<Row> rows, StagedKeys staged) {
        ensure(table);
        if (appended.appendIfNoKeyHeld(path(table), table, rows, staged).isPresent()) {
            return;
        }
        String key = table.naturalKey().stream()
                .map(column -> "target." + column + " = source." + column)
                .collect(Collectors.joining(" AND "));
        String changed = table.columnNames().stream()
                .filter(column -> !table.naturalKey().contains(column) && !column.equals("batch_id"))
                .map(column -> "NOT (target." + column + " <=> source." + column + ")")
                .collect(Collectors.joining(" OR "));
        var merge = DeltaTable.forPath(spark, path(table)).as("target").merge(rows.as("source"), key);
        (changed.isEmpty() ? merge : merge.whenMatched(changed).updateAll())
                .whenNotMatched()
                .insertAll()
                .execute();
    }

    /**
     * What {@link #merge} would do with the rows, without doing it: how many it would insert (new keys), update (a
     * key the table holds, with other content) and leave alone (the same row).
     */
    public MergePreview previewMerge(TableDefinition table, Dataset<Row> rows) {
        long staged = rows.count();
        if (!exists(table)) {
            return new MergePreview(staged, 0, 0);
        }
        List<String> key = table.naturalKey();
        Dataset<Row> target = read(table)
                .selectExpr(table.columnNames().stream()
                        .filter(column -> !column.equals("batch_id"))
                        .toArray(String[]::new));
        org.apache.spark.sql.Column on = key.stream()
                .map(column -> col("source." + column).equalTo(col("target." + column)))
                .reduce(org.apache.spark.sql.Column::and)
                .orElseThrow();
        Dataset<Row> matched = rows.as("source").join(target.as("target"), on, "inner");
        long found = matched.count();
        String changed = table.columnNames().stream()
                .filter(column -> !key.contains(column) && !column.equals("batch_id"))
                .map(column -> "NOT (target." + column + " <=> source." + column + ")")
                .collect(Collectors.joining(" OR "));
        long updated = changed.isEmpty() ? 0 : matched.filter(changed).count();
        return new MergePreview(staged - found, updated, found - updated);
    }

    /**
     * What a merge would do.
     *
     * @param inserted rows with a key the table does not hold
     * @param updated rows with a key the table holds, whose content differs
     * @param unchanged rows the table holds as they are
     */
    public record MergePreview(long inserted, long updated, long unchanged) {}

    /**
     * Inserts the rows whose natural key the table does not hold yet, in one transaction, and leaves the others
     * alone; returns the number inserted. Two writers recording the same key at once: one inserts, the other's commit
     * conflicts, and its retry inserts nothing.
     */
    public long insertNew(TableDefinition table, Dataset<Row> rows, StagedKeys staged) {
        ensure(table);
        OptionalLong appended = this.appended.appendIfNoKeyHeld(path(table), table, rows, staged);
        if (appended.isPresent()) {
            return appended.getAsLong();
        }
        String key = table.naturalKey().stream()
                .map(column -> "target." + column + " = source." + column)
                .collect(Collectors.joining(" AND "));
        Row metrics = DeltaTable.forPath(spark, path(table))
                .as("target")
                .merge(rows.as("source"), key)
                .whenNotMatched()
                .insertAll()
                .execute()
                .first();
        return metrics.getLong(metrics.fieldIndex("num_inserted_rows"));
    }

    public void append(TableDefinition table, Dataset<Row> rows) {
        ensure(table);
        rows.write().format("delta").mode("append").save(path(table));
    }

    /** True when the batch table records a file with this SHA-256, read from the latest snapshot. */
    public boolean hasBatch(String batchId) {
        return batchIds().contains(batchId);
    }

    /** The SHA-256 of every file already ingested. */
    public List<String> batchIds() {
        return strings(LakeTables.BATCHES, "batch_id").stream()
                .map(row -> row[0])
                .toList();
    }

    /** The editions, enrolments (with their roles), sessions and partners the lake holds, for checking new rows. */
    public ReferenceData references() {
        Map<String, String> programmeByEdition = new HashMap<>();
        Set<String> enrolments = new HashSet<>();
        Set<String> participants = new HashSet<>();
        Map<String, String> editionBySession = new HashMap<>();
        Map<String, String> roleByEnrolment = new HashMap<>();
        strings(LakeTables.EDITIONS, "edition_id", "programme_id")
                .forEach(row -> programmeByEdition.put(row[0], row[1]));
        strings(LakeTables.ENROLMENTS, "participant_key", "edition_id", "role").forEach(row -> {
            String enrolment = ReferenceData.enrolmentKey(row[0], row[1]);
            enrolments.add(enrolment);
            participants.add(row[0]);
            roleByEnrolment.put(enrolment, row[2]);
        });
        strings(LakeTables.SESSIONS, "session_id", "edition_id").forEach(row -> editionBySession.put(row[0], row[1]));
        Map<String, String> programmeByPartner = new HashMap<>();
        strings(LakeTables.PARTNERS, "partner_id", "programme_id")
                .forEach(row -> programmeByPartner.put(row[0], row[1]));
        return new ReferenceData(
                programmeByEdition, enrolments, participants, editionBySession, roleByEnrolment, programmeByPartner);
    }

    /** The columns of every row of the table's latest version, read on the driver; none when it does not exist. */
    private List<String[]> strings(TableDefinition table, String... columns) {
        if (!exists(table)) {
            return List.of();
        }
        return driver.strings(path(table), List.of(columns));
    }
}
