package io.longitude.analytics.io;

import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.LakeUri;
import io.longitude.core.lake.TableDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The lake tables one analysis reads, each pinned at one Delta version so that every metric of a run sees the same
 * data, and the versions can be written beside the metrics.
 */
public final class LakeSnapshot {
    private static final List<TableDefinition> INPUTS = List.of(
            LakeTables.EDITIONS, LakeTables.ENROLMENTS, LakeTables.SESSIONS, LakeTables.ATTENDANCE,
            LakeTables.ASSESSMENTS, LakeTables.RESPONSES);

    private final Map<String, Dataset<Row>> tables;
    private final Map<String, Long> versions;

    private LakeSnapshot(Map<String, Dataset<Row>> tables, Map<String, Long> versions) {
        this.tables = tables;
        this.versions = versions;
    }

    /** Reads the latest version of every input table; a missing table reads as empty. */
    public static LakeSnapshot latest(SparkSession spark, String lakeRoot) {
        Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
        Map<String, Long> versions = new LinkedHashMap<>();
        for (TableDefinition table : INPUTS) {
            String path = LakeUri.table(lakeRoot, table);
            long version = DeltaVersions.latest(spark, path);
            if (version >= 0) {
                tables.put(table.name(), spark.read().format("delta").option("versionAsOf", version).load(path));
                versions.put(table.name(), version);
            } else {
                tables.put(table.name(), spark.createDataFrame(List.of(), org.apache.spark.sql.types.StructType.fromDDL(table.ddl())));
                versions.put(table.name(), -1L);
            }
        }
        return new LakeSnapshot(tables, versions);
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
}
