package io.longitude.analytics.pictures;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import io.longitude.analytics.EnrolledCandidates;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Each edition's network as the network picture draws it, with the graph definitions of M11: nodes are the edition's
 * enrolled candidates (the members) and the candidates of other editions of the programme tied to one of them; a tie
 * is a distinct unordered pair of participants named in a response's {@code ties} in any wave of the programme. So
 * the picture's counts are M11's {@code participants}, {@code ties} and {@code ties_across_editions}. The nodes are
 * numbered per edition (members first, then by edition, desk and participant key) and leave without their keys
 * ({@code MetricTables.NETWORK_NODES}, {@code NETWORK_TIES}). Nothing is collected: the page collects a graph only
 * within M11's {@code GraphBound}.
 */
public final class NetworkPictures {
    /** The kind of a pair named with several kinds. */
    public static final String SEVERAL_KINDS = "several";

    private final Dataset<Row> nodes;
    private final Dataset<Row> ties;
    private final Dataset<Row> keyedTies;
    private final Dataset<Row> keyedNodes;

    private NetworkPictures(Dataset<Row> nodes, Dataset<Row> ties, Dataset<Row> keyedTies, Dataset<Row> keyedNodes) {
        this.nodes = nodes;
        this.ties = ties;
        this.keyedTies = keyedTies;
        this.keyedNodes = keyedNodes;
    }

    public static NetworkPictures of(Dataset<Row> enrolments, Dataset<Row> responses) {
        Dataset<Row> candidates = enrolments
                .filter(EnrolledCandidates.condition())
                .select(
                        col("programme_id"),
                        col("edition_id"),
                        col("participant_key").as("key"),
                        coalesce(col("desk_id"), lit("")).as("desk"))
                .dropDuplicates("programme_id", "edition_id", "key");
        Dataset<Row> first = candidates
                .groupBy("programme_id", "key")
                .agg(min(struct(col("edition_id"), col("desk"))).as("first"))
                .select(
                        col("programme_id"),
                        col("key"),
                        col("first.edition_id").as("first_edition"),
                        col("first.desk").as("first_desk"));
        Dataset<Row> members = candidates.select(col("programme_id"), col("edition_id"), col("key"), col("desk"));

        Dataset<Row> reports = responses
                .filter(col("ties").isNotNull())
                .select(
                        col("programme_id"),
                        col("participant_key").as("r"),
                        explode(col("ties")).as("tie"))
                .select(
                        col("programme_id"),
                        col("r"),
                        col("tie.participant_key").as("t"),
                        col("tie.kind").as("kind"))
                .filter(col("t").isNotNull().and(col("r").notEqual(col("t"))));
        Dataset<Row> pairs = reports.select(
                        col("programme_id"),
                        least(col("r"), col("t")).as("a"),
                        greatest(col("r"), col("t")).as("b"),
                        col("kind"))
                .groupBy("programme_id", "a", "b")
                .agg(array_sort(collect_set(col("kind"))).as("kinds"))
                .select(
                        col("programme_id"),
                        col("a"),
                        col("b"),
                        coalesce(
                                        when(size(col("kinds")).equalTo(1), element_at(col("kinds"), 1))
                                                .otherwise(lit(SEVERAL_KINDS)),
                                        lit(""))
                                .as("kind"))
                .join(
                        first.select(col("programme_id"), col("key").as("a")),
                        new String[] {"programme_id", "a"},
                        "left_semi")
                .join(
                        first.select(col("programme_id"), col("key").as("b")),
                        new String[] {"programme_id", "b"},
                        "left_semi");
        Dataset<Row> byA = pairs.join(
                members.select(
                        col("programme_id"), col("edition_id"), col("key").as("a")),
                new String[] {"programme_id", "a"});
        Dataset<Row> byB = pairs.join(
                members.select(
                        col("programme_id"), col("edition_id"), col("key").as("b")),
                new String[] {"programme_id", "b"});
        Dataset<Row> keyedTies = byA.select("programme_id", "edition_id", "a", "b", "kind")
                .union(byB.select("programme_id", "edition_id", "a", "b", "kind"))
                .groupBy("programme_id", "edition_id", "a", "b", "kind")
                .agg(count(lit(1)).as("ends"))
                .select(
                        col("programme_id"),
                        col("edition_id"),
                        col("a"),
                        col("b"),
                        col("kind"),
                        col("ends").lt(2).as("across"))
                // Read by the nodes and again by the ties: kept once computed (see release).
                .persist();

        Dataset<Row> tied = keyedTies
                .select(col("programme_id"), col("edition_id"), col("a").as("key"))
                .union(keyedTies.select(col("programme_id"), col("edition_id"), col("b").as("key")))
                .distinct()
                .join(members, new String[] {"programme_id", "edition_id", "key"}, "left_anti")
                .join(first, new String[] {"programme_id", "key"})
                .select(
                        col("programme_id"),
                        col("edition_id"),
                        col("key"),
                        col("first_edition").as("node_edition"),
                        col("first_desk").as("desk"),
                        lit(false).as("member"));
        Dataset<Row> keyedNodes = members.select(
                        col("programme_id"),
                        col("edition_id"),
                        col("key"),
                        col("edition_id").as("node_edition"),
                        col("desk"),
                        lit(true).as("member"))
                .union(tied)
                .withColumn(
                        "node",
                        row_number()
                                .over(Window.partitionBy("programme_id", "edition_id")
                                        .orderBy(col("member").desc(), col("node_edition"), col("desk"), col("key"))))
                .persist();

        Dataset<Row> numbers = keyedNodes.select("programme_id", "edition_id", "key", "node");
        Dataset<Row> ties = keyedTies
                .join(
                        numbers.withColumnRenamed("key", "a").withColumnRenamed("node", "node_a"),
                        new String[] {"programme_id", "edition_id", "a"})
                .join(
                        numbers.withColumnRenamed("key", "b").withColumnRenamed("node", "node_b"),
                        new String[] {"programme_id", "edition_id", "b"})
                .select(
                        col("programme_id"),
                        col("edition_id"),
                        least(col("node_a"), col("node_b")).as("from_node"),
                        greatest(col("node_a"), col("node_b")).as("to_node"),
                        col("kind"),
                        col("across"));
        return new NetworkPictures(
                keyedNodes.select("programme_id", "edition_id", "node", "node_edition", "desk", "member"),
                ties,
                keyedTies,
                keyedNodes);
    }

    /**
     * Releases the keyed ties and numbered nodes, computed once for both pictures (the ties are numbered with the
     * nodes' numbers): call it after writing them.
     */
    public void release() {
        keyedNodes.unpersist();
        keyedTies.unpersist();
    }

    /** Rows of {@code MetricTables.NETWORK_NODES}. */
    public Dataset<Row> nodes() {
        return nodes;
    }

    /** Rows of {@code MetricTables.NETWORK_TIES}. */
    public Dataset<Row> ties() {
        return ties;
    }
}
