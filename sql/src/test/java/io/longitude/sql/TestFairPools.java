package io.longitude.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.LakeUri;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.junit.jupiter.api.Test;

/** Console queries run in the FAIR pool "analyst", and a dashboard read (pool "default") is served while a heavy one runs. */
class TestFairPools {
    @Test
    void dashboardReadIsServedDuringAHeavyAnalystQuery() throws Exception {
        SmallLake lake = SmallLake.get();
        ConsoleSessions sessions = new ConsoleSessions(lake.spark, lake.lake, lake.metrics);
        ConsoleUser analyst = new ConsoleUser("ana", false, Scope.programmes(SmallLake.PROGRAMME));
        Set<String> pools = ConcurrentHashMap.newKeySet();
        SparkListener listener = new SparkListener() {
            @Override
            public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
                if (submitted.properties() != null
                        && String.valueOf(submitted.properties().getProperty("spark.jobGroup.id"))
                                .endsWith("heavy-0001")) {
                    pools.add(String.valueOf(submitted.properties().getProperty("spark.scheduler.pool")));
                }
            }
        };
        assertThat(lake.spark.sparkContext().getPoolForName(QueryExecutor.POOL).isDefined())
                .as("pool from fairscheduler.xml")
                .isTrue();
        lake.spark.sparkContext().addSparkListener(listener);
        String editions = LakeUri.table(lake.lake, LakeTables.EDITIONS);
        lake.spark.read().format("delta").load(editions).count();
        long alone = timeMillis(
                () -> lake.spark.read().format("delta").load(editions).count());
        try (QueryExecutor executor = new QueryExecutor(QueryLimits.defaults())) {
            CompletableFuture<?> heavy = CompletableFuture.runAsync(() -> {
                try {
                    executor.run(
                            sessions.session(analyst), analyst, Optional.of("heavy-0001"), TestQueryCancel.LONG_QUERY);
                } catch (QueryCancelledException expected) {
                    // cancelled below
                }
            });
            while (lake.spark
                            .sparkContext()
                            .statusTracker()
                            .getJobIdsForGroup(QueryExecutor.JOB_GROUP_PREFIX + "heavy-0001")
                            .length
                    == 0) {
                Thread.sleep(100);
            }
            Thread.sleep(2000);

            long during = timeMillis(
                    () -> lake.spark.read().format("delta").load(editions).count());

            System.out.printf(
                    "fair pools: dashboard read %d ms alone, %d ms during a heavy analyst query%n", alone, during);
            executor.cancel("heavy-0001", analyst);
            heavy.get();
            assertThat(during).isLessThan(Duration.ofSeconds(20).toMillis());
        } finally {
            lake.spark.sparkContext().removeSparkListener(listener);
        }
        TestQueryCancel.lake = lake;
        TestQueryCancel.awaitNoActiveJob(Duration.ofSeconds(10));
        assertThat(pools).containsExactly(QueryExecutor.POOL);
    }

    private static long timeMillis(Runnable action) {
        long started = System.nanoTime();
        action.run();
        return (System.nanoTime() - started) / 1_000_000;
    }
}
