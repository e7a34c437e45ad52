package io.longitude.ingest.erase;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import io.delta.tables.DeltaTable;
import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.LakeUri;
import io.longitude.core.lake.TableDefinition;
import io.longitude.core.privacy.Pseudonymizer;
import io.longitude.core.progress.Progress;
import io.longitude.ingest.lake.DeltaLake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The public entry point of erasure (GDPR art. 17): removes one person of one programme from the lake and the
 * quarantine files so that no file under them holds the person's pseudonym or source id any more.
 *
 * <p>The rows are removed by MERGE on a one-person source, not by DELETE with a literal, because Delta writes a
 * DELETE's predicate, literal included, into the commit's {@code commitInfo}. Then every table that can hold a
 * pseudonym is purged ({@link DeltaHistory#purge}): VACUUM with a retention of 0 hours and the log truncated to a
 * fresh checkpoint, which ends time travel to the versions before the erasure.
 */
public final class Erasure {
    /** The lake tables that hold participant keys, each with its rows scoped to an edition. */
    static final List<TableDefinition> PERSONAL_TABLES = List.of(
            LakeTables.ENROLMENTS,
            LakeTables.ATTENDANCE,
            LakeTables.ASSESSMENTS,
            LakeTables.RESPONSES,
            LakeTables.STAFF_RESPONSES,
            LakeTables.SESSION_FEEDBACK);

    private Erasure() {}

    /**
     * Erases the person with this source id from the programme's editions: their rows in every lake table, the ties
     * other respondents of the programme reported with them, their quarantined rows; then purges the history of every
     * table that holds pseudonyms. Fails, changing nothing, when the person has no enrolment in the programme.
     */
    public static ErasureReport erase(
            SparkSession spark,
            String lakeRoot,
            Path quarantineFolder,
            Pseudonymizer pseudonymizer,
            String programmeId,
            String sourceId) {
        return erase(spark, lakeRoot, quarantineFolder, pseudonymizer, programmeId, sourceId, Progress.NONE);
    }

    /**
     * Like {@link #erase(SparkSession, String, Path, Pseudonymizer, String, String)}, telling {@code progress} as each
     * table's rows are removed and as each table's history is purged.
     */
    public static ErasureReport erase(
            SparkSession spark,
            String lakeRoot,
            Path quarantineFolder,
            Pseudonymizer pseudonymizer,
            String programmeId,
            String sourceId,
            Progress progress) {
        Objects.requireNonNull(programmeId, "programmeId is null");
        Objects.requireNonNull(sourceId, "sourceId is null");
        DeltaLake lake = new DeltaLake(spark, LakeUri.normalise(lakeRoot));
        String key = pseudonymizer.pseudonym(sourceId);
        List<String> editions = editions(lake, programmeId);
        if (!lake.exists(LakeTables.ENROLMENTS)
                || lake.read(LakeTables.ENROLMENTS)
                        .filter(col("participant_key")
                                .equalTo(key)
                                .and(col("programme_id").equalTo(programmeId)))
                        .isEmpty()) {
            throw new IllegalArgumentException(
                    "Cannot erase, the source id has no enrolment in programme " + programmeId);
        }
        DeltaHistory history = new DeltaHistory(spark);
        Dataset<Row> person = spark.createDataset(editions, Encoders.STRING())
                .toDF("edition_id")
                .withColumn("participant_key", lit(key));
        Map<String, Long> removed = new LinkedHashMap<>();
        long ties = 0;
        int steps = PERSONAL_TABLES.size() * 2;
        int step = 0;
        for (TableDefinition table : PERSONAL_TABLES) {
            progress.step(++step, steps, table.name() + ": rows removed");
            if (!lake.exists(table)) {
                continue;
            }
            history.protect(lake.path(table));
            removed.put(table.name(), deleteRows(spark, lake, table, person));
            if (table.column("ties").isPresent()) {
                ties += removeTies(spark, lake, table, key);
            }
        }
        List<String> elsewhere = lake.read(LakeTables.ENROLMENTS)
                .filter(col("participant_key").equalTo(key))
                .select("programme_id")
                .distinct()
                .as(Encoders.STRING())
                .collectAsList();
        QuarantineErasure.QuarantineCount quarantine = new QuarantineErasure(sourceId, key).erase(quarantineFolder);
        ErasureReport report = new ErasureReport(
                programmeId,
                removed,
                ties,
                quarantine.files(),
                quarantine.linesRemoved(),
                quarantine.linesRedacted(),
                0,
                0,
                elsewhere);
        for (TableDefinition table : PERSONAL_TABLES) {
            progress.step(++step, steps, table.name() + ": history purged");
            if (lake.exists(table)) {
                DeltaHistory.PurgeCount purged = history.purge(lake.path(table));
                report = report.withStorage(purged.dataFiles(), purged.logFiles());
            }
        }
        return report;
    }

    /**
     * Purges the history of every Delta table directly under {@code root} (e.g. the metric tables after they were
     * recomputed without the person), as {@link DeltaHistory#purge} does for the lake's tables.
     */
    public static DeltaHistory.PurgeCount purgeTables(SparkSession spark, String root) {
        return purgeTables(spark, root, Progress.NONE);
    }

    /** Like {@link #purgeTables(SparkSession, String)}, telling {@code progress} as each table is purged. */
    public static DeltaHistory.PurgeCount purgeTables(SparkSession spark, String root, Progress progress) {
        String normalised = LakeUri.normalise(root);
        org.apache.hadoop.fs.Path folder = new org.apache.hadoop.fs.Path(normalised);
        DeltaHistory history = new DeltaHistory(spark);
        long dataFiles = 0;
        long logFiles = 0;
        try {
            FileSystem fileSystem = folder.getFileSystem(spark.sessionState().newHadoopConf());
            if (!fileSystem.exists(folder)) {
                return new DeltaHistory.PurgeCount(0, 0);
            }
            List<String> tables = new ArrayList<>();
            for (FileStatus status : fileSystem.listStatus(folder)) {
                if (status.isDirectory()
                        && DeltaTable.isDeltaTable(spark, status.getPath().toString())) {
                    tables.add(status.getPath().toString());
                }
            }
            for (int index = 0; index < tables.size(); index++) {
                String table = tables.get(index);
                progress.step(
                        index + 1, tables.size(), table.substring(table.lastIndexOf('/') + 1) + ": history purged");
                history.protect(table);
                DeltaHistory.PurgeCount purged = history.purge(table);
                dataFiles += purged.dataFiles();
                logFiles += purged.logFiles();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the tables under " + normalised + ": " + e.getMessage(), e);
        }
        return new DeltaHistory.PurgeCount(dataFiles, logFiles);
    }

    private static List<String> editions(DeltaLake lake, String programmeId) {
        if (!lake.exists(LakeTables.EDITIONS)) {
            return List.of();
        }
        return lake.read(LakeTables.EDITIONS)
                .filter(col("programme_id").equalTo(programmeId))
                .select("edition_id")
                .as(Encoders.STRING())
                .collectAsList();
    }

    private static long deleteRows(SparkSession spark, DeltaLake lake, TableDefinition table, Dataset<Row> person) {
        long rows = lake.read(table)
                .join(person, new String[] {"participant_key", "edition_id"}, "left_semi")
                .count();
        if (rows > 0) {
            DeltaTable.forPath(spark, lake.path(table))
                    .as("target")
                    .merge(
                            person.as("source"),
                            "target.participant_key = source.participant_key AND target.edition_id = source.edition_id")
                    .whenMatched()
                    .delete()
                    .execute();
        }
        return rows;
    }

    /** Rewrites every response whose ties name the person (whatever its programme: the tie is the person's data too), without them. */
    private static long removeTies(SparkSession spark, DeltaLake lake, TableDefinition table, String key) {
        Dataset<Row> erased =
                spark.createDataset(List.of(key), Encoders.STRING()).toDF("erased_key");
        String names = "exists(target.ties, tie -> tie.participant_key = source.erased_key)";
        long rows = lake.read(table)
                .as("target")
                .join(erased.as("source"), expr(names), "left_semi")
                .count();
        if (rows > 0) {
            DeltaTable.forPath(spark, lake.path(table))
                    .as("target")
                    .merge(erased.as("source"), names)
                    .whenMatched()
                    .updateExpr(Map.of("ties", "filter(target.ties, tie -> tie.participant_key <> source.erased_key)"))
                    .execute();
        }
        return rows;
    }
}
