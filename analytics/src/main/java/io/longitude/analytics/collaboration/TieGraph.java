package io.longitude.analytics.collaboration;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import io.longitude.analytics.EnrolledCandidates;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The collaboration graphs of M11, aggregated in Spark. A <i>scope</i> is one graph: an edition ({@code edition_id}
 * = the edition) or the whole programme ({@code edition_id = ""}, cumulative).
 *
 * <ul>
 *   <li>Nodes of an edition: its enrolled candidates (role candidate, status enrolled, completed or dropped). Nodes of
 *       the programme: every enrolled candidate of any of its editions, once; a candidate of several editions takes
 *       the desk and edition of the first edition in edition_id order.</li>
 *   <li>A reported pair: the unordered pair {respondent, named participant} of one tie in one response, in any wave
 *       and any edition of the programme; self-ties and ties without a key are dropped. Its first wave is the earliest
 *       wave (by the number after "W", then by name) in which either of them named the other.</li>
 *   <li>Edges of a scope: the distinct reported pairs whose two ends are both nodes of the scope. An edition's graph is
 *       thus the programme graph induced on its candidates. Ties to coaches, managers, speakers who are not candidates,
 *       referred-only candidates or unknown keys are not edges.</li>
 *   <li>Across editions: for an edition, the distinct reported pairs with one end a node of the edition and the other
 *       a candidate of the programme who is not a candidate of this edition (alumni ↔ newcomers); for the programme,
 *       its edges whose two ends are candidates of no common edition.</li>
 * </ul>
 */
final class TieGraph {
    static final String PROGRAMME = "";

    /** programme_id, edition_id (the scope), participant_key, desk, edition_group. */
    final Dataset<Row> nodes;
    /** programme_id, edition_id, a, b (a &lt; b), first_wave, desk_a, desk_b. */
    final Dataset<Row> edges;
    /** programme_id, edition_id, a, b: the distinct pairs across editions of each scope. */
    final Dataset<Row> acrossEditions;
    /** programme_id, edition_id, wave: the waves of each scope (its responses' waves and its edges' first waves). */
    final Dataset<Row> waves;

    private TieGraph(Dataset<Row> nodes, Dataset<Row> edges, Dataset<Row> acrossEditions, Dataset<Row> waves) {
        this.nodes = nodes;
        this.edges = edges;
        this.acrossEditions = acrossEditions;
        this.waves = waves;
    }

    /**
     * The graph with its tables computed once and kept (local checkpoints, dropped by Spark's cleaner when no longer
     * referenced): M11 reads them several times (counts, sizes, the edge lists for JGraphT), and re-running the joins
     * each time cost most of its run time.
     */
    TieGraph checkpointed() {
        return new TieGraph(
                nodes.localCheckpoint(),
                edges.localCheckpoint(),
                acrossEditions.localCheckpoint(),
                waves.localCheckpoint());
    }

    /** The order of a wave code: the number after its first character (W0 → 0), unknown codes last. */
    static Column waveOrder(String waveColumn) {
        return coalesce(expr("try_cast(substring(`" + waveColumn + "`, 2) as int)"), lit(Integer.MAX_VALUE));
    }

