package io.longitude.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.longitude.sql.RefusedQueryException.Kind;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console tells a typo, an unknown name and a refused operation apart; discovers the schema read-only; and runs the
 * analyst's statistics (QUALIFY, corr over a constant group, percentiles) on the real small lake.
 */
class TestConsoleMessages {
    static final ConsoleUser ANALYST = new ConsoleUser("ana", false, Scope.programmes(SmallLake.PROGRAMME));
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

    private static QueryRows run(String sql) {
        return executor.run(sessions.session(ANALYST), ANALYST, Optional.empty(), sql);
    }

    private static RefusedQueryException refusal(String sql) {
        return catchThrowableOfType(RefusedQueryException.class, () -> run(sql));
    }

    @Test
    void typoIsASyntaxErrorWithLineAndColumn() {
        RefusedQueryException typo = refusal("SELECT wave,\n       count(*\nFROM responses GROUP BY wave");

        assertThat(typo.kind()).isEqualTo(Kind.SYNTAX);
        assertThat(typo.line()).contains(3);
        assertThat(typo.column()).contains(1);
        assertThat(typo.getMessage())
                .startsWith("Cannot run the query, syntax error at line 3, column 1: Syntax error at or near 'FROM'")
                .doesNotContain("SQLSTATE", "PARSE_SYNTAX_ERROR", "\n");
        assertThat(refusal("SELEC wave FROM responses").kind()).isEqualTo(Kind.SYNTAX);
    }

    @Test
    void unknownViewListsTheViewsOfTheUser() {
        RefusedQueryException unknown = refusal("SELECT * FROM respones");

        assertThat(unknown.kind()).isEqualTo(Kind.UNKNOWN_NAME);
        assertThat(unknown.getMessage())
                .startsWith("Cannot find the view respones (line 1, column 15); the views you can read are ")
                .contains("editions", "enrolments", "responses", "ties", "metric_values");
        assertThat(unknown.line()).contains(1);
        RefusedQueryException column = refusal("SELECT wav FROM responses");
        assertThat(column.kind()).isEqualTo(Kind.UNKNOWN_NAME);
        assertThat(column.getMessage()).startsWith("Cannot find the column wav").contains("wave");
        assertThat(refusal("SELECT no_such_function(1)").kind()).isEqualTo(Kind.UNKNOWN_NAME);
        assertThat(refusal("DESCRIBE respones").getMessage())
                .startsWith("Cannot find the view respones; the views you can read are ");
    }

    @Test
    void refusedOperationsAreLabelledRefused() {
        assertThat(refusal("DROP TABLE responses").kind()).isEqualTo(Kind.REFUSED);
        assertThat(refusal("SELECT reflect('java.lang.System', 'exit', '0')").kind())
                .isEqualTo(Kind.REFUSED);
        RefusedQueryException twice = refusal("SELECT 1;\n  SELECT 2");
        assertThat(twice.kind()).isEqualTo(Kind.REFUSED);
        assertThat(twice.getMessage())
                .startsWith("Cannot run more than one statement")
                .contains("line 2, column 3");
        assertThat(refusal("SELECT 'a' + DATE'2020-01-01' FROM editions").kind())
                .isIn(Kind.INVALID);
        assertThat(refusal("SHOW TABLES IN default").kind()).isEqualTo(Kind.REFUSED);
        assertThat(refusal("SHOW FUNCTIONS").kind()).isEqualTo(Kind.REFUSED);
    }

    @Test
    void schemaStatementsAnswerFromTheUsersViews() {
        QueryRows tables = run("SHOW TABLES");
        assertThat(tables.rows())
                .extracting(row -> row.getString(0))
                .containsExactlyElementsOf(sessions.session(ANALYST).views().stream()
                        .map(ConsoleView::name)
                        .toList());
        assertThat(run("show views like 'resp*|ties'").rows())
                .extracting(row -> row.getString(0))
                .containsExactly("responses", "ties");
        QueryRows describe = run("DESCRIBE responses");
        assertThat(describe.schema().fieldNames()).containsExactly("col_name", "data_type");
        assertThat(describe.rows())
                .extracting(row -> row.getString(0))
                .contains("participant_key", "wave", "ties")
                .doesNotContain("source_submission_id", "batch_id");
        assertThat(run("SHOW COLUMNS IN enrolments").rows())
                .extracting(row -> row.getString(0))
                .contains("participant_key", "age_band");
    }

    @Test
    void qualifyCorrAndPercentilesRun() {
        QueryRows latest = run("SELECT participant_key, wave FROM responses "
                + "QUALIFY row_number() OVER (PARTITION BY participant_key ORDER BY wave DESC) = 1");
        assertThat(latest.rows()).isNotEmpty();
        assertThat(latest.rows().stream()
                        .map(row -> row.getString(0))
                        .distinct()
                        .count())
                .isEqualTo(latest.rows().size());

        List<Row> constant =
                run("SELECT wave, corr(employees, CASE WHEN wave = 'W1' THEN 1 ELSE new_contacts END) AS r "
                                + "FROM responses WHERE employees IS NOT NULL AND new_contacts IS NOT NULL GROUP BY wave ORDER BY wave")
                        .rows();
        assertThat(constant).extracting(row -> row.getString(0)).contains("W1", "W2");
        assertThat(constant)
                .filteredOn(row -> row.getString(0).equals("W1"))
                .singleElement()
                .satisfies(row -> assertThat(row.isNullAt(1))
                        .as("corr over a constant column")
                        .isTrue());
        assertThat(constant.stream()
                        .filter(row -> !row.getString(0).equals("W1") && !row.isNullAt(1))
                        .map(row -> row.getDouble(1)))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r).isBetween(-1.0, 1.0));

        // Same value as Spark's own corr where it is defined.
        double ours = run("SELECT corr(employees, new_contacts) FROM responses")
                .rows()
                .get(0)
                .getDouble(0);
        double spark = sessions.session(ANALYST)
                .session()
                .sql("SELECT corr(employees, new_contacts) FROM responses")
                .first()
                .getDouble(0);
        assertThat(ours).isCloseTo(spark, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(run("SELECT corr(x, y) FROM VALUES (1.0, 1.0), (1.0, 2.0), (1.0, 3.0) AS t(x, y)")
                        .rows()
                        .get(0)
                        .isNullAt(0))
                .isTrue();
        assertThat(run("SELECT DISTINCT wave, corr(employees, 1) OVER (PARTITION BY wave) FROM responses")
                        .rows())
                .allSatisfy(row -> assertThat(row.isNullAt(1)).isTrue());

        Row percentiles =
                run("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY employees), percentile(employees, 0.5), "
                                + "median(employees) FROM responses")
                        .rows()
                        .get(0);
        assertThat(percentiles.getDouble(0)).isEqualTo(percentiles.getDouble(1)).isEqualTo(percentiles.getDouble(2));
    }
}
