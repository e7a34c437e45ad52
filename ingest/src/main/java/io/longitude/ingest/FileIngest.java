package io.longitude.ingest;

import static org.apache.spark.sql.functions.lit;

import io.longitude.core.lake.LakeTables;
import io.longitude.ingest.lake.DeltaLake;
import io.longitude.ingest.source.RowSource;
import io.longitude.ingest.lake.Quarantine;
import io.longitude.ingest.lake.QuarantineLedger;
import io.longitude.ingest.lake.StagingFile;
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

/** Ingests one canonical file: validate every row, stage the accepted ones, merge them in one commit, record the batch. */
final class FileIngest {
    private final SparkSession spark;
    private final IngestConfig config;
    private final DeltaLake lake;
    private final FileValidation validation;

    FileIngest(SparkSession spark, IngestConfig config, FileValidation validation) {
        this.spark = spark;
        this.config = config;
        this.lake = new DeltaLake(spark, config.lakeRoot());
        this.validation = validation;
    }

    /**
     * Ingests one file that is not in the batch table yet, checking its rows against {@code references}. Answers
     * quarantined earlier that this file's rows fill are recorded as superseded once the rows are committed.
     */
    FileReport run(Path file, String batchId, ReferenceData references) {
        try (RowSource source = validation.open(file)) {
            RowConverter converter = validation.converter(source.kind(), references);
            Map<String, Map<String, List<QuarantineLedger.Entry>>> open =
                    QuarantineLedger.read(config.quarantineDir()).openAnswers(converter.table().name());
            List<QuarantineLedger.Later> filled = new ArrayList<>();
            Quarantine quarantine = new Quarantine(config.quarantineDir(), batchId, file.getFileName().toString());
            try (StagingFile staging = new StagingFile(converter.table())) {
                FileValidation.Validated validated = validation.validate(file, source, converter, staging, quarantine,
                        QuarantineLedger.fieldsOf(open), (key, field) -> open.get(key).get(field).forEach(entry -> filled.add(
                                new QuarantineLedger.Later(entry.batch(), entry.line(), field, QuarantineLedger.Resolution.SUPERSEDED,
                                        batchId.substring(0, 12) + "-" + file.getFileName(), "filled by a later file"))));
                quarantine.close();
                commit(converter, staging, batchId);
                QuarantineLedger.record(config.quarantineDir(), filled);
                recordBatch(file, batchId, source, validated.read(), staging.rows(), quarantine.rows());
                return FileReport.of(file, batchId, source.kind().code(), FileReport.Status.INGESTED, validated.read(), staging.rows(),
                        validated.withAnswersSetAside(), quarantine);
            } catch (RuntimeException e) {
                quarantine.discard();
                throw e;
            }
        }
    }

    private void commit(RowConverter converter, StagingFile staging, String batchId) {
        String uri = staging.finish();
        if (staging.rows() == 0) {
            return;
        }
        StructType schema = StructType.fromDDL(converter.table().ddl());
        List<String> columns = converter.table().columnNames();
        Dataset<Row> rows = spark.read().schema(schema).option("mode", "FAILFAST").json(uri)
                .withColumn("batch_id", lit(batchId))
                .selectExpr(columns.toArray(String[]::new));
        lake.merge(converter.table(), rows);
    }

    private void recordBatch(Path file, String batchId, RowSource source, long read, long accepted, long quarantined) {
        Row row = RowFactory.create(batchId, file.getFileName().toString(), source.kind().code(), source.tool(),
                read, accepted, quarantined, "ingested", Timestamp.from(Instant.now()));
        lake.append(LakeTables.BATCHES, spark.createDataFrame(List.of(row), StructType.fromDDL(LakeTables.BATCHES.ddl())));
    }
}
