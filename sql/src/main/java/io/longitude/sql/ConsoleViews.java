package io.longitude.sql;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;

import io.longitude.core.lake.LakeTables;
import io.longitude.core.lake.LakeUri;
import io.longitude.core.lake.MetricTables;
import io.longitude.core.lake.TableDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The named views of the console: the lake and metric tables an analyst may query, as pseudonymised rows of the
 * programmes in scope. No view shows a source identifier ({@code source_submission_id}), a batch (file) id or the
 * pseudonym key's version; {@code participant_key} is the pseudonym itself, so that views can be joined. Tables
 * without {@code programme_id} get it from {@code editions}, which is also how their rows are scoped. The ingest log
 * ({@code batches}) is not offered: it names files and belongs to no programme.
 */
final class ConsoleViews {
    /** One view: its name, the table it reads, and how it shapes that table's rows in scope. */
    private record Definition(String name, Root root, TableDefinition table, Shape shape) {}

    private enum Root {
        LAKE,
        METRICS
    }

    @FunctionalInterface
    private interface Shape {
        Dataset<Row> apply(
                Dataset<Row> table, Function<Dataset<Row>, Dataset<Row>> scoped, Dataset<Row> editionsInScope);
    }

    private static final List<Definition> DEFINITIONS = List.of(
            new Definition(
                    "editions",
                    Root.LAKE,
                    LakeTables.EDITIONS,
                    (table, scoped, editions) -> scoped.apply(table)
                            .select(columns(
                                    "programme_id",
                                    "edition_id",
                                    "number",
                                    "start_date",
                                    "end_date",
                                    "target_group",
                                    "funder_id"))),
            new Definition(
                    "enrolments",
                    Root.LAKE,
                    LakeTables.ENROLMENTS,
                    (table, scoped, editions) -> enrolments(table, scoped)),
            new Definition(
                    "participants",
                    Root.LAKE,
                    LakeTables.ENROLMENTS,
                    (table, scoped, editions) -> enrolments(table, scoped)
                            .groupBy("participant_key", "programme_id")
                            .agg(
                                    count_distinct(col("edition_id")).as("editions"),
                                    min("intake_date").as("first_intake_date"),
                                    max_by(col("edition_id"), col("intake_date"))
                                            .as("latest_edition_id"),
                                    max_by(col("role"), col("intake_date")).as("latest_role"),
                                    max_by(col("sector"), col("intake_date")).as("sector"),
                                    max_by(col("gender"), col("intake_date")).as("gender"),
                                    max_by(col("age_band"), col("intake_date")).as("age_band"))),
            new Definition(
                    "sessions",
                    Root.LAKE,
                    LakeTables.SESSIONS,
                    (table, scoped, editions) -> table.join(editions, "edition_id")
                            .select(columns("session_id", "programme_id", "edition_id", "date", "kind", "theme"))),
            new Definition(
                    "attendance",
                    Root.LAKE,
                    LakeTables.ATTENDANCE,
                    (table, scoped, editions) -> table.join(editions, "edition_id")
                            .select(columns("session_id", "participant_key", "programme_id", "edition_id"))),
            new Definition(
                    "assessments",
                    Root.LAKE,
                    LakeTables.ASSESSMENTS,
                    (table, scoped, editions) -> table.join(editions, "edition_id")
                            .select(columns(
                                    "participant_key",
                                    "programme_id",
                                    "edition_id",
                                    "wave",
                                    "sd_integration",
                                    "assessed_at"))),
            new Definition(
                    "responses",
                    Root.LAKE,
                    LakeTables.RESPONSES,
                    (table, scoped, editions) -> scoped.apply(table).drop("source_submission_id", "batch_id")),
            new Definition(
                    "ties",
                    Root.LAKE,
                    LakeTables.RESPONSES,
                    (table, scoped, editions) -> scoped.apply(table)
                            .select(
                                    col("participant_key"),
                                    col("programme_id"),
                                    col("edition_id"),
                                    col("wave"),
                                    explode(col("ties")).as("tie"))
                            .select(
                                    col("participant_key"),
                                    col("tie.participant_key").as("other_participant_key"),
                                    col("tie.kind").as("kind"),
                                    col("programme_id"),
                                    col("edition_id"),
                                    col("wave"))),
            new Definition(
                    "staff_responses",
                    Root.LAKE,
                    LakeTables.STAFF_RESPONSES,
                    (table, scoped, editions) -> scoped.apply(table).drop("batch_id")),
            new Definition(
                    "session_feedback",
                    Root.LAKE,
                    LakeTables.SESSION_FEEDBACK,
                    (table, scoped, editions) ->
                            scoped.apply(table).drop("feedback_intention", "source_submission_id", "batch_id")),
            new Definition(
                    "partners",
                    Root.LAKE,
                    LakeTables.PARTNERS,
                    (table, scoped, editions) -> scoped.apply(table).drop("batch_id")),
            new Definition(
                    "partner_responses",
                    Root.LAKE,
                    LakeTables.PARTNER_RESPONSES,
                    (table, scoped, editions) -> scoped.apply(table).drop("batch_id")),
            new Definition(
                    "metric_values",
                    Root.METRICS,
                    MetricTables.METRIC_VALUES,
                    (table, scoped, editions) -> scoped.apply(table)));

