package io.longitude.analytics.collaboration;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import io.longitude.analytics.MetricCells;
import io.longitude.core.metrics.MetricCatalogue;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * M11 Collaboration network, basic counts per edition. The edition's graph has its enrolled candidates as nodes
 * and, as edges, the distinct unordered pairs of them that any respondent named as a tie in any wave.
 * group_key: {@code participants} (N), {@code ties} (E), {@code density} = 2E / (N(N-1)), {@code mean_degree} = 2E / N,
 * {@code share_with_tie} (nodes with at least one edge / N, Wilson interval), {@code ties_across_editions} (distinct
 * pairs between a respondent of the edition and a participant of another edition).
 */
public final class NetworkCounts {
    private NetworkCounts() {}

    public static Dataset<Row> compute(Dataset<Row> enrolments, Dataset<Row> responses, int minimumN) {
        Dataset<Row> nodes = enrolments.filter(col("role").equalTo(lit("candidate")).and(col("status").notEqual(lit("referred"))))
                .select("programme_id", "edition_id", "participant_key");
        Dataset<Row> named = responses.filter(col("ties").isNotNull())
                .select(col("edition_id"), col("participant_key").as("a"), explode(col("ties")).as("tie"))
                .select(col("edition_id"), col("a"), col("tie.participant_key").as("b"));
        Dataset<Row> pairs = named.select(col("edition_id"), least(col("a"), col("b")).as("a"), greatest(col("a"), col("b")).as("b"));
        Dataset<Row> nodeA = nodes.select(col("edition_id").as("edition_a"), col("participant_key").as("node_a"));
        Dataset<Row> nodeB = nodes.select(col("edition_id").as("edition_b"), col("participant_key").as("node_b"));
        Dataset<Row> located = pairs
                .join(nodeA, pairs.col("a").equalTo(nodeA.col("node_a")).and(pairs.col("edition_id").equalTo(nodeA.col("edition_a"))), "left")
                .join(nodeB, pairs.col("b").equalTo(nodeB.col("node_b")).and(pairs.col("edition_id").equalTo(nodeB.col("edition_b"))), "left");
        Column within = col("node_a").isNotNull().and(col("node_b").isNotNull());
        Dataset<Row> edges = located.filter(within).select("edition_id", "a", "b").distinct();
        Dataset<Row> across = located.filter(not(within)).select("edition_id", "a", "b").distinct()
                .groupBy("edition_id").agg(count(lit(1)).as("across"));
        Dataset<Row> edgeCounts = edges.groupBy("edition_id").agg(count(lit(1)).as("edges"));
        Dataset<Row> tied = edges.select(col("edition_id"), col("a").as("node"))
                .union(edges.select(col("edition_id"), col("b").as("node")))
                .groupBy("edition_id").agg(countDistinct("node").as("tied"));
        Dataset<Row> perEdition = nodes.groupBy("programme_id", "edition_id").agg(count(lit(1)).as("nodes"))
                .join(edgeCounts, new String[] {"edition_id"}, "left")
                .join(tied, new String[] {"edition_id"}, "left")
                .join(across, new String[] {"edition_id"}, "left")
                .select(col("programme_id"), col("edition_id"), col("nodes"), coalesce(col("edges"), lit(0L)).as("edges"),
                        coalesce(col("tied"), lit(0L)).as("tied"), coalesce(col("across"), lit(0L)).as("across"));
        Dataset<Row> counts = cells(perEdition, "participants", col("nodes"), lit(null), col("nodes"))
                .unionByName(cells(perEdition, "ties", col("edges"), lit(null), col("nodes")))
                .unionByName(cells(perEdition, "ties_across_editions", col("across"), lit(null), col("nodes")));
        Dataset<Row> ratios = cells(perEdition, "density", col("edges"), col("nodes").multiply(col("nodes").minus(1)).divide(2), col("nodes"))
                .unionByName(cells(perEdition, "mean_degree", col("edges").multiply(2), col("nodes"), col("nodes")));
        Dataset<Row> shares = cells(perEdition, "share_with_tie", col("tied"), col("nodes"), col("nodes"));
        return MetricCells.counts(counts, minimumN)
                .unionByName(MetricCells.ratios(ratios, minimumN))
                .unionByName(MetricCells.shares(shares, minimumN));
    }

    private static Dataset<Row> cells(Dataset<Row> perEdition, String group, Column numerator, Column denominator, Column n) {
        return perEdition.select(lit(MetricCatalogue.NETWORK.id()).as("metric_id"), col("programme_id"), col("edition_id"),
                lit("").as("wave"), lit(group).as("group_key"), numerator.cast("double").as("numerator"),
                denominator.cast("double").as("denominator"), n.as("n"));
    }
}
