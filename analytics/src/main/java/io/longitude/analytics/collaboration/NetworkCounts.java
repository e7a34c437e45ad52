package io.longitude.analytics.collaboration;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.longitude.analytics.MetricCells;
import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricCatalogue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * M11 Collaboration network, per edition and for the whole programme ({@code edition_id = ""}, cumulative). The graphs
 * (nodes = enrolled candidates, edges = distinct unordered pairs of them named as a tie in any wave) are defined in
 * {@link TieGraph}; N is the node count, E the edge count. Wave is {@code ""} except on {@code new_ties}.
 *
 * <p>Counts, computed in Spark for every graph:
 * <ul>
 *   <li>{@code participants}: N. {@code ties}: E. n = N on every row of the graph.</li>
 *   <li>{@code density} = 2E / (N(N−1)): numerator E, denominator N(N−1)/2 (possible pairs); not computable when N &lt; 2
 *       (Wasserman &amp; Faust 1994, §4.2).</li>
 *   <li>{@code mean_degree} = 2E / N: numerator 2E, denominator N.</li>
 *   <li>{@code share_with_tie}: nodes with degree ≥ 1 / N, Wilson interval.</li>
 *   <li>{@code ties_across_desks}: edges whose two ends have different, known desk_id.</li>
 *   <li>{@code ties_across_editions}: alumni ↔ newcomers, as defined in {@link TieGraph}.</li>
 *   <li>{@code new_ties|<wave>}, wave column = the wave: edges first reported in that wave; 0 for a wave of the scope
 *       without new edges.</li>
 *   <li>{@code degree|<participant_key>}: the node's degree, only for nodes with degree ≥ 1.</li>
 * </ul>
 *
 * <p>Structure, computed on the driver with JGraphT ({@link NetworkStructure}) for graphs within the {@link GraphBound}:
 * <ul>
 *   <li>{@code components}: connected components, isolates included.</li>
 *   <li>{@code largest_component_share}: nodes of the largest component / N (numerator, denominator), no interval.</li>
 *   <li>{@code betweenness|<participant_key>}: numerator = raw betweenness (over unordered pairs of other nodes),
 *       denominator = (N−1)(N−2)/2, value = Freeman's normalised betweenness in [0, 1]; not computable when N &lt; 3.
 *       Nodes with degree ≥ 1 only.</li>
 *   <li>{@code brokerage|desk|<role>}, {@code brokerage|edition|<role>}: per Gould–Fernandez role (coordinator,
 *       gatekeeper, representative, consultant, liaison), the directed open two-paths a→b→c of the graph, each
 *       undirected tie taken as two arcs, with desk or edition as groups; two-paths through a node without a desk are
 *       left out of the desk counts.</li>
 *   <li>{@code brokerage_total|<participant_key>}: the directed open two-paths the node brokers, whatever the groups
 *       (2 × pairs of its neighbours that are not tied); nodes with degree ≥ 1 only.</li>
 * </ul>
 * A graph above the bound gets these rows with value null, status {@code not_computable} and a note naming the bound.
 *
 * <p>Unlike the other transforms, this one collects: the per-graph sizes, then the nodes and edges of the graphs
 * within the bound, because JGraphT runs on the driver.
 */
public final class NetworkCounts {
    private static final String METRIC = MetricCatalogue.NETWORK.id();
    private static final StructType STRUCTURE_CELLS = StructType.fromDDL("metric_id STRING, programme_id STRING, "
            + "edition_id STRING, wave STRING, group_key STRING, numerator DOUBLE, denominator DOUBLE, n BIGINT, "
            + "bound_note STRING");

    private NetworkCounts() {}

    /** M11 with the graph bound of the session ({@link GraphBound#of}). */
    public static Dataset<Row> compute(Dataset<Row> enrolments, Dataset<Row> responses, int minimumN) {
        return compute(enrolments, responses, minimumN, GraphBound.of(enrolments.sparkSession()));
    }

