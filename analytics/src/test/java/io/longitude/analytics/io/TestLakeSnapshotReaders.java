package io.longitude.analytics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import io.delta.tables.DeltaTable;
import io.longitude.analytics.AnalyticsTestBase;
import io.longitude.analytics.impact.TinyFixtures;
import io.longitude.core.lake.LakeTables;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lake snapshot read two ways gives the same rows at every version: Delta Kernel's file list scanned by Spark (the
 * default) and Delta's own Spark reader. Tables Kernel's list cannot stand for (deletion vectors) go through Delta's
 * reader.
 */
class TestLakeSnapshotReaders extends AnalyticsTestBase {
    @TempDir
    Path temp;

    @Test
    void everyVersionOfAPartitionedTableReadsTheSameRowsBothWays() {
        String lake = temp.resolve("lake").toString();
        String responses = lake + "/" + LakeTables.RESPONSES.name();
        Dataset<Row> rows = TinyFixtures.responses(spark);
        rows.filter("wave = 'W0'").write().format("delta").partitionBy("wave").save(responses);
        rows.filter("wave <> 'W0'").write().format("delta").mode("append").save(responses);
        DeltaTable.forPath(spark, responses).delete("participant_key = 'b' and wave = 'W1'");
        DeltaTable.forPath(spark, responses)
                .update(functions.expr("participant_key = 'a'"), Map.of("sd_integration", functions.lit(3)));

        Engine engine = DefaultEngine.create(spark.sparkContext().hadoopConfiguration());
        for (long version = 0; version <= 3; version++) {
            assertThat(PinnedFiles.of(engine, responses, version))
                    .as("Kernel's list of version %d", version)
                    .isPresent();
            Map<String, Long> versions = Map.of(LakeTables.RESPONSES.name(), version);
            Dataset<Row> kernel = read(lake, versions, "kernel");
            Dataset<Row> delta = read(lake, versions, "delta");

            assertThat(kernel.columns()).as("columns in the table's order").containsExactly(delta.columns());
            assertThat(kernel.exceptAll(delta).count())
                    .as("version %d, kernel - delta", version)
                    .isZero();
            assertThat(delta.exceptAll(kernel).count())
                    .as("version %d, delta - kernel", version)
                    .isZero();
        }
        assertThat(read(lake, Map.of(LakeTables.RESPONSES.name(), 3L), "kernel")
                        .filter("participant_key = 'b'")
                        .select("wave")
                        .as(org.apache.spark.sql.Encoders.STRING())
                        .collectAsList())
                .containsExactly("W0");
    }

    @Test
    void aTableWithDeletionVectorsIsReadByDeltaAndStillRight() {
        String lake = temp.resolve("vectors").toString();
        String enrolments = lake + "/" + LakeTables.ENROLMENTS.name();
        TinyFixtures.enrolments(spark).write().format("delta").save(enrolments);
        spark.sql("ALTER TABLE delta.`" + enrolments + "` SET TBLPROPERTIES ('delta.enableDeletionVectors' = 'true')");
        DeltaTable.forPath(spark, enrolments).delete("participant_key = 'c'");
        Engine engine = DefaultEngine.create(spark.sparkContext().hadoopConfiguration());

        assertThat(PinnedFiles.of(engine, enrolments, 2))
                .as("a file with a deletion vector")
                .isEmpty();
        assertThat(PinnedFiles.of(engine, enrolments, 0)).isPresent();
        Dataset<Row> latest = read(lake, Map.of(LakeTables.ENROLMENTS.name(), 2L), "kernel");
        assertThat(latest.count()).isEqualTo(6);
        assertThat(latest.filter("participant_key = 'c'").count()).isZero();
    }

    @Test
    void aVersionNotWrittenYetIsRefusedAndATableWithNoFilesReadsEmpty() {
        String lake = temp.resolve("empty").toString();
        String enrolments = lake + "/" + LakeTables.ENROLMENTS.name();
        TinyFixtures.enrolments(spark).write().format("delta").save(enrolments);
        DeltaTable.forPath(spark, enrolments).delete();

        assertThatThrownBy(() -> LakeSnapshot.at(spark, lake, Map.of(LakeTables.ENROLMENTS.name(), 5L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at version 5, the latest is 1");
        Dataset<Row> emptied = read(lake, Map.of(LakeTables.ENROLMENTS.name(), 1L), "kernel");
        assertThat(emptied.count()).isZero();
        assertThat(List.of(emptied.columns())).containsExactlyElementsOf(LakeTables.ENROLMENTS.columnNames());
    }

    private static Dataset<Row> read(String lake, Map<String, Long> versions, String reader) {
        spark.conf().set(LakeSnapshot.READER, reader);
        try {
            String table = versions.keySet().iterator().next();
            return LakeSnapshot.at(spark, lake, versions)
                    .table(LakeTables.named(table))
                    .localCheckpoint();
        } finally {
            spark.conf().unset(LakeSnapshot.READER);
        }
    }
}
