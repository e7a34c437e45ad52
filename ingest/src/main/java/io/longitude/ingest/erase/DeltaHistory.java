package io.longitude.ingest.erase;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.Snapshot;
import org.apache.spark.sql.types.StructField;
import scala.Option;

/**
 * Makes a Delta table forget what it no longer holds. A DELETE only adds a commit: the removed rows stay in the old
 * Parquet files (or behind a deletion vector) until VACUUM, and the transaction log keeps per-file statistics
 * (minValues, maxValues) that can hold an identifier in any old commit or checkpoint. {@link #purge} therefore
 * rewrites deletion vectors away, vacuums with no retention, writes a checkpoint without tombstones and deletes every
 * log file before it: the table keeps its current rows and loses its history (time travel to earlier versions).
 */
public final class DeltaHistory {
    /** Columns that hold a participant's pseudonym or a survey tool's submission id: never in the log's statistics. */
    public static final Set<String> IDENTIFYING_COLUMNS =
            Set.of("participant_key", "ties", "source_submission_id", "group_key");

    /** The column types Delta collects statistics on (it refuses others in {@code dataSkippingStatsColumns}). */
    private static final Set<String> SKIPPING_TYPES = Set.of(
            "byte", "short", "integer", "long", "float", "double", "string", "date", "timestamp", "timestamp_ntz");

    static final String RETENTION_CHECK = "spark.databricks.delta.retentionDurationCheck.enabled";
    static final String LISTING_PARALLELISM = "spark.sql.sources.parallelPartitionDiscovery.parallelism";
    private static final String STATS_COLUMNS = "delta.dataSkippingStatsColumns";
    private static final String DELETION_VECTORS = "delta.enableDeletionVectors";
    private static final String TOMBSTONE_RETENTION = "delta.deletedFileRetentionDuration";
    private static final Pattern LOG_FILE =
            Pattern.compile("(\\d{20})\\.(json|crc|checkpoint\\..*parquet|\\d{20}\\.compacted\\.json)");

    private final SparkSession spark;

    public DeltaHistory(SparkSession spark) {
        this.spark = spark;
    }

