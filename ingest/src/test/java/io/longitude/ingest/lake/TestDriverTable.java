package io.longitude.ingest.lake;

import static org.assertj.core.api.Assertions.assertThat;

import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.tables.DeltaTable;
import io.longitude.ingest.SparkTestSession;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest's small reads on the driver (Delta Kernel) see what Delta's Spark reader sees: the latest version, rows
 * deleted through deletion vectors gone, partition values and nulls as written.
 */
class TestDriverTable {
    static SparkSession spark;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.start("driver-table-test");
    }

    @Test
    void readsTheLatestRowsWithDeletionVectorsAndPartitionsApplied() {
        String path = temp.resolve("people").toString();
        StructType schema = StructType.fromDDL("key STRING, role STRING, edition STRING");
        spark.createDataFrame(
                        List.of(
                                RowFactory.create("a", "candidate", "E1"),
                                RowFactory.create("b", null, "E1"),
                                RowFactory.create("c", "coach", "E2")),
                        schema)
                .write()
                .format("delta")
                .partitionBy("edition")
                .option("delta.enableDeletionVectors", "true")
                .save(path);
        spark.createDataFrame(List.of(RowFactory.create("d", "candidate", "E2")), schema)
                .write()
                .format("delta")
                .mode("append")
                .save(path);
        DeltaTable.forPath(spark, path).delete("key = 'a'");
        assertThat(DeltaTable.forPath(spark, path)
                        .history(1)
                        .select("operationMetrics")
                        .first()
                        .<scala.collection.Map<String, String>>getAs(0)
                        .contains("numDeletionVectorsAdded"))
                .as("the delete wrote a deletion vector")
                .isTrue();

        List<String[]> rows = new DriverTable(
                        DefaultEngine.create(spark.sessionState().newHadoopConf()))
                .strings(path, List.of("edition", "key", "role"));

        List<String> expected = spark.read().format("delta").load(path).collectAsList().stream()
                .map(row -> row.getAs("edition") + "|" + row.getAs("key") + "|" + row.getAs("role"))
                .sorted()
                .toList();
        assertThat(rows.stream()
                        .map(row -> row[0] + "|" + row[1] + "|" + row[2])
                        .sorted())
                .containsExactly("E1|b|null", "E2|c|coach", "E2|d|candidate")
                .containsExactlyElementsOf(expected);
    }
}
