package io.longitude.analytics.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.analytics.AnalyticsTestBase;
import io.longitude.core.lake.LakeUri;
import io.longitude.core.lake.MetricTables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two analyses replacing one metric table at the same moment (issue 23): both succeed, the table holds one whole. */
class TestMetricWriter extends AnalyticsTestBase {
    private static final int ROUNDS = 4;

    @TempDir
    Path temp;

    @Test
    void twoReplacementsAtOnceBothSucceedAndTheTableHoldsOneOfThemWhole() throws Exception {
        String root = temp.toUri().toString();
        MetricWriter.write(nodes(1, "first"), root, MetricTables.NETWORK_NODES);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<?>> both = new ArrayList<>();
                for (int writer = 0; writer < 2; writer++) {
                    Dataset<Row> rows = nodes(3 + 2 * writer, "writer-" + writer);
                    both.add(writers.submit(() -> {
                        start.await();
                        MetricWriter.write(rows, root, MetricTables.NETWORK_NODES);
                        return null;
                    }));
                }
                for (Future<?> write : both) {
                    write.get();
                }
                List<Row> table = spark.read()
                        .format("delta")
                        .load(LakeUri.table(root, MetricTables.NETWORK_NODES))
                        .collectAsList();
                assertThat(table.stream()
                                .map(row -> row.<String>getAs("edition_id"))
                                .distinct())
                        .as("round %d: the rows of one writer", round)
                        .singleElement()
                        .satisfies(writer -> assertThat(table).hasSize(writer.equals("writer-0") ? 3 : 5));
            }
        } finally {
            writers.shutdown();
        }
    }

    @Test
    void onlyALostRaceIsRetried() {
        assertThat(MetricWriter.lostRace(
                        new RuntimeException(new io.delta.exceptions.ConcurrentDeleteDeleteException("lost"))))
                .isTrue();
        assertThat(MetricWriter.lostRace(new io.delta.exceptions.ConcurrentTransactionException("same id")))
                .isFalse();
        assertThat(MetricWriter.lostRace(new IllegalStateException("disk full")))
                .isFalse();
    }

    private static Dataset<Row> nodes(int count, String edition) {
        return spark.range(count)
                .selectExpr(
                        "'p' AS programme_id",
                        "'" + edition + "' AS edition_id",
                        "CAST(id AS INT) AS node",
                        "'" + edition + "' AS node_edition",
                        "'desk' AS desk",
                        "true AS member");
    }
}