    public static Dataset<Row> compute(
            Dataset<Row> enrolments, Dataset<Row> responses, int minimumN, GraphBound bound) {
        TieGraph graph = TieGraph.of(enrolments, responses).checkpointed();
        String[] scope = {"programme_id", "edition_id"};
        Dataset<Row> nodeCounts = graph.nodes
                .groupBy("programme_id", "edition_id")
                .agg(count(lit(1)).as("nodes"));
        Column acrossDesks = col("desk_a")
                .isNotNull()
                .and(col("desk_b").isNotNull())
                .and(col("desk_a").notEqual(col("desk_b")));
        Dataset<Row> edgeCounts = graph.edges
                .groupBy("programme_id", "edition_id")
                .agg(
                        count(lit(1)).as("edges"),
                        sum(when(acrossDesks, 1).otherwise(0)).as("across_desks"));
        Dataset<Row> degrees = graph.edges
                .select(col("programme_id"), col("edition_id"), col("a").as("participant_key"))
                .unionByName(graph.edges.select(col("programme_id"), col("edition_id"), col("b").as("participant_key")))
                .groupBy("programme_id", "edition_id", "participant_key")
                .agg(count(lit(1)).as("degree"))
                .localCheckpoint();
        Dataset<Row> tied =
                degrees.groupBy("programme_id", "edition_id").agg(count(lit(1)).as("tied"));
        Dataset<Row> acrossEditions = graph.acrossEditions
                .groupBy("programme_id", "edition_id")
                .agg(count(lit(1)).as("across"));
        Dataset<Row> perScope = nodeCounts
                .join(edgeCounts, scope, "left")
                .join(tied, scope, "left")
                .join(acrossEditions, scope, "left")
                .select(
                        col("programme_id"),
                        col("edition_id"),
                        col("nodes"),
                        coalesce(col("edges"), lit(0L)).as("edges"),
                        coalesce(col("across_desks"), lit(0L)).as("across_desks"),
                        coalesce(col("tied"), lit(0L)).as("tied"),
                        coalesce(col("across"), lit(0L)).as("across"))
                .localCheckpoint();

        Dataset<Row> counts = cells(perScope, lit("participants"), col("nodes"), lit(null), col("nodes"))
                .unionByName(cells(perScope, lit("ties"), col("edges"), lit(null), col("nodes")))
                .unionByName(cells(perScope, lit("ties_across_desks"), col("across_desks"), lit(null), col("nodes")))
                .unionByName(cells(perScope, lit("ties_across_editions"), col("across"), lit(null), col("nodes")));
        Dataset<Row> newTies = graph.waves
                .join(
                        graph.edges
                                .groupBy(
                                        col("programme_id"),
                                        col("edition_id"),
                                        col("first_wave").as("wave"))
                                .agg(count(lit(1)).as("new_ties")),
                        new String[] {"programme_id", "edition_id", "wave"},
                        "left")
                .join(nodeCounts, scope, "inner")
                .select(
                        lit(METRIC).as("metric_id"),
                        col("programme_id"),
                        col("edition_id"),
                        col("wave"),
                        concat(lit(GroupKey.Pair.prefix("new_ties")), col("wave"))
                                .as("group_key"),
                        coalesce(col("new_ties"), lit(0L)).cast("double").as("numerator"),
                        lit(null).cast("double").as("denominator"),
                        col("nodes").as("n"));
        Dataset<Row> degreeCells = degrees.join(nodeCounts, scope, "inner")
                .select(
                        lit(METRIC).as("metric_id"),
                        col("programme_id"),
                        col("edition_id"),
                        lit("").as("wave"),
                        concat(lit(GroupKey.Pair.prefix("degree")), col("participant_key"))
                                .as("group_key"),
                        col("degree").cast("double").as("numerator"),
                        lit(null).cast("double").as("denominator"),
                        col("nodes").as("n"));
        Dataset<Row> ratios = cells(
                        perScope,
                        lit("density"),
                        col("edges"),
                        col("nodes").multiply(col("nodes").minus(1)).divide(2),
                        col("nodes"))
                .unionByName(cells(perScope, lit("mean_degree"), col("edges").multiply(2), col("nodes"), col("nodes")));
        Dataset<Row> shares = cells(perScope, lit("share_with_tie"), col("tied"), col("nodes"), col("nodes"));
        Dataset<Row> spark = MetricCells.counts(counts.unionByName(newTies).unionByName(degreeCells), minimumN)
                .unionByName(MetricCells.ratios(ratios, minimumN))
                .unionByName(MetricCells.shares(shares, minimumN));
        return spark.unionByName(structure(graph, perScope, degrees, bound, minimumN));
    }

