package io.longitude.ingest;

import static org.apache.spark.sql.functions.lit;

import io.longitude.core.lake.LakeTables;
import io.longitude.ingest.lake.DeltaLake;
import io.longitude.ingest.source.RowSource;
import io.longitude.ingest.lake.Quarantine;
import io.longitude.ingest.lake.StagingFile;
import io.longitude.ingest.validation.ReferenceData;
import io.longitude.ingest.validation.RowConverter;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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

    /** Ingests one file that is not in the batch table yet, checking its rows against {@code references}. */
    FileReport run(Path file, String batchId, ReferenceData references) {
        try (RowSource source = validation.open(file)) {
            RowConverter converter = validation.converter(source.kind(), references);
            Quarantine quarantine = new Quarantine(config.quarantineDir(), batchId, file.getFileName().toString());
            try (StagingFile staging = new StagingFile(converter.table())) {
                long read = validation.validate(file, source, converter, staging, quarantine);
                quarantine.close();
                commit(converter, staging, batchId);
                recordBatch(file, batchId, source, read, staging.rows(), quarantine.rows());
                return new FileReport(file, batchId, source.kind().code(), FileReport.Status.INGESTED, read, staging.rows(),
                        quarantine.rows(), quarantine.rows() == 0 ? "" : quarantine.path().toString());
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
