package io.longitude.analytics.io;

import io.delta.tables.DeltaTable;
import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.LakeUri;
import io.longitude.core.lake.TableDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * The lake tables one analysis reads, each pinned at one Delta version so that every metric of a run sees the same
 * data, and the versions can be written beside the metrics. A snapshot is the latest state, the state at a time
 * (Delta time travel by timestamp), or given versions (those another metric table recorded).
 */
public final class LakeSnapshot {
    static final List<TableDefinition> INPUTS = List.of(
            LakeTables.EDITIONS, LakeTables.ENROLMENTS, LakeTables.SESSIONS, LakeTables.ATTENDANCE,
            LakeTables.ASSESSMENTS, LakeTables.RESPONSES, LakeTables.STAFF_RESPONSES);

    private final Map<String, Dataset<Row>> tables;
    private final Map<String, Long> versions;
    private final long bytes;

    private LakeSnapshot(Map<String, Dataset<Row>> tables, Map<String, Long> versions, long bytes) {
        this.tables = tables;
        this.versions = versions;
        this.bytes = bytes;
    }

    /** Reads the latest version of every input table; a missing table reads as empty. */
    public static LakeSnapshot latest(SparkSession spark, String lakeRoot) {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (TableDefinition table : INPUTS) {
            versions.put(table.name(), DeltaVersions.latest(spark, LakeUri.table(lakeRoot, table)));
        }
        return at(spark, lakeRoot, versions);
    }

    /**
     * Reads every input table as it stood at the instant: the latest version committed at or before it (-1, an empty
     * table, for a table created later).
     */
    public static LakeSnapshot atTime(SparkSession spark, String lakeRoot, Instant instant) {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (TableDefinition table : INPUTS) {
            String path = LakeUri.table(lakeRoot, table);
            long version = -1;
            if (DeltaVersions.latest(spark, path) >= 0) {
                List<Row> found = DeltaTable.forPath(spark, path).history()
                        .filter(functions.col("timestamp").leq(Timestamp.from(instant)))
                        .agg(functions.max("version")).collectAsList();
                version = found.isEmpty() || found.get(0).isNullAt(0) ? -1 : found.get(0).getLong(0);
            }
            versions.put(table.name(), version);
        }
        return at(spark, lakeRoot, versions);
    }

    /**
     * Reads every input table at the given version; tables not named, or at -1, read as empty.
     *
     * @throws IllegalArgumentException when a version does not exist (yet, or any more after VACUUM of its files)
     */
    public static LakeSnapshot at(SparkSession spark, String lakeRoot, Map<String, Long> wanted) {
        Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
        Map<String, Long> versions = new LinkedHashMap<>();
        long bytes = 0;
        for (TableDefinition table : INPUTS) {
            String path = LakeUri.table(lakeRoot, table);
            long version = wanted.getOrDefault(table.name(), -1L);
            long latest = DeltaVersions.latest(spark, path);
            if (version > latest) {
                throw new IllegalArgumentException("Cannot read " + table.name() + " at version " + version + ", the latest is " + latest);
            }
            if (version >= 0) {
                tables.put(table.name(), spark.read().format("delta").option("versionAsOf", version).load(path));
                bytes += size(spark, path);
            } else {
                tables.put(table.name(), spark.createDataFrame(List.of(), StructType.fromDDL(table.ddl())));
            }
            versions.put(table.name(), version);
        }
        return new LakeSnapshot(tables, versions, bytes);
    }

    /** Parses {@code editions=0,enrolments=1,...} as written in the metric table's input_versions. */
    public static Map<String, Long> parseVersions(String text) {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("Cannot parse table versions, expected table=version,...: " + text);
            }
            try {
                versions.put(pair[0].trim(), Long.parseLong(pair[1].trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Cannot parse table versions, " + pair[1] + " is not a version: " + text, e);
            }
        }
        return versions;
    }

    /** True when the folder holds a Delta table with at least one commit. */
    public static boolean exists(SparkSession spark, String tablePath) {
        return DeltaVersions.latest(spark, tablePath) >= 0;
    }

    public Dataset<Row> table(TableDefinition table) {
        Dataset<Row> rows = tables.get(table.name());
        if (rows == null) {
            throw new IllegalArgumentException("Cannot read table " + table.name() + ", it is not an input of the analysis");
        }
        return rows;
    }

    /** The versions read, e.g. {@code editions=0,enrolments=1,...}; -1 for a table that does not exist yet. */
    public String versions() {
        return versions.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(","));
    }

    /** The bytes of the input tables' folders (all versions' files: an upper bound of what the run reads). */
    public long bytes() {
        return bytes;
    }

    private static long size(SparkSession spark, String path) {
        Path folder = new Path(path);
        try {
            return folder.getFileSystem(spark.sparkContext().hadoopConfiguration()).getContentSummary(folder).getLength();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot measure " + path + ": " + e.getMessage(), e);
        }
    }
}