    /** Every view name the console may offer, in the page's order. */
    static final List<String> NAMES = DEFINITIONS.stream().map(Definition::name).toList();

    private final String lake;
    private final String metrics;

    ConsoleViews(String lake, String metrics) {
        this.lake = LakeUri.normalise(lake);
        this.metrics = LakeUri.normalise(metrics);
    }

    /** The folders of the tables the views read, each with the table name it is known by in {@link #tableVersions}. */
    Map<String, String> tablePaths() {
        Map<String, String> paths = new LinkedHashMap<>();
        for (Definition definition : DEFINITIONS) {
            paths.put(definition.root() + "/" + definition.table().name(), path(definition));
        }
        return paths;
    }

    /**
     * The views over the tables that exist, read through {@code session} and limited to {@code scope}.
     *
     * @param existing the keys of {@link #tablePaths()} whose table exists
     */
    Map<String, Dataset<Row>> build(SparkSession session, Scope scope, java.util.Set<String> existing) {
        Function<Dataset<Row>, Dataset<Row>> scoped = table -> scope.everything()
                ? table
                : table.where(
                        scope.programmes().isEmpty()
                                ? lit(false)
                                : col("programme_id").isin(scope.programmes().toArray()));
        String editionsKey = Root.LAKE + "/" + LakeTables.EDITIONS.name();
        Dataset<Row> editionsInScope = existing.contains(editionsKey)
                ? scoped.apply(session.read().format("delta").load(path(DEFINITIONS.get(0))))
                        .select("edition_id", "programme_id")
                : null;
        Map<String, Dataset<Row>> views = new LinkedHashMap<>();
        for (Definition definition : DEFINITIONS) {
            boolean needsEditions = !hasProgramme(definition.table());
            if (!existing.contains(definition.root() + "/" + definition.table().name())
                    || needsEditions && editionsInScope == null) {
                continue;
            }
            Dataset<Row> table = session.read().format("delta").load(path(definition));
            views.put(definition.name(), definition.shape().apply(table, scoped, editionsInScope));
        }
        return views;
    }

    private String path(Definition definition) {
        return LakeUri.table(definition.root() == Root.LAKE ? lake : metrics, definition.table());
    }

    private static boolean hasProgramme(TableDefinition table) {
        return table.columns().stream().anyMatch(column -> column.name().equals("programme_id"));
    }

    private static Dataset<Row> enrolments(Dataset<Row> table, Function<Dataset<Row>, Dataset<Row>> scoped) {
        return scoped.apply(table)
                .select(columns(
                        "participant_key",
                        "programme_id",
                        "edition_id",
                        "role",
                        "desk_id",
                        "status",
                        "intake_date",
                        "sector",
                        "gender",
                        "age_band"));
    }

    private static Column[] columns(String... names) {
        List<Column> columns = new ArrayList<>();
        for (String name : names) {
            columns.add(col(name));
        }
        return columns.toArray(Column[]::new);
    }
}
