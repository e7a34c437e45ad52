package io.longitude.sql;

import java.util.Set;

/**
 * The logical plan nodes a console query may contain, by exact class name. Anything else (every command, write, DDL,
 * {@code SET}, {@code CACHE}, scripting block, script transformation, file or catalog relation, ...) is refused,
 * so that a node added by a later Spark or Delta version is refused until someone looks at it and lists it here.
 * {@code TestPlanAllowList} checks every name still names a class of the Spark on the classpath.
 */
final class PlanAllowList {
    private static final String LOGICAL = "org.apache.spark.sql.catalyst.plans.logical.";
    private static final String ANALYSIS = "org.apache.spark.sql.catalyst.analysis.";

    /** Query nodes that read nothing by themselves: they shape, combine or generate rows. */
    static final Set<String> QUERY = Set.of(
            LOGICAL + "Project",
            LOGICAL + "Filter",
            LOGICAL + "Join",
            LOGICAL + "LateralJoin",
            LOGICAL + "Aggregate",
            LOGICAL + "Window",
            LOGICAL + "WithWindowDefinition",
            LOGICAL + "Sort",
            LOGICAL + "GlobalLimit",
            LOGICAL + "LocalLimit",
            LOGICAL + "Offset",
            LOGICAL + "Union",
            LOGICAL + "Intersect",
            LOGICAL + "Except",
            LOGICAL + "Distinct",
            LOGICAL + "Deduplicate",
            LOGICAL + "SubqueryAlias",
            LOGICAL + "Generate",
            LOGICAL + "Expand",
            LOGICAL + "Pivot",
            LOGICAL + "Unpivot",
            LOGICAL + "Sample",
            LOGICAL + "LocalRelation",
            LOGICAL + "OneRowRelation",
            LOGICAL + "Range",
            LOGICAL + "WithCTE",
            LOGICAL + "CTERelationDef",
            LOGICAL + "CTERelationRef",
            LOGICAL + "ResolvedHint",
            LOGICAL + "Repartition",
            LOGICAL + "RepartitionByExpression",
            LOGICAL + "RebalancePartitions",
            "org.apache.spark.sql.catalyst.expressions.PipeOperator");

    /** Nodes only the parser produces; the analyser turns them into {@link #QUERY} nodes or fails. */
    static final Set<String> PARSED_ONLY = Set.of(
            LOGICAL + "UnresolvedWith",
            LOGICAL + "UnresolvedHint",
            ANALYSIS + "UnresolvedRelation",
            ANALYSIS + "UnresolvedTableValuedFunction",
            ANALYSIS + "UnresolvedTVFAliases",
            ANALYSIS + "UnresolvedSubqueryColumnAliases",
            ANALYSIS + "UnresolvedInlineTable",
            ANALYSIS + "UnresolvedHaving",
            ANALYSIS + "UnresolvedQualify");

    /** Nodes only the analyser produces besides {@link #QUERY}: VALUES, and our own temporary views (checked by name). */
    static final Set<String> ANALYSED_ONLY = Set.of(ANALYSIS + "ResolvedInlineTable", LOGICAL + "View");

    /** Table-valued functions that only generate rows from their arguments; none reads a file or a catalog. */
    static final Set<String> TABLE_FUNCTIONS = Set.of(
            "range",
            "explode",
            "explode_outer",
            "posexplode",
            "posexplode_outer",
            "inline",
            "inline_outer",
            "stack",
            "json_tuple");

    /**
     * Functions refused by name wherever they appear: reflection runs any Java method on the server; the input file
     * functions would show the server's file layout, and have no use on the views.
     */
    static final Set<String> DENIED_FUNCTIONS = Set.of(
            "reflect",
            "java_method",
            "try_reflect",
            "input_file_name",
            "input_file_block_start",
            "input_file_block_length");

    private PlanAllowList() {}

    static boolean parsed(String className) {
        return QUERY.contains(className) || PARSED_ONLY.contains(className);
    }

    static boolean analysed(String className) {
        return QUERY.contains(className) || ANALYSED_ONLY.contains(className);
    }
}