    static TieGraph of(Dataset<Row> enrolments, Dataset<Row> responses) {
        Dataset<Row> candidates = enrolments
                .filter(EnrolledCandidates.condition())
                .select(
                        col("programme_id"),
                        col("edition_id"),
                        col("participant_key"),
                        col("desk_id").as("desk"))
                .dropDuplicates("programme_id", "edition_id", "participant_key");
        Dataset<Row> editionNodes = candidates.select(
                col("programme_id"),
                col("edition_id"),
                col("participant_key"),
                col("desk"),
                col("edition_id").as("edition_group"));
        Dataset<Row> programmeNodes = candidates
                .groupBy("programme_id", "participant_key")
                .agg(min(struct(col("edition_id"), col("desk"))).as("first"))
                .select(
                        col("programme_id"),
                        lit(PROGRAMME).as("edition_id"),
                        col("participant_key"),
                        col("first.desk").as("desk"),
                        col("first.edition_id").as("edition_group"));
        Dataset<Row> nodes = editionNodes.unionByName(programmeNodes);

        Dataset<Row> reports = responses
                .filter(col("ties").isNotNull())
                .select(
                        col("programme_id"),
                        col("participant_key").as("r"),
                        col("wave"),
                        explode(col("ties")).as("tie"))
                .select(
                        col("programme_id"),
                        col("r"),
                        col("tie.participant_key").as("t"),
                        col("wave"))
                .filter(col("t").isNotNull().and(col("r").notEqual(col("t"))));
        Dataset<Row> pairs = reports.select(
                        col("programme_id"),
                        least(col("r"), col("t")).as("a"),
                        greatest(col("r"), col("t")).as("b"),
                        struct(waveOrder("wave").as("order"), col("wave").as("wave"))
                                .as("reported"))
                .groupBy("programme_id", "a", "b")
                .agg(min("reported").as("first"))
                .select(
                        col("programme_id"),
                        col("a"),
                        col("b"),
                        col("first.wave").as("first_wave"));

        Dataset<Row> nodeA = nodes.select(
                col("programme_id"),
                col("edition_id"),
                col("participant_key").as("a"),
                col("desk").as("desk_a"));
        Dataset<Row> nodeB = nodes.select(
                col("programme_id"),
                col("edition_id"),
                col("participant_key").as("b"),
                col("desk").as("desk_b"));
        Dataset<Row> edges = pairs.join(nodeA, new String[] {"programme_id", "a"}, "inner")
                .join(nodeB, new String[] {"programme_id", "edition_id", "b"}, "inner")
                .select("programme_id", "edition_id", "a", "b", "first_wave", "desk_a", "desk_b");

        Dataset<Row> members = candidates.select("programme_id", "edition_id", "participant_key");
        Dataset<Row> oriented = pairs.select(
                        col("programme_id"), col("a"), col("b"), col("a").as("x"), col("b").as("y"))
                .unionByName(pairs.select(col("programme_id"), col("a"), col("b"), col("b").as("x"), col("a").as("y")));
        Dataset<Row> editionAcross = oriented.join(
                        members.withColumnRenamed("participant_key", "x"), new String[] {"programme_id", "x"}, "inner")
                .join(
                        members.select(
                                        col("programme_id"),
                                        col("participant_key").as("y"))
                                .distinct(),
                        new String[] {"programme_id", "y"},
                        "inner")
                .join(
                        members.withColumnRenamed("participant_key", "y"),
                        new String[] {"programme_id", "edition_id", "y"},
                        "left_anti")
                .select("programme_id", "edition_id", "a", "b")
                .distinct();
        Dataset<Row> withinSomeEdition = edges.filter(col("edition_id").notEqual(lit(PROGRAMME)))
                .select("programme_id", "a", "b")
                .distinct();
        Dataset<Row> programmeAcross = edges.filter(col("edition_id").equalTo(lit(PROGRAMME)))
                .join(withinSomeEdition, new String[] {"programme_id", "a", "b"}, "left_anti")
                .select("programme_id", "edition_id", "a", "b");
        Dataset<Row> across = editionAcross.unionByName(programmeAcross);

        Dataset<Row> responseWaves = responses
                .select(col("programme_id"), col("edition_id"), col("wave"))
                .unionByName(
                        responses.select(col("programme_id"), lit(PROGRAMME).as("edition_id"), col("wave")));
        Dataset<Row> waves = responseWaves
                .unionByName(edges.select(
                        col("programme_id"),
                        col("edition_id"),
                        col("first_wave").as("wave")))
                .distinct();
        return new TieGraph(nodes, edges, across, waves);
    }
}