    /**
     * Table properties that keep identifiers out of the log from now on: statistics only on the columns that are not
     * {@link #IDENTIFYING_COLUMNS} nor partition columns, and no deletion vectors, so a DELETE rewrites its files.
     */
    public static Map<String, String> privacyProperties(List<StructField> columns, List<String> partitionColumns) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(
                STATS_COLUMNS,
                columns.stream()
                        .filter(column ->
                                SKIPPING_TYPES.contains(column.dataType().typeName()))
                        .map(StructField::name)
                        .filter(name -> !IDENTIFYING_COLUMNS.contains(name) && !partitionColumns.contains(name))
                        .collect(Collectors.joining(",")));
        properties.put(DELETION_VECTORS, "false");
        return properties;
    }

    /** Sets {@link #privacyProperties} on an existing table, so that the next DELETE rewrites files whose statistics omit identifiers. */
    public void protect(String tablePath) {
        DeltaTable table = DeltaTable.forPath(spark, tablePath);
        List<StructField> columns = List.of(table.toDF().schema().fields());
        List<String> partitions = partitionColumns(tablePath);
        setProperties(tablePath, privacyProperties(columns, partitions));
    }

    /**
     * Leaves only the current version of the table on storage: deletion vectors purged, unreferenced files vacuumed
     * with a retention of 0 hours, a checkpoint of the current version without tombstones, every earlier log file
     * deleted. Returns the number of data files vacuumed and log files deleted.
     */
    public PurgeCount purge(String tablePath) {
        Map<String, String> before = properties(tablePath);
        String previousRetention = before.get(TOMBSTONE_RETENTION);
        setProperties(tablePath, Map.of(TOMBSTONE_RETENTION, "interval 0 hours"));
        try {
            spark.sql("REORG TABLE delta.`" + tablePath + "` APPLY (PURGE)");
            long vacuumed = vacuum(tablePath);
            long logFiles = truncateLog(tablePath);
            return new PurgeCount(vacuumed, logFiles);
        } finally {
            if (previousRetention == null) {
                spark.sql("ALTER TABLE delta.`" + tablePath + "` UNSET TBLPROPERTIES ('" + TOMBSTONE_RETENTION + "')");
            } else {
                setProperties(tablePath, Map.of(TOMBSTONE_RETENTION, previousRetention));
            }
        }
    }

    /**
     * VACUUM … RETAIN 0 HOURS, with Delta's retention check off for this call only. Returns the files it deleted.
     *
     * <p>Delta lists the table's folders in a Spark job of {@value #LISTING_PARALLELISM} tasks (Spark's default is
     * 10,000: 12–19 s per table of the demo on two cores, where the listing itself takes milliseconds); for the call,
     * the job has one task per core of the session.
     */
    private long vacuum(String tablePath) {
        long before = dataFiles(tablePath);
        Map<String, String> settings = Map.of(
                RETENTION_CHECK,
                "false",
                LISTING_PARALLELISM,
                String.valueOf(Math.max(1, spark.sparkContext().defaultParallelism())));
        Map<String, String> previous = new LinkedHashMap<>();
        settings.keySet().forEach(key -> previous.put(key, spark.conf().get(key, null)));
        settings.forEach((key, value) -> spark.conf().set(key, value));
        try {
            spark.sql("VACUUM delta.`" + tablePath + "` RETAIN 0 HOURS").collectAsList();
        } finally {
            previous.forEach((key, value) -> {
                if (value == null) {
                    spark.conf().unset(key);
                } else {
                    spark.conf().set(key, value);
                }
            });
        }
        return before - dataFiles(tablePath);
    }

    private long dataFiles(String tablePath) {
        Path folder = new Path(tablePath);
        try {
            FileSystem fileSystem = folder.getFileSystem(spark.sessionState().newHadoopConf());
            RemoteIterator<LocatedFileStatus> files = fileSystem.listFiles(folder, true);
            long count = 0;
            while (files.hasNext()) {
                Path file = files.next().getPath();
                if (!file.toString().contains("/_delta_log/") && !file.getName().startsWith(".")) {
                    count++;
                }
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the files of " + tablePath + ": " + e.getMessage(), e);
        }
    }

    /** Checkpoints the current version (tombstones expire at once) and deletes every log file of an earlier version. */
    private long truncateLog(String tablePath) {
        DeltaLog log = DeltaLog.forTable(spark, tablePath);
        Snapshot snapshot = log.update(false, Option.empty(), Option.empty());
        log.checkpoint(snapshot, Option.empty());
        long version = snapshot.version();
        if (!log.checkpointExistsAtVersion(version)) {
            throw new IllegalStateException(
                    "Cannot truncate the log of " + tablePath + ", no checkpoint at version " + version);
        }
        Path folder = new Path(tablePath, "_delta_log");
        try {
            FileSystem fileSystem = folder.getFileSystem(spark.sessionState().newHadoopConf());
            long deleted = 0;
            for (FileStatus file : fileSystem.listStatus(folder)) {
                Matcher name = LOG_FILE.matcher(file.getPath().getName());
                if (file.isFile() && name.matches() && Long.parseLong(name.group(1)) < version) {
                    fileSystem.delete(file.getPath(), false);
                    deleted++;
                }
            }
            DeltaLog.clearCache();
            return deleted;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot truncate the log of " + tablePath + ": " + e.getMessage(), e);
        }
    }

    private void setProperties(String tablePath, Map<String, String> properties) {
        Map<String, String> current = properties(tablePath);
        List<String> changed = new ArrayList<>();
        properties.forEach((key, value) -> {
            if (!value.equals(current.get(key))) {
                changed.add("'" + key + "' = '" + value + "'");
            }
        });
        if (!changed.isEmpty()) {
            spark.sql("ALTER TABLE delta.`" + tablePath + "` SET TBLPROPERTIES (" + String.join(", ", changed) + ")");
        }
    }

    private Map<String, String> properties(String tablePath) {
        Map<String, String> properties = new LinkedHashMap<>();
        spark.sql("SHOW TBLPROPERTIES delta.`" + tablePath + "`")
                .collectAsList()
                .forEach(row -> properties.put(row.getString(0), row.getString(1)));
        return properties;
    }

    private List<String> partitionColumns(String tablePath) {
        return spark.sql("DESCRIBE DETAIL delta.`" + tablePath + "`")
                .select("partitionColumns")
                .first()
                .getList(0);
    }

    /**
     * What a purge removed.
     *
     * @param dataFiles Parquet and deletion-vector files vacuumed
     * @param logFiles commits, checksums and checkpoints of earlier versions deleted
     */
    public record PurgeCount(long dataFiles, long logFiles) {}
}
