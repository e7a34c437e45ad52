package io.longitude.sql;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.catalyst.analysis.UnresolvedFunction;
import org.apache.spark.sql.catalyst.analysis.UnresolvedRelation;
import org.apache.spark.sql.catalyst.analysis.UnresolvedTableValuedFunction;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.PlanExpression;
import org.apache.spark.sql.catalyst.expressions.UserDefinedExpression;
import org.apache.spark.sql.catalyst.expressions.objects.StaticInvoke;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.View;
import org.apache.spark.sql.classic.SparkSession;
import org.apache.spark.sql.execution.CommandExecutionMode;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Decides, before anything runs, whether a console query is a read-only query over the console's views. It checks
 * the plan twice against {@link PlanAllowList}: the parsed plan first, because analysing some statements already
 * executes them (a scripting block, {@code EXECUTE IMMEDIATE}) or reads files (a query on a path); then the analysed
 * plan, where names have become relations and functions have become expressions, and where the only relations allowed
 * are the console's own temporary views. Spark's parser decides what one statement is, so semicolons inside strings
 * and comments cannot split or join statements.
 */
public final class QueryGuard {
    /** Longer texts are refused unparsed: no analyst query needs them, and the parser's time grows with the text. */
    public static final int MAX_LENGTH = 100_000;

    private QueryGuard() {}

    /**
     * The analysed plan of {@code sql} in the console session, once both checks passed.
     *
     * @param views the names of the console's temporary views (lower case)
     * @throws RefusedQueryException with the reason, when the text is not one allowed query
     */
    static LogicalPlan check(SparkSession console, Set<String> views, String sql) {
        return check(console, views, parse(console, sql));
    }

    /**
     * Spark's parse of {@code sql}: exactly one statement, with optional trailing semicolons.
     *
     * @throws RefusedQueryException a {@link RefusedQueryException.Kind#SYNTAX syntax error} with its line and column, or a
     *     refusal when the text is empty, too long or holds a second statement
     */
    static LogicalPlan parse(SparkSession console, String sql) {
        if (sql == null || sql.isBlank()) {
            throw new RefusedQueryException("Cannot run an empty query");
        }
        if (sql.length() > MAX_LENGTH) {
            throw new RefusedQueryException(
                    "Cannot run the query, it is longer than " + MAX_LENGTH + " characters: " + sql.length());
        }
        try {
            return console.sessionState().sqlParser().parsePlan(sql);
        } catch (ParseException e) {
            throw ConsoleErrors.syntax(sql, e);
        }
    }

    /**
     * The analysed plan of an already parsed query, once both checks passed.
     *
     * @param views the names of the console's temporary views (lower case)
     * @throws RefusedQueryException with the reason, when the plan is not one allowed query
     */
    static LogicalPlan check(SparkSession console, Set<String> views, LogicalPlan parsed) {
        checkParsed(parsed);
        LogicalPlan analysed;
        try {
            analysed = console.sessionState()
                    .executePlan(parsed, CommandExecutionMode.SKIP())
                    .analyzed();
        } catch (Exception e) {
            // AnalysisException and friends: an unknown view or column, a type mismatch, a wrong argument count.
            throw ConsoleErrors.analysis(e, views);
        }
        checkAnalysed(analysed, views);
        return analysed;
    }

    private static void checkParsed(LogicalPlan plan) {
        String name = plan.getClass().getName();
        if (!PlanAllowList.parsed(name)) {
            throw refusedNode(plan);
        }
        if (plan instanceof UnresolvedRelation relation) {
            List<String> parts = CollectionConverters.asJava(relation.multipartIdentifier());
            if (parts.size() != 1 || !relation.options().isEmpty() || relation.isStreaming()) {
                throw new RefusedQueryException("Cannot read " + String.join(".", parts)
                        + ": only the console's views (and the query's own WITH names) can be read");
            }
        }
        if (plan instanceof UnresolvedTableValuedFunction function) {
            List<String> parts = CollectionConverters.asJava(function.name());
            String functionName = String.join(".", parts).toLowerCase(Locale.ROOT);
            if (parts.size() != 1 || !PlanAllowList.TABLE_FUNCTIONS.contains(functionName)) {
                throw new RefusedQueryException("Cannot call the table function " + functionName + ": only "
                        + String.join(
                                ", ",
                                PlanAllowList.TABLE_FUNCTIONS.stream().sorted().toList()) + " are allowed");
            }
        }
        for (Expression expression : CollectionConverters.asJava(plan.expressions())) {
            checkParsedExpression(expression);
        }
        children(plan).forEach(QueryGuard::checkParsed);
    }

