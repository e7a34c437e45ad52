package io.longitude.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deny corpus is refused before anything runs (no Spark job in the query's group, no change in the lake), and the
 * allow corpus of realistic analyst queries runs against a small real lake.
 */
class TestSqlCorpora {
    static final ConsoleUser ANALYST = new ConsoleUser("ana", false, Scope.programmes(SmallLake.PROGRAMME));
    static final Set<String> DENY_CATEGORIES = Set.of(
            "multi-statement",
            "command",
            "write",
            "ddl",
            "cache",
            "set",
            "resource",
            "function",
            "execute-immediate",
            "variable",
            "scripting",
            "transform",
            "reflection",
            "file",
            "catalog",
            "empty",
            "invalid");

    static SmallLake lake;
    static ConsoleSessions sessions;
    static QueryExecutor executor;
    static final List<String> jobGroups = new CopyOnWriteArrayList<>();
    static final SparkListener listener = new SparkListener() {
        @Override
        public void onJobStart(SparkListenerJobStart jobStart) {
            jobGroups.add(String.valueOf(jobStart.properties().getProperty("spark.jobGroup.id")));
        }
    };

    @BeforeAll
    static void start() {
        lake = SmallLake.get();
        sessions = new ConsoleSessions(lake.spark, lake.lake, lake.metrics);
        executor = new QueryExecutor(QueryLimits.defaults());
        lake.spark.sparkContext().addSparkListener(listener);
    }

    @AfterAll
    static void stop() {
        lake.spark.sparkContext().removeSparkListener(listener);
        executor.close();
    }

    @Test
    void denyCorpusIsRefusedBeforeExecution() throws Exception {
        Corpus deny = Corpus.read("/sql/deny.sql");
        assertThat(deny.entries()).hasSizeGreaterThanOrEqualTo(100);
        assertThat(deny.entries().stream().map(Corpus.Entry::category).distinct())
                .containsExactlyInAnyOrderElementsOf(DENY_CATEGORIES);
        ConsoleSession console = sessions.session(ANALYST);
        List<String> before = TestReadOnlyConsoleSession.tree(
                Path.of(lake.folder.resolve("lake").toString()));
        List<String> beforeMetrics = TestReadOnlyConsoleSession.tree(
                Path.of(lake.folder.resolve("metrics").toString()));
        Set<String> tempViews = new TreeSet<>(List.of(console.session().catalog().listTables().collectAsList().stream()
                .map(table -> table.name())
                .toArray(String[]::new)));
        List<String> groups = new ArrayList<>();

        for (Corpus.Entry entry : deny.entries()) {
            String id = String.format("deny-%04d-corpus", entry.number());
            groups.add(QueryExecutor.JOB_GROUP_PREFIX + id);
            assertThatThrownBy(() -> executor.run(console, ANALYST, Optional.of(id), entry.sql()))
                    .as(entry.toString())
                    .isInstanceOf(RefusedQueryException.class)
                    .hasMessageStartingWith("Cannot");
        }

        lake.spark.sparkContext().listenerBus().waitUntilEmpty();
        assertThat(jobGroups).as("jobs started by the deny corpus").doesNotContainAnyElementsOf(groups);
        for (String group : groups) {
            assertThat(lake.spark.sparkContext().statusTracker().getJobIdsForGroup(group))
                    .as(group)
                    .isEmpty();
        }
        assertThat(TestReadOnlyConsoleSession.tree(lake.folder.resolve("lake"))).isEqualTo(before);
        assertThat(TestReadOnlyConsoleSession.tree(lake.folder.resolve("metrics")))
                .isEqualTo(beforeMetrics);
        assertThat(console.session().catalog().listTables().collectAsList())
                .extracting(table -> table.name())
                .containsExactlyInAnyOrderElementsOf(tempViews);
        assertThat(console.session().conf().get("spark.sql.runSQLOnFiles")).isEqualTo("false");
        assertThat(console.session()
                        .sql("SELECT count(*) FROM responses")
                        .first()
                        .getLong(0))
                .isPositive();
    }

    @Test
    void allowCorpusRuns() {
        Corpus allow = Corpus.read("/sql/allow.sql");
        assertThat(allow.entries()).hasSizeGreaterThanOrEqualTo(50);
        ConsoleSession console = sessions.session(ANALYST);
        int withRows = 0;
        List<String> failures = new ArrayList<>();

        for (Corpus.Entry entry : allow.entries()) {
            try {
                QueryRows rows = executor.run(console, ANALYST, Optional.empty(), entry.sql());
                withRows += rows.rows().isEmpty() ? 0 : 1;
            } catch (RuntimeException e) {
                failures.add(entry + " -> " + e.getMessage());
            }
        }

        assertThat(failures).isEmpty();
        assertThat(withRows)
                .as("queries with at least one row")
                .isGreaterThanOrEqualTo(allow.entries().size() * 9 / 10);
    }
}
