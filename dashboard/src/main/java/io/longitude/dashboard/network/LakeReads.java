package io.longitude.dashboard.network;

import io.longitude.analytics.io.DeltaVersions;
import io.longitude.core.lake.LakeUri;
import io.longitude.core.lake.TableDefinition;
import io.longitude.dashboard.system.LongitudeProperties;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.springframework.stereotype.Component;

/**
 * Lake tables read at a given Delta version through the application's Spark session, so that a page's cache can be
 * keyed by the versions it read (a cheap listing of {@code _delta_log}) and a reload never mixes two versions.
 */
@Component
public class LakeReads {
    private final SparkSession spark;
    private final String root;
    private final String metricsRoot;

    public LakeReads(SparkSession spark, LongitudeProperties properties) {
        this.spark = spark;
        this.root = properties.lake();
        this.metricsRoot = properties.metrics();
    }

    /** The latest version of the table, -1 when it does not exist yet. */
    public long version(TableDefinition table) {
        return DeltaVersions.latest(spark, LakeUri.table(root, table));
    }

    /** The latest versions of the tables, in their order: a cache key. */
    public List<Long> versions(List<TableDefinition> tables) {
        return tables.stream().map(this::version).toList();
    }

    /** The table as of the version, or an empty table with its schema when the version is -1. */
    public Dataset<Row> read(TableDefinition table, long version) {
        return read(root, table, version);
    }

    /** The latest versions of tables that analytics writes under the metrics root ({@code MetricTables}), in their order. */
    public List<Long> metricVersions(List<TableDefinition> tables) {
        return tables.stream()
                .map(table -> DeltaVersions.latest(spark, LakeUri.table(metricsRoot, table)))
                .toList();
    }

    /** A table under the metrics root as of the version, or an empty table with its schema when the version is -1. */
    public Dataset<Row> readMetrics(TableDefinition table, long version) {
        return read(metricsRoot, table, version);
    }

    private Dataset<Row> read(String tablesRoot, TableDefinition table, long version) {
        if (version < 0) {
            return spark.createDataFrame(List.of(), StructType.fromDDL(table.ddl()));
        }
        return spark.read().format("delta").option("versionAsOf", version).load(LakeUri.table(tablesRoot, table));
    }
}
