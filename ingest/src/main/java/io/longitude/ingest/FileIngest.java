package io.longitude.ingest;

import static org.apache.spark.sql.functions.lit;

import io.longitude.core.lake.LakeTables;
import io.longitude.ingest.lake.CommitConflictException;
import io.longitude.ingest.lake.ConflictRetry;
import io.longitude.ingest.lake.DeltaLake;
import io.longitude.ingest.lake.Quarantine;
import io.longitude.ingest.lake.QuarantineLedger;
import io.longitude.ingest.lake.StagedKeys;
import io.longitude.ingest.lake.StagingFile;
import io.longitude.ingest.lake.WriterLease;
import io.longitude.ingest.source.RowSource;
import io.longitude.ingest.validation.ReferenceData;
import io.longitude.ingest.validation.RowConverter;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Ingests one canonical file in two steps: {@link #prepare} validates every row and stages the accepted ones,
 * {@link #commit} writes them in one commit and records the batch.
 * Both commits are retried from a fresh snapshot when another writer wins a race ({@link ConflictRetry}); the batch
 * row is inserted only if absent, so a file that two writers ingest at once is recorded once and its rows, merged on
 * their natural key, are in the lake once.
 */
final class FileIngest {
    private final SparkSession spark;
    private final IngestConfig config;
    private final DeltaLake lake;
    private final FileValidation validation;
    private final ConflictRetry retry;

    FileIngest(SparkSession spark, IngestConfig config, FileValidation validation, ConflictRetry retry) {
        this.spark = spark;
        this.config = config;
        this.lake = new DeltaLake(spark, config.lakeRoot());
        this.validation = validation;
        this.retry = retry;
    }

    /**
     * Reads, checks and stages one file without Spark and without touching the lake: its rejected lines are in its
     * quarantine log, its accepted rows in a staging file that {@link #commit} writes. On a failure nothing of the
     * file is left but what another writer of the same file owns.
     */
    PreparedFile prepare(Path file, String batchId, ReferenceData references) {
        RowSource source = validation.open(file);
        StagingFile staging = null;
        Quarantine quarantine = null;
        try {
            RowConverter converter = validation.converter(source.kind(), references);
            Map<String, Map<String, List<QuarantineLedger.Entry>>> open = QuarantineLedger.read(config.quarantineDir())
                    .openAnswers(converter.table().name());
            List<QuarantineLedger.Later> filled = new ArrayList<>();
            quarantine = new Quarantine(
                    config.quarantineDir(), batchId, file.getFileName().toString());
            staging = new StagingFile(converter.table());
            FileValidation.Validated validated = validation.validate(
                    file,
                    source,
                    converter,
                    staging,
                    quarantine,
                    QuarantineLedger.fieldsOf(open),
                    (key, field) -> open.get(key)
                            .get(field)
                            .forEach(entry -> filled.add(new QuarantineLedger.Later(
                                    entry.batch(),
                                    entry.line(),
                                    field,
                                    QuarantineLedger.Resolution.SUPERSEDED,
                                    batchId.substring(0, 12) + "-" + file.getFileName(),
                                    "filled by a later file"))));
            quarantine.close();
            return new PreparedFile(file, batchId, source, converter, staging, quarantine, validated, filled, open);
        } catch (RuntimeException e) {
            if (staging != null) {
                staging.close();
            }
            source.close();
            if (quarantine != null) {
                discardUnlessCommitted(quarantine, batchId);
            }
            throw e;
        }
    }

    /** Commits a {@link #prepare prepared} file's rows, then records it in the batch table; closes it. */
    FileReport commit(PreparedFile prepared) {
        try (prepared) {
            Path file = prepared.file();
            String batchId = prepared.batchId();
            if (lake.hasBatch(batchId)) {
                // Another writer ingested the same bytes while this one validated them.
                return FileReport.alreadyIngested(file, batchId);
            }
            commit(file, prepared.converter(), prepared.staging(), batchId);
            QuarantineLedger.record(config.quarantineDir(), prepared.filled());
            StagingFile staging = prepared.staging();
            Quarantine quarantine = prepared.quarantine();
            if (!recordBatch(
                    file, batchId, prepared.source(), prepared.validated().read(), staging.rows(), quarantine.rows())) {
                // Another writer ingested the same bytes while this one validated them.
                return FileReport.alreadyIngested(file, batchId);
            }
            return FileReport.of(
                    file,
                    batchId,
                    prepared.source().kind().code(),
                    FileReport.Status.INGESTED,
                    prepared.validated().read(),
                    staging.rows(),
                    prepared.validated().withAnswersSetAside(),
                    quarantine);
        } catch (RuntimeException e) {
            discardUnlessCommitted(prepared.quarantine(), prepared.batchId());
            throw e;
        }
    }

    /** Drops a prepared file that is not committed, and its quarantine log unless another writer committed it. */
    void abandon(PreparedFile prepared) {
        prepared.close();
        discardUnlessCommitted(prepared.quarantine(), prepared.batchId());
    }

    /**
     * Deletes the quarantine log of a file not committed. Its name comes from the batch id: another writer that
     * ingested the same file meanwhile owns the same file, which stays.
     */
    private void discardUnlessCommitted(Quarantine quarantine, String batchId) {
        if (!lake.hasBatch(batchId)) {
            quarantine.discard();
        }
    }

    private void commit(Path file, RowConverter converter, StagingFile staging, String batchId) {
        String uri = staging.finish();
        if (staging.rows() == 0) {
            return;
        }
        StructType schema = StructType.fromDDL(converter.table().ddl());
        List<String> columns = converter.table().columnNames();
        try {
            retry.run(converter.table().name(), () -> {
                Dataset<Row> rows = spark.read()
                        .schema(schema)
                        .option("mode", "FAILFAST")
                        .json(uri)
                        .withColumn("batch_id", lit(batchId))
                        .selectExpr(columns.toArray(String[]::new));
                lake.merge(converter.table(), rows, staging.keys());
            });
        } catch (CommitConflictException conflict) {
            throw failure(file, conflict, "nothing of this file was committed");
        }
    }

    /** Records the file in the batch table unless a writer did so meanwhile; true when this writer recorded it. */
    private boolean recordBatch(
            Path file, String batchId, RowSource source, long read, long accepted, long quarantined) {
        Row row = RowFactory.create(
                batchId,
                file.getFileName().toString(),
                source.kind().code(),
                source.tool(),
                read,
                accepted,
                quarantined,
                "ingested",
                Timestamp.from(Instant.now()));
        try {
            return retry.run(
                            LakeTables.BATCHES.name(),
                            () -> lake.insertNew(
                                    LakeTables.BATCHES,
                                    spark.createDataFrame(List.of(row), StructType.fromDDL(LakeTables.BATCHES.ddl())),
                                    StagedKeys.one(List.of(batchId))))
                    > 0;
        } catch (CommitConflictException conflict) {
            throw failure(
                    file,
                    conflict,
                    "its rows are committed, its record in the batch table is not (running the ingest again adds it, "
                            + "and no row twice)");
        }
    }

    /** One line: the file, the table, what happened and what to do. */
    private IngestException failure(Path file, CommitConflictException conflict, String state) {
        String what = conflict.retryable()
                ? "other writers kept changing it: " + conflict.attempts() + " attempts over "
                        + conflict.waited().toSeconds() + " s did not get through (" + conflict.conflict() + ")"
                : "Delta reports a conflict that retrying cannot fix (" + conflict.conflict() + ": "
                        + firstLine(conflict.getCause().getMessage()) + ")";
        String others = WriterLease.holder(spark.sessionState().newHadoopConf(), config.lakeRoot())
                .map(holder -> "; " + holder.describe(Instant.now()) + " is writing to this lake")
                .orElse("");
        String todo = conflict.retryable()
                ? "Run the same ingest again once the other writes are done"
                : "Make sure one program at a time writes to " + config.lakeRoot() + ", then run the same ingest again";
        return new IngestException(
                IngestErrorCode.WRITE_CONFLICT,
                "Cannot commit " + file.getFileName() + " to table " + conflict.table() + ", " + what + others + "; "
                        + state + ". " + todo + ".",
                conflict);
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