    private static void checkParsedExpression(Expression expression) {
        if (expression instanceof UnresolvedFunction function) {
            List<String> parts = CollectionConverters.asJava(function.nameParts());
            deniedFunction(parts.get(parts.size() - 1));
        }
        if (expression instanceof PlanExpression<?> subquery && subquery.plan() instanceof LogicalPlan plan) {
            checkParsed(plan);
        }
        for (Expression child : CollectionConverters.asJava(expression.children())) {
            checkParsedExpression(child);
        }
    }

    private static void checkAnalysed(LogicalPlan plan, Set<String> views) {
        if (plan instanceof View view) {
            String viewName = view.desc().identifier().table().toLowerCase(Locale.ROOT);
            if (view.isTempView() && views.contains(viewName)) {
                return;
            }
            throw new RefusedQueryException(
                    "Cannot read the view " + viewName + ": only the console's views can be read");
        }
        if (!PlanAllowList.analysed(plan.getClass().getName())) {
            throw refusedNode(plan);
        }
        for (Expression expression : CollectionConverters.asJava(plan.expressions())) {
            checkAnalysedExpression(expression, views);
        }
        children(plan).forEach(child -> checkAnalysed(child, views));
    }

    private static void checkAnalysedExpression(Expression expression, Set<String> views) {
        String className = expression.getClass().getSimpleName();
        if (className.contains("Reflect") || className.startsWith("InputFile")) {
            throw new RefusedQueryException(
                    "Cannot call " + expression.prettyName() + ": reflection and file functions are not allowed");
        }
        if (expression instanceof UserDefinedExpression) {
            throw new RefusedQueryException("Cannot call the user-defined function " + expression.prettyName()
                    + ": only built-in functions are allowed");
        }
        if (expression instanceof StaticInvoke invoke
                && !invoke.staticObject().getName().startsWith("org.apache.spark.")) {
            throw new RefusedQueryException(
                    "Cannot call a method of " + invoke.staticObject().getName());
        }
        if (expression instanceof PlanExpression<?> subquery) {
            if (!(subquery.plan() instanceof LogicalPlan plan)) {
                throw new RefusedQueryException("Cannot run the subquery " + expression.prettyName());
            }
            checkAnalysed(plan, views);
        }
        for (Expression child : CollectionConverters.asJava(expression.children())) {
            checkAnalysedExpression(child, views);
        }
    }

    private static void deniedFunction(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (PlanAllowList.DENIED_FUNCTIONS.contains(lower)) {
            throw new RefusedQueryException("Cannot call " + lower + ": reflection and file functions are not allowed");
        }
    }

    /** Children and inner children (the definitions of a WITH clause are inner children of its node). */
    private static List<LogicalPlan> children(LogicalPlan plan) {
        List<LogicalPlan> children = new java.util.ArrayList<>(CollectionConverters.asJava(plan.children()));
        for (Object inner : CollectionConverters.asJava(plan.innerChildren())) {
            if (!(inner instanceof LogicalPlan innerPlan)) {
                throw new RefusedQueryException(
                        "Cannot run a query containing " + inner.getClass().getSimpleName());
            }
            if (!children.contains(innerPlan)) {
                children.add(innerPlan);
            }
        }
        return children;
    }

    private static RefusedQueryException refusedNode(LogicalPlan plan) {
        return new RefusedQueryException("Cannot run " + plan.nodeName()
                + ": only one read-only query (SELECT, WITH, VALUES, TABLE) over the console's views is allowed");
    }
}
