package io.longitude.dashboard.audit;

import static org.apache.spark.sql.functions.col;

import io.delta.tables.DeltaTable;
import io.longitude.core.lake.LakeUri;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The audit log on disk: one append-only Delta table ({@code delta.appendOnly=true}, so Delta itself refuses DELETE,
 * UPDATE and MERGE on it) at {@code <audit root>/log}. The audit root is its own root, beside the lake and the metrics
 * rather than under them, so that no view over the lake (the analysts' SQL console) and no report reads it.
 *
 * <p>Blind appends do not conflict in Delta, so the server and a command line may append at the same time.
 */
public final class AuditTable {
    /** The folder of the table under the audit root. */
    public static final String NAME = "log";

    public static final StructType SCHEMA = new StructType()
            .add("at", DataTypes.TimestampType, false)
            .add("username", DataTypes.StringType, false)
            .add("role", DataTypes.StringType, false)
            .add("action", DataTypes.StringType, false)
            .add("object", DataTypes.StringType, false)
            .add("rows", DataTypes.LongType, false)
            .add("detail", DataTypes.StringType, true);

    private AuditTable() {}

    /** The table's URI under an audit root ({@code data/audit}, {@code hdfs://...}). */
    public static String path(String auditRoot) {
        return LakeUri.normalise(auditRoot) + "/" + NAME;
    }

    /**
     * Appends one entry in a commit of its own, creating the table if needed. For the command line (e.g. an erasure),
     * which runs without the server and its buffer.
     */
    public static void append(SparkSession spark, String auditRoot, AuditEntry entry) {
        append(spark, auditRoot, List.of(entry));
    }

    /** Appends entries in one commit, creating the table if needed. */
    public static void append(SparkSession spark, String auditRoot, List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String path = create(spark, auditRoot);
        List<Row> rows = entries.stream().map(AuditTable::row).toList();
        // mergeSchema: a log created before the detail column gets it at its next append (old rows read as NULL).
        spark.createDataFrame(rows, SCHEMA)
                .write()
                .format("delta")
                .mode("append")
                .option("mergeSchema", "true")
                .save(path);
    }

    /** Creates the empty append-only table unless it exists; returns its path. */
    public static String create(SparkSession spark, String auditRoot) {
        String path = path(auditRoot);
        if (DeltaTable.isDeltaTable(spark, path)) {
            return path;
        }
        try {
            DeltaTable.createIfNotExists(spark)
                    .location(path)
                    .addColumns(SCHEMA)
                    .property("delta.appendOnly", "true")
                    .comment("Longitude audit log: who did what to which object; no participant data")
                    .execute();
        } catch (RuntimeException e) {
            // Another process may have created it between the check and the commit.
            if (!DeltaTable.isDeltaTable(spark, path)) {
                throw new IllegalStateException("Cannot create the audit table " + path + ": " + e.getMessage(), e);
            }
        }
        return path;
    }

    /**
     * The first {@code limit} entries that match, newest first; none when the table does not exist yet.
     */
    public static List<AuditEntry> newest(SparkSession spark, String auditRoot, AuditQuery query, long limit) {
        String path = path(auditRoot);
        if (!DeltaTable.isDeltaTable(spark, path)) {
            return List.of();
        }
        Dataset<Row> rows = spark.read().format("delta").load(path);
        if (!java.util.Arrays.asList(rows.columns()).contains("detail")) {
            rows = rows.withColumn(
                    "detail", org.apache.spark.sql.functions.lit(null).cast(DataTypes.StringType));
        }
        if (query.from() != null) {
            rows = rows.where(col("at").geq(org.apache.spark.sql.functions.lit(Timestamp.from(query.from()))));
        }
        if (query.until() != null) {
            rows = rows.where(col("at").lt(org.apache.spark.sql.functions.lit(Timestamp.from(query.until()))));
        }
        if (!query.username().isEmpty()) {
            rows = rows.where(col("username").equalTo(query.username()));
        }
        if (!query.action().isEmpty()) {
            rows = rows.where(
                    col("action").equalTo(query.action()).or(col("action").startsWith(query.action() + ".")));
        }
        return rows
                .select("at", "username", "role", "action", "object", "rows", "detail")
                .orderBy(col("at").desc(), col("username"), col("action"), col("object"))
                .limit(Math.toIntExact(Math.min(limit, Integer.MAX_VALUE)))
                .collectAsList()
                .stream()
                .map(AuditTable::entry)
                .toList();
    }

    private static Row row(AuditEntry entry) {
        return RowFactory.create(
                Timestamp.from(entry.at()),
                entry.username(),
                entry.role(),
                entry.action(),
                entry.object(),
                entry.rows(),
                entry.detail().isEmpty() ? null : entry.detail());
    }

    private static AuditEntry entry(Row row) {
        Object at = row.get(0);
        Instant instant = at instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) at;
        return new AuditEntry(
                instant,
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getLong(5),
                row.getString(6));
    }
}