    /** The structural rows: JGraphT on the driver for graphs within the bound, not computable beyond it. */
    private static Dataset<Row> structure(
            TieGraph graph, Dataset<Row> perScope, Dataset<Row> degrees, GraphBound bound, int minimumN) {
        SparkSession session = perScope.sparkSession();
        List<Row> countRows = new ArrayList<>();
        List<Row> ratioRows = new ArrayList<>();
        List<Row> within = new ArrayList<>();
        List<Row> beyond = new ArrayList<>();
        for (Row size :
                perScope.select("programme_id", "edition_id", "nodes", "edges").collectAsList()) {
            String programme = size.getString(0);
            String edition = size.getString(1);
            long nodes = size.getLong(2);
            long edges = size.getLong(3);
            if (bound.admits(nodes, edges)) {
                within.add(RowFactory.create(programme, edition));
            } else {
                String note = bound.note(nodes, edges);
                beyond.add(RowFactory.create(programme, edition, note));
                countRows.add(cell(programme, edition, "components", null, null, nodes, note));
                ratioRows.add(cell(programme, edition, "largest_component_share", null, (double) nodes, nodes, note));
                for (String role : NetworkStructure.ROLES) {
                    countRows.add(cell(
                            programme, edition, new GroupKey.Brokerage("desk", role).text(), null, null, nodes, note));
                    countRows.add(cell(
                            programme,
                            edition,
                            new GroupKey.Brokerage("edition", role).text(),
                            null,
                            null,
                            nodes,
                            note));
                }
            }
        }
        Map<List<String>, ScopeLists> lists = new LinkedHashMap<>();
        if (!within.isEmpty()) {
            Dataset<Row> withinScopes =
                    session.createDataFrame(within, StructType.fromDDL("programme_id STRING, edition_id STRING"));
            String[] scope = {"programme_id", "edition_id"};
            for (Row node : graph
                    .nodes
                    .join(withinScopes, scope, "left_semi")
                    .select("programme_id", "edition_id", "participant_key", "desk", "edition_group")
                    .collectAsList()
                    .stream()
                    .sorted(firstColumns(3))
                    .toList()) {
                ScopeLists scopeLists =
                        lists.computeIfAbsent(List.of(node.getString(0), node.getString(1)), key -> new ScopeLists());
                scopeLists.nodes.add(node.getString(2));
                scopeLists.desks.put(node.getString(2), node.getString(3));
                scopeLists.editions.put(node.getString(2), node.getString(4));
            }
            for (Row edge : graph
                    .edges
                    .join(withinScopes, scope, "left_semi")
                    .select("programme_id", "edition_id", "a", "b")
                    .collectAsList()
                    .stream()
                    .sorted(firstColumns(4))
                    .toList()) {
                lists.get(List.of(edge.getString(0), edge.getString(1)))
                        .edges
                        .add(new String[] {edge.getString(2), edge.getString(3)});
            }
        }
        for (Map.Entry<List<String>, ScopeLists> entry : lists.entrySet()) {
            String programme = entry.getKey().get(0);
            String edition = entry.getKey().get(1);
            ScopeLists scopeLists = entry.getValue();
            NetworkStructure.Structure structure =
                    NetworkStructure.compute(scopeLists.nodes, scopeLists.edges, scopeLists.desks, scopeLists.editions);
            long nodes = structure.nodes();
            countRows.add(cell(programme, edition, "components", (double) structure.components(), null, nodes, null));
            ratioRows.add(cell(
                    programme,
                    edition,
                    "largest_component_share",
                    (double) structure.largestComponent(),
                    (double) nodes,
                    nodes,
                    null));
            for (String role : NetworkStructure.ROLES) {
                countRows.add(cell(
                        programme,
                        edition,
                        new GroupKey.Brokerage("desk", role).text(),
                        (double) structure.deskRoles().get(role),
                        null,
                        nodes,
                        null));
                countRows.add(cell(
                        programme,
                        edition,
                        new GroupKey.Brokerage("edition", role).text(),
                        (double) structure.editionRoles().get(role),
                        null,
                        nodes,
                        null));
            }
            double pairs = NetworkStructure.pairsOfOthers(nodes);
            for (String[] edge : scopeLists.edges) {
                for (String node : edge) {
                    scopeLists.tied.add(node);
                }
            }
            for (String node : scopeLists.tied) {
                ratioRows.add(cell(
                        programme,
                        edition,
                        new GroupKey.Pair("betweenness", node).text(),
                        structure.betweenness().get(node),
                        pairs,
                        nodes,
                        null));
                countRows.add(cell(
                        programme,
                        edition,
                        new GroupKey.Pair("brokerage_total", node).text(),
                        (double) structure.brokerageTotal().getOrDefault(node, 0L),
                        null,
                        nodes,
                        null));
            }
        }
        Dataset<Row> structureCounts = session.createDataFrame(countRows, STRUCTURE_CELLS);
        Dataset<Row> structureRatios = session.createDataFrame(ratioRows, STRUCTURE_CELLS);
        if (!beyond.isEmpty()) {
            Dataset<Row> beyondScopes = session.createDataFrame(
                    beyond, StructType.fromDDL("programme_id STRING, edition_id STRING, bound_note STRING"));
            Dataset<Row> beyondNodes = degrees.join(beyondScopes, new String[] {"programme_id", "edition_id"}, "inner")
                    .join(
                            perScope.select("programme_id", "edition_id", "nodes"),
                            new String[] {"programme_id", "edition_id"},
                            "inner");
            structureRatios =
                    structureRatios.unionByName(participantCells(beyondNodes, GroupKey.Pair.prefix("betweenness")));
            structureCounts =
                    structureCounts.unionByName(participantCells(beyondNodes, GroupKey.Pair.prefix("brokerage_total")));
        }
        Dataset<Row> finished = MetricCells.counts(structureCounts, minimumN)
                .unionByName(MetricCells.ratios(structureRatios, minimumN));
        return finished.withColumn("note", coalesce(col("bound_note"), col("note")))
                .drop("bound_note");
    }

