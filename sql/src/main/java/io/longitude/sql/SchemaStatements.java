package io.longitude.sql;

import io.longitude.sql.RefusedQueryException.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.analysis.CurrentNamespace$;
import org.apache.spark.sql.catalyst.analysis.UnresolvedNamespace;
import org.apache.spark.sql.catalyst.analysis.UnresolvedTableOrView;
import org.apache.spark.sql.catalyst.plans.logical.DescribeRelation;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.ShowColumns;
import org.apache.spark.sql.catalyst.plans.logical.ShowTables;
import org.apache.spark.sql.catalyst.plans.logical.ShowViews;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The read-only ways to discover the schema in SQL: {@code SHOW TABLES}, {@code SHOW VIEWS} (optionally
 * {@code LIKE 'pattern'}), {@code DESCRIBE view} and {@code SHOW COLUMNS IN view}. They are answered here from the
 * console session's own list of views, never run by Spark: Spark's commands would list the catalog, which holds more
 * than the user's views. Any other form (another namespace, a partition, {@code DESCRIBE FUNCTION}, {@code SHOW CREATE
 * TABLE}) is left to {@link QueryGuard}, which refuses it.
 */
final class SchemaStatements {
    /** An answer: the columns and rows, as a query's. */
    record Answer(StructType schema, List<Row> rows) {
        Answer {
            rows = List.copyOf(rows);
        }
    }

    static final StructType TABLES =
            new StructType().add("view", DataTypes.StringType, false).add("columns", DataTypes.IntegerType, false);
    static final StructType DESCRIBE =
            new StructType().add("col_name", DataTypes.StringType, false).add("data_type", DataTypes.StringType, false);
    static final StructType COLUMNS = new StructType().add("col_name", DataTypes.StringType, false);

    private SchemaStatements() {}

    /** The answer when {@code parsed} is one of the schema statements, empty otherwise. */
    static Optional<Answer> answer(LogicalPlan parsed, List<ConsoleView> views) {
        if (parsed instanceof ShowTables show && currentNamespace(show.namespace())) {
            return Optional.of(tables(views, scalaOption(show.pattern())));
        }
        if (parsed instanceof ShowViews show && currentNamespace(show.namespace())) {
            return Optional.of(tables(views, scalaOption(show.pattern())));
        }
        if (parsed instanceof DescribeRelation describe
                && describe.relation() instanceof UnresolvedTableOrView relation) {
            ConsoleView view = view(relation, views);
            List<Row> rows = view.columns().stream()
                    .map(column -> RowFactory.create(column.name(), column.type()))
                    .toList();
            return Optional.of(new Answer(DESCRIBE, rows));
        }
        if (parsed instanceof ShowColumns show
                && show.namespace().isEmpty()
                && show.child() instanceof UnresolvedTableOrView relation) {
            ConsoleView view = view(relation, views);
            return Optional.of(new Answer(
                    COLUMNS,
                    view.columns().stream()
                            .map(column -> RowFactory.create(column.name()))
                            .toList()));
        }
        return Optional.empty();
    }

    private static Answer tables(List<ConsoleView> views, Optional<String> pattern) {
        Optional<Pattern> matcher = pattern.map(SchemaStatements::likePattern);
        List<Row> rows = new ArrayList<>();
        for (ConsoleView view : views) {
            if (matcher.map(regex -> regex.matcher(view.name()).matches()).orElse(true)) {
                rows.add(RowFactory.create(view.name(), view.columns().size()));
            }
        }
        return new Answer(TABLES, rows);
    }

    private static ConsoleView view(UnresolvedTableOrView relation, List<ConsoleView> views) {
        List<String> parts = CollectionConverters.asJava(relation.multipartIdentifier());
        String name = String.join(".", parts).toLowerCase(Locale.ROOT);
        return views.stream()
                .filter(view -> parts.size() == 1 && view.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new RefusedQueryException(
                        Kind.UNKNOWN_NAME,
                        "Cannot find the view " + name + "; "
                                + (views.isEmpty()
                                        ? "no view exists yet"
                                        : "the views you can read are "
                                                + String.join(
                                                        ", ",
                                                        new TreeSet<>(views.stream()
                                                                .map(ConsoleView::name)
                                                                .toList()))),
                        null,
                        null));
    }

    /** Spark's SHOW pattern: {@code *} is any text, {@code |} separates alternatives, case-insensitive. */
    static Pattern likePattern(String pattern) {
        List<String> alternatives = new ArrayList<>();
        for (String alternative : pattern.strip().split("\\|")) {
            alternatives.add(java.util.Arrays.stream(alternative.strip().split("\\*", -1))
                    .map(Pattern::quote)
                    .collect(java.util.stream.Collectors.joining(".*")));
        }
        return Pattern.compile(String.join("|", alternatives), Pattern.CASE_INSENSITIVE);
    }

    private static boolean currentNamespace(LogicalPlan namespace) {
        return namespace == CurrentNamespace$.MODULE$
                || namespace instanceof UnresolvedNamespace unresolved
                        && unresolved.multipartIdentifier().isEmpty();
    }

    private static Optional<String> scalaOption(scala.Option<String> option) {
        return option.isDefined() ? Optional.of(option.get()) : Optional.empty();
    }
}
