package io.longitude.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A cancelled or timed-out console query leaves no running Spark job within 10 s; only its user or an admin may cancel it. */
class TestQueryCancel {
    /**
     * About 10^12 rows to sum: minutes of work on two cores, in 2,000 tasks of about a second each, the size of a task
     * scanning one file split of a large lake.
     */
    static final String LONG_QUERY = "SELECT sum(id % 7) FROM range(0, 1000000000000, 1, 2000)";

    static final ConsoleUser ANALYST = new ConsoleUser("ana", false, Scope.programmes(SmallLake.PROGRAMME));
    static final ConsoleUser OTHER_ANALYST = new ConsoleUser("bob", false, Scope.programmes(SmallLake.PROGRAMME));
    static final ConsoleUser ADMIN = new ConsoleUser("root", true, Scope.EVERYTHING);

    static SmallLake lake;
    static ConsoleSessions sessions;
    static QueryExecutor executor;

    @BeforeAll
    static void start() {
        lake = SmallLake.get();
        sessions = new ConsoleSessions(lake.spark, lake.lake, lake.metrics);
        executor = new QueryExecutor(QueryLimits.defaults());
    }

    @AfterAll
    static void stop() {
        executor.close();
    }

    @Test
    void cancelledQueryLeavesNoRunningJobWithinTenSeconds() throws Exception {
        CompletableFuture<QueryRows> query = CompletableFuture.supplyAsync(
                () -> executor.run(sessions.session(ANALYST), ANALYST, Optional.of("cancel-me-0001"), LONG_QUERY));
        awaitJobOf("cancel-me-0001");

        assertThat(executor.cancel("cancel-me-0001", OTHER_ANALYST))
                .as("another analyst cannot cancel it")
                .isFalse();
        long cancelled = System.nanoTime();
        assertThat(executor.cancel("cancel-me-0001", ANALYST)).isTrue();

        assertThatThrownBy(() -> query.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(QueryCancelledException.class);
        Duration idle = awaitNoActiveJob(Duration.ofSeconds(10));
        System.out.printf(
                "cancel: no active Spark job %d ms after the cancel%n",
                Duration.ofNanos(System.nanoTime() - cancelled).toMillis());
        assertThat(idle).isLessThanOrEqualTo(Duration.ofSeconds(10));
        assertThat(executor.running()).isEmpty();
    }

    @Test
    void adminCancelsAnAnalystsQuery() throws Exception {
        CompletableFuture<QueryRows> query = CompletableFuture.supplyAsync(
                () -> executor.run(sessions.session(ANALYST), ANALYST, Optional.of("cancel-me-0002"), LONG_QUERY));
        awaitJobOf("cancel-me-0002");

        assertThat(executor.cancel("cancel-me-0002", ADMIN)).isTrue();

        assertThatThrownBy(() -> query.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(QueryCancelledException.class);
        awaitNoActiveJob(Duration.ofSeconds(10));
    }

    @Test
    void queryOverTheTimeLimitIsCancelled() {
        try (QueryExecutor impatient = new QueryExecutor(new QueryLimits(10_000, Duration.ofSeconds(3), 2))) {
            long started = System.nanoTime();

            assertThatThrownBy(() ->
                            impatient.run(sessions.session(ANALYST), ANALYST, Optional.of("too-long-0001"), LONG_QUERY))
                    .isInstanceOf(QueryCancelledException.class)
                    .hasMessageContaining("limit of 3 s");

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
            awaitNoActiveJob(Duration.ofSeconds(10));
        }
    }

    @Test
    void unknownQueryCannotBeCancelled() {
        assertThat(executor.cancel("no-such-query", ADMIN)).isFalse();
    }

    private static void awaitJobOf(String queryId) throws InterruptedException {
        SparkContext context = lake.spark.sparkContext();
        for (int attempt = 0; attempt < 600; attempt++) {
            if (context.statusTracker().getJobIdsForGroup(QueryExecutor.JOB_GROUP_PREFIX + queryId).length > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No Spark job started for " + queryId);
    }

    /** Waits until no Spark job is active, at most {@code limit}; returns how long it took. */
    static Duration awaitNoActiveJob(Duration limit) {
        long started = System.nanoTime();
        SparkContext context = lake.spark.sparkContext();
        while (context.statusTracker().getActiveJobIds().length > 0) {
            if (System.nanoTime() - started > limit.toNanos()) {
                throw new AssertionError("Spark jobs still running after " + limit + ": "
                        + java.util.Arrays.toString(context.statusTracker().getActiveJobIds()));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
