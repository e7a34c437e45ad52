package io.longitude.ingest.lake;

import static io.longitude.core.lake.Column.optional;
import static io.longitude.core.lake.Column.required;
import static io.longitude.core.lake.ColumnType.INT;
import static io.longitude.core.lake.ColumnType.STRING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.delta.exceptions.ConcurrentAppendException;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.tables.DeltaTable;
import io.longitude.core.lake.TableDefinition;
import io.longitude.ingest.SparkTestSession;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows whose keys a table does not hold are appended, not merged; rows with a held key are merged; and a writer that
 * commits the same keys between another's check and its commit makes that commit fail, so that its retry merges.
 */
class TestKeyedAppend {
    static final TableDefinition SCORES = new TableDefinition(
            "scores",
            List.of(
                    required("participant_key", STRING),
                    required("wave", STRING),
                    optional("score", INT),
                    required("batch_id", STRING)),
            List.of("wave"),
            List.of("participant_key", "wave"));

    static SparkSession spark;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.start("keyed-append-test");
    }

    @Test
    void newKeysAreAppendedInOneWriteAndHeldKeysAreMergedWithTheirNewContent() {
        DeltaLake lake = new DeltaLake(spark, temp.resolve("lake").toString());
        lake.merge(
                SCORES, rows(row("p1", "W0", 3, "b1"), row("p2", "W0", 4, "b1")), staged(keys("p1|W0", "p2|W0"), "W0"));
        lake.merge(SCORES, rows(row("p1", "W1", 5, "b2")), staged(keys("p1|W1"), "W1"));
        assertThat(operations(lake)).containsExactly("CREATE TABLE", "WRITE", "WRITE");

        lake.merge(
                SCORES, rows(row("p2", "W0", 2, "b3"), row("p3", "W0", 1, "b3")), staged(keys("p2|W0", "p3|W0"), "W0"));

        assertThat(operations(lake)).containsExactly("CREATE TABLE", "WRITE", "WRITE", "MERGE");
        assertThat(contents(lake)).containsExactly("p1|W0|3", "p1|W1|5", "p2|W0|2", "p3|W0|1");
    }

    @Test
    void withoutTheKeysInMemoryTheTableIsAskedBySparkAndAnswersTheSame() {
        DeltaLake lake = new DeltaLake(spark, temp.resolve("lake").toString());
        lake.merge(SCORES, rows(row("p1", "W0", 3, "b1")), new StagedKeys(1, Optional.empty(), Set.of(List.of("W0"))));
        lake.merge(SCORES, rows(row("p2", "W0", 4, "b2")), new StagedKeys(1, Optional.empty(), Set.of(List.of("W0"))));
        lake.merge(SCORES, rows(row("p2", "W0", 6, "b3")), new StagedKeys(1, Optional.empty(), Set.of(List.of("W0"))));

        assertThat(operations(lake)).containsExactly("CREATE TABLE", "WRITE", "WRITE", "MERGE");
        assertThat(contents(lake)).containsExactly("p1|W0|3", "p2|W0|6");
    }

    @Test
    void aKeyHeldInAnotherPartitionIsNotTheSameKey() {
        assertThat(KeyedAppend.partitionFilter(SCORES, Set.of(List.of("W1"), List.of("W2"))))
                .hasValueSatisfying(filter -> assertThat(filter.toString()).contains("W1", "W2", "wave"));
        assertThat(KeyedAppend.partitionFilter(SCORES, Set.of(Arrays.asList((String) null))))
                .as("a missing partition value reads the whole table")
                .isEmpty();
        TableDefinition byNumber = new TableDefinition(
                "numbered", List.of(required("key", STRING), required("year", INT)), List.of("year"), List.of("key"));
        assertThat(KeyedAppend.partitionFilter(byNumber, Set.of(List.of("2024"))))
                .as("partitions by a number: the whole table, not a text literal Kernel would refuse")
                .isEmpty();
    }

    @Test
    void aWriterCommittingTheSameKeysBetweenTheCheckAndTheCommitMakesItConflictAndItsRetryMerges() {
        DeltaLake lake = new DeltaLake(spark, temp.resolve("lake").toString());
        lake.ensure(SCORES);
        String path = lake.path(SCORES);
        DriverTable driver =
                new DriverTable(DefaultEngine.create(spark.sessionState().newHadoopConf()));
        StagedKeys staged = staged(keys("p1|W0", "p2|W0"), "W0");
        KeyedAppend racing = new KeyedAppend(
                spark,
                driver,
                () -> lake.merge(SCORES, rows(row("p1", "W0", 9, "other")), staged(keys("p1|W0"), "W0")));

        assertThatThrownBy(() -> racing.appendIfNoKeyHeld(
                        path, SCORES, rows(row("p1", "W0", 3, "mine"), row("p2", "W0", 4, "mine")), staged))
                .isInstanceOf(ConcurrentAppendException.class);
        assertThat(contents(lake)).as("only the other writer's row").containsExactly("p1|W0|9");

        OptionalLong retried = new KeyedAppend(spark, driver)
                .appendIfNoKeyHeld(path, SCORES, rows(row("p1", "W0", 3, "mine"), row("p2", "W0", 4, "mine")), staged);
        assertThat(retried)
                .as("the retry sees the other writer's key and does not append")
                .isEmpty();
        lake.merge(SCORES, rows(row("p1", "W0", 3, "mine"), row("p2", "W0", 4, "mine")), staged);
        assertThat(contents(lake)).containsExactly("p1|W0|3", "p2|W0|4");
    }

    @Test
    void theBatchRecordIsInsertedOnceWhetherAppendedOrMerged() {
        DeltaLake lake = new DeltaLake(spark, temp.resolve("lake").toString());
        StagedKeys one = staged(keys("p1|W0"), "W0");
        assertThat(lake.insertNew(SCORES, rows(row("p1", "W0", 3, "b1")), one)).isEqualTo(1);
        assertThat(lake.insertNew(SCORES, rows(row("p1", "W0", 7, "b2")), one)).isZero();
        assertThat(contents(lake)).containsExactly("p1|W0|3");
    }

    private static Row row(String participant, String wave, Integer score, String batch) {
        return RowFactory.create(participant, wave, score, batch);
    }

    private static Dataset<Row> rows(Row... rows) {
        return spark.createDataFrame(List.of(rows), StructType.fromDDL(SCORES.ddl()));
    }

    private static Set<List<String>> keys(String... keys) {
        return Arrays.stream(keys).map(key -> List.of(key.split("\\|"))).collect(Collectors.toSet());
    }

    private static StagedKeys staged(Set<List<String>> keys, String wave) {
        return new StagedKeys(keys.size(), Optional.of(keys), Set.of(List.of(wave)));
    }

    private static List<String> operations(DeltaLake lake) {
        return DeltaTable.forPath(spark, lake.path(SCORES)).history().orderBy("version").collectAsList().stream()
                .map(row -> row.<String>getAs("operation"))
                .toList();
    }

    private static List<String> contents(DeltaLake lake) {
        return lake.read(SCORES).collectAsList().stream()
                .map(row -> row.getAs("participant_key") + "|" + row.getAs("wave") + "|" + row.getAs("score"))
                .sorted()
                .toList();
    }
}
