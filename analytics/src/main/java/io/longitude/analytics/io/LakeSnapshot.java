package io.longitude.analytics.io;

import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import io.delta.tables.DeltaTable;
import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.LakeUri;
import io.longitude.core.lake.TableDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
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
    /** The lake tables an analysis reads, in the order of {@code AnalysisInputs}' components. */
    public static final List<TableDefinition> INPUTS = List.of(
            LakeTables.EDITIONS,
            LakeTables.ENROLMENTS,
            LakeTables.SESSIONS,
            LakeTables.ATTENDANCE,
            LakeTables.ASSESSMENTS,
            LakeTables.RESPONSES,
            LakeTables.STAFF_RESPONSES,
            LakeTables.SESSION_FEEDBACK,
            LakeTables.PARTNER_RESPONSES);

    private static final int PINNING_THREADS = 4;

    /**
     * How the tables are read: {@code kernel} (the default: Delta Kernel lists the pinned files on the driver, Spark
     * scans them) or {@code delta} (Delta's own Spark reader for every table, as before Kernel; for comparisons).
     */
    public static final String READER = "spark.longitude.analytics.reader";

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
                List<Row> found = DeltaTable.forPath(spark, path)
                        .history()
                        .filter(functions.col("timestamp").leq(Timestamp.from(instant)))
                        .agg(functions.max("version"))
                        .collectAsList();
                version = found.isEmpty() || found.get(0).isNullAt(0)
                        ? -1
                        : found.get(0).getLong(0);
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
        List<Pinned> pinned = pinAll(spark, lakeRoot, wanted);
        for (int index = 0; index < INPUTS.size(); index++) {
            TableDefinition table = INPUTS.get(index);
            tables.put(table.name(), pinned.get(index).rows());
            versions.put(table.name(), pinned.get(index).version());
            bytes += pinned.get(index).bytes();
        }
        return new LakeSnapshot(tables, versions, bytes);
    }

    /** One input table read at its version, with the bytes of its folder. */
    private record Pinned(Dataset<Row> rows, long version, long bytes) {}

    /**
     * Reads the tables at once on a few threads: replaying each table's log and looking up its files is driver work that
     * mostly waits on the file system (or, through Delta's reader, on small Spark jobs).
     */
    private static List<Pinned> pinAll(SparkSession spark, String lakeRoot, Map<String, Long> wanted) {
        ExecutorService pool = Executors.newFixedThreadPool(PINNING_THREADS, task -> {
            Thread thread = new Thread(task, "longitude-snapshot");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Engine engine = DefaultEngine.create(spark.sparkContext().hadoopConfiguration());
            List<Future<Pinned>> futures = new ArrayList<>();
            for (TableDefinition table : INPUTS) {
                futures.add(
                        pool.submit(() -> pin(spark, engine, lakeRoot, table, wanted.getOrDefault(table.name(), -1L))));
            }
            List<Pinned> pinned = new ArrayList<>();
            for (Future<Pinned> future : futures) {
                pinned.add(future.get());
            }
            return pinned;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Cannot read the lake, interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(
                    "Cannot read the lake: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Pinned pin(SparkSession spark, Engine engine, String lakeRoot, TableDefinition table, long version) {
        String path = LakeUri.table(lakeRoot, table);
        long latest = DeltaVersions.latest(spark, path);
        if (version > latest) {
            throw new IllegalArgumentException(
                    "Cannot read " + table.name() + " at version " + version + ", the latest is " + latest);
        }
        if (version >= 0) {
            return new Pinned(read(spark, engine, path, version), version, size(spark, path));
        }
        return new Pinned(spark.createDataFrame(List.of(), StructType.fromDDL(table.ddl())), version, 0);
    }

    /**
     * The table at the version: its pinned Parquet files scanned by Spark, the file list read on the driver by Delta
     * Kernel; through Delta's own reader when Kernel's list cannot be scanned as plain Parquet (see {@link PinnedFiles}).
     */
    private static Dataset<Row> read(SparkSession spark, Engine engine, String path, long version) {
        Optional<PinnedFiles> pinned = "delta".equals(spark.conf().get(READER, "kernel"))
                ? Optional.empty()
                : PinnedFiles.of(engine, path, version);
        if (pinned.isEmpty()) {
            return spark.read().format("delta").option("versionAsOf", version).load(path);
        }
        StructType schema = pinned.get().schema();
        if (pinned.get().files().isEmpty()) {
            return spark.createDataFrame(List.of(), schema);
        }
        // The partition columns come from the files' folders (basePath), typed by the table's schema; the select puts
        // the columns back in the table's order, which Spark's file reader changes (partition columns last).
        return spark.read()
                .schema(schema)
                .option("basePath", path)
                .parquet(pinned.get().files().toArray(String[]::new))
                .select(Arrays.stream(schema.fieldNames()).map(functions::col).toArray(Column[]::new));
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
                throw new IllegalArgumentException(
                        "Cannot parse table versions, " + pair[1] + " is not a version: " + text, e);
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
            throw new IllegalArgumentException(
                    "Cannot read table " + table.name() + ", it is not an input of the analysis");
        }
        return rows;
    }

    /** The versions read, e.g. {@code editions=0,enrolments=1,...}; -1 for a table that does not exist yet. */
    public String versions() {
        return versions.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(","));
    }

    /** The bytes of the input tables' folders (all versions' files: an upper bound of what the run reads). */
    public long bytes() {
        return bytes;
    }

    private static long size(SparkSession spark, String path) {
        Path folder = new Path(path);
        try {
            return folder.getFileSystem(spark.sparkContext().hadoopConfiguration())
                    .getContentSummary(folder)
                    .getLength();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot measure " + path + ": " + e.getMessage(), e);
        }
    }
}
