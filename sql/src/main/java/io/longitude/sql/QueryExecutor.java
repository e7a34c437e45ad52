package io.longitude.sql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.classic.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs console queries: each on a worker thread, under its own Spark job group (interrupting tasks on cancel) in the
 * FAIR pool {@value #POOL}, so that the dashboard's own reads (pool {@code default}) keep their share of the cores.
 * A query over the time limit, or cancelled by its user or an admin, has its job group cancelled together with any job
 * it would still start, and its thread interrupted. Rows are fetched up to the cap plus one, to tell whether the result
 * was truncated without counting it.
 */
public final class QueryExecutor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QueryExecutor.class);
    /** The FAIR scheduler pool of console queries (see {@code fairscheduler.xml}). */
    public static final String POOL = "analyst";

    public static final String JOB_GROUP_PREFIX = "longitude-sql-";
    private static final Pattern QUERY_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

    private final QueryLimits properties;
    private final ExecutorService threads;
    private final Map<String, Running> running = new ConcurrentHashMap<>();

    /** A query on its way: who started it, the Spark context it runs in, and its future. */
    private record Running(String owner, SparkContext context, Future<QueryRows> future) {}

    public QueryExecutor(QueryLimits properties) {
        this.properties = properties;
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(properties.maxConcurrent(), task -> {
            Thread thread = new Thread(task, "longitude-sql-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Checks and runs {@code sql} in the console session, waiting at most the time limit.
     *
     * @param queryId the id the caller chose (so that it can cancel before the answer comes), or empty for a new one
     * @throws RefusedQueryException when the guard refuses it, or the id is malformed or taken
     * @throws QueryCancelledException when cancelled or over the time limit
     * @throws QueryFailedException when Spark fails while running it
     */
    public QueryRows run(ConsoleSession console, ConsoleUser user, Optional<String> queryId, String sql) {
        String id = queryId.map(QueryExecutor::checkedId)
                .orElseGet(() -> UUID.randomUUID().toString());
        long started = System.nanoTime();
        Future<QueryRows> future;
        synchronized (running) {
            if (running.containsKey(id)) {
                throw new RefusedQueryException("Cannot run the query, another query is running with the id " + id);
            }
            future = threads.submit(() -> execute(console, user, id, sql, started));
            running.put(id, new Running(user.username(), console.session().sparkContext(), future));
        }
        try {
            return future.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            stop(id, "timed out after " + properties.timeout().toSeconds() + " s");
            throw new QueryCancelledException("Cannot finish the query, it ran longer than the limit of "
                    + properties.timeout().toSeconds() + " s");
        } catch (CancellationException e) {
            throw new QueryCancelledException("The query was cancelled");
        } catch (InterruptedException e) {
            stop(id, "request interrupted");
            Thread.currentThread().interrupt();
            throw new QueryCancelledException("The query was cancelled");
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } finally {
            running.remove(id);
        }
    }

    /** Cancels a running query if the user started it or is an admin; false when there is no such query for them. */
    public boolean cancel(String queryId, ConsoleUser user) {
        Running query = running.get(queryId);
        if (query == null || !(query.owner().equals(user.username()) || user.admin())) {
            return false;
        }
        stop(queryId, "cancelled by " + user.username());
        return true;
    }

    /** The ids of the queries running now. */
    List<String> running() {
        return List.copyOf(running.keySet());
    }

    private void stop(String queryId, String reason) {
        Running query = running.get(queryId);
        if (query == null) {
            return;
        }
        // Cancel the group's future jobs too: a query between two jobs (AQE stages) would otherwise start the next one.
        query.context().cancelJobGroupAndFutureJobs(JOB_GROUP_PREFIX + queryId, reason);
        query.future().cancel(true);
        LOG.info("SQL console query {} stopped: {}", queryId, reason);
    }

    private QueryRows execute(ConsoleSession console, ConsoleUser user, String id, String sql, long started) {
        SparkSession session = console.session();
        SparkContext context = session.sparkContext();
        org.apache.spark.sql.SparkSession.setActiveSession(session);
        context.setJobGroup(JOB_GROUP_PREFIX + id, "SQL console query of " + user.username(), true);
        context.setLocalProperty("spark.scheduler.pool", POOL);
        try {
            LogicalPlan parsed = QueryGuard.parse(session, sql);
            java.util.Optional<SchemaStatements.Answer> schema = SchemaStatements.answer(parsed, console.views());
            if (schema.isPresent()) {
                List<Row> answer = schema.get().rows();
                boolean cut = answer.size() > properties.maxRows();
                return new QueryRows(
                        id,
                        schema.get().schema(),
                        cut ? answer.subList(0, properties.maxRows()) : answer,
                        cut,
                        (System.nanoTime() - started) / 1_000_000);
            }
            LogicalPlan plan = NullOnConstantCorr.rewrite(QueryGuard.check(session, console.viewNames(), parsed));
            Dataset<Row> result = org.apache.spark.sql.classic.Dataset.ofRows(session, plan);
            List<Row> rows = result.limit(properties.maxRows() + 1).collectAsList();
            boolean truncated = rows.size() > properties.maxRows();
            return new QueryRows(
                    id,
                    result.schema(),
                    truncated ? rows.subList(0, properties.maxRows()) : rows,
                    truncated,
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            context.clearJobGroup();
            context.setLocalProperty("spark.scheduler.pool", null);
            org.apache.spark.sql.SparkSession.clearActiveSession();
        }
    }

    private static String checkedId(String queryId) {
        if (!QUERY_ID.matcher(queryId).matches()) {
            throw new RefusedQueryException(
                    "Cannot use the query id, it must be 8 to 64 letters, digits or dashes: " + queryId);
        }
        return queryId;
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RefusedQueryException refused) {
            return refused;
        }
        if (cause instanceof QueryCancelledException cancelled) {
            return cancelled;
        }
        String message = cause.getMessage() == null
                ? cause.getClass().getSimpleName()
                : cause.getMessage().strip();
        if (message.contains("cancelled") || message.contains("canceled")) {
            return new QueryCancelledException("The query was cancelled");
        }
        int end = message.indexOf('\n');
        return new QueryFailedException(
                "Cannot finish the query: " + (end < 0 ? message : message.substring(0, end)), cause);
    }

    @Override
    public void close() {
        running.keySet().forEach(id -> stop(id, "shutting down"));
        threads.shutdownNow();
    }
}