    private static Dataset<Row> participantCells(Dataset<Row> beyondNodes, String prefix) {
        return beyondNodes.select(
                lit(METRIC).as("metric_id"),
                col("programme_id"),
                col("edition_id"),
                lit("").as("wave"),
                concat(lit(prefix), col("participant_key")).as("group_key"),
                lit(null).cast("double").as("numerator"),
                prefix.startsWith("betweenness")
                        ? col("nodes")
                                .minus(1)
                                .multiply(col("nodes").minus(2))
                                .divide(2)
                                .cast("double")
                                .as("denominator")
                        : lit(null).cast("double").as("denominator"),
                col("nodes").as("n"),
                col("bound_note"));
    }

    /**
     * Collected nodes and edges in a fixed order: JGraphT's betweenness sums depend on the order the graph is built
     * in, so sorted rows give the same bits on every run.
     */
    private static Comparator<Row> firstColumns(int columns) {
        Comparator<Row> order = Comparator.comparing((Row row) -> row.getString(0));
        for (int column = 1; column < columns; column++) {
            int index = column;
            order = order.thenComparing(row -> row.getString(index));
        }
        return order;
    }

    private static Row cell(
            String programme, String edition, String group, Double numerator, Double denominator, long n, String note) {
        return RowFactory.create(METRIC, programme, edition, "", group, numerator, denominator, n, note);
    }

    private static Dataset<Row> cells(
            Dataset<Row> perScope, Column group, Column numerator, Column denominator, Column n) {
        return perScope.select(
                lit(METRIC).as("metric_id"),
                col("programme_id"),
                col("edition_id"),
                lit("").as("wave"),
                group.as("group_key"),
                numerator.cast("double").as("numerator"),
                denominator.cast("double").as("denominator"),
                n.as("n"));
    }

    /** The nodes, edges and groups of one graph within the bound, collected to the driver. */
    private static final class ScopeLists {
        final List<String> nodes = new ArrayList<>();
        final List<String[]> edges = new ArrayList<>();
        final Map<String, String> desks = new HashMap<>();
        final Map<String, String> editions = new HashMap<>();
        final java.util.Set<String> tied = new java.util.TreeSet<>();
    }
}
