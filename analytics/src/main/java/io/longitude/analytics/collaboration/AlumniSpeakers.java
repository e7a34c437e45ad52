package io.longitude.analytics.collaboration;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.longitude.analytics.EnrolledCandidates;
import io.longitude.analytics.MetricCells;
import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricCatalogue;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * M13 Alumni: alumni who come back to a later edition as good-practice speakers, and their own outcomes against the
 * other completers of the edition they followed. Rows are attached to the edition where they spoke; wave {@code ""}.
 *
 * <ul>
 *   <li>{@code speakers}: distinct participants enrolled with role alumnus_speaker in the edition (any status); a
 *       count, n = the same.</li>
 *   <li>A speaker's <i>original edition</i>: an edition of the same programme, other than the one where they speak, in
 *       which they were an enrolled candidate (status enrolled, completed or dropped); with several, the last by
 *       edition_id. A speaker without one counts in {@code speakers} only.</li>
 *   <li>Outcomes at the latest response in the original edition that answers the item (waves by number, then
 *       submitted_at): <i>integrated</i> = sd_integration ≥ 1; <i>business active</i> = business_status launched (the
 *       M1 definition).</li>
 *   <li>{@code speakers|integrated}, {@code speakers|business_active}: share of the speakers with an original edition
 *       and an answer to the item; numerator = those with the outcome, denominator = n = those answering. Wilson
 *       interval (Wilson 1927).</li>
 *   <li>{@code others|integrated}, {@code others|business_active}: the same share among the comparison group: the
 *       completers (status completed) of the speakers' original editions who were not a speaker in any edition.</li>
 * </ul>
 */
public final class AlumniSpeakers {
    private AlumniSpeakers() {}

    public static Dataset<Row> compute(Dataset<Row> enrolments, Dataset<Row> responses, int minimumN) {
        Dataset<Row> speakers = enrolments
                .filter(col("role").equalTo(lit("alumnus_speaker")))
                .select("programme_id", "edition_id", "participant_key")
                .distinct();
        Dataset<Row> candidacies = enrolments
                .filter(EnrolledCandidates.condition())
                .select(col("programme_id"), col("edition_id").as("original"), col("participant_key"), col("status"));
        Dataset<Row> origins = speakers.join(candidacies, new String[] {"programme_id", "participant_key"}, "inner")
                .filter(col("original").notEqual(col("edition_id")))
                .groupBy("programme_id", "edition_id", "participant_key")
                .agg(max("original").as("original"));
        Dataset<Row> everSpoke =
                speakers.select("programme_id", "participant_key").distinct();
        Dataset<Row> others = origins.select("programme_id", "edition_id", "original")
                .distinct()
                .join(
                        candidacies.filter(col("status").equalTo(lit("completed"))),
                        new String[] {"programme_id", "original"},
                        "inner")
                .join(everSpoke, new String[] {"programme_id", "participant_key"}, "left_anti")
                .select("programme_id", "edition_id", "participant_key", "original");

        Column latest = struct(TieGraph.waveOrder("wave"), col("submitted_at"));
        String[] response = {"programme_id", "original", "participant_key"};
        Dataset<Row> integration = responses
                .filter(col("sd_integration").isNotNull())
                .groupBy(col("programme_id"), col("edition_id").as("original"), col("participant_key"))
                .agg(max_by(col("sd_integration"), latest).as("level"));
        Dataset<Row> business = responses
                .filter(col("business_status").isNotNull())
                .groupBy(col("programme_id"), col("edition_id").as("original"), col("participant_key"))
                .agg(max_by(col("business_status"), latest).as("business"));

        Dataset<Row> perEdition = speakers.groupBy("programme_id", "edition_id")
                .agg(count(lit(1)).as("speakers"))
                .join(
                        outcomes(origins, integration, business, response, "speaker"),
                        new String[] {"programme_id", "edition_id"},
                        "left")
                .join(
                        outcomes(others, integration, business, response, "other"),
                        new String[] {"programme_id", "edition_id"},
                        "left");

        Dataset<Row> counts = cells(perEdition, "speakers", col("speakers"), lit(null), col("speakers"));
        Dataset<Row> shares = share(
                        perEdition,
                        new GroupKey.Pair("speakers", "integrated").text(),
                        "speaker_integrated",
                        "speaker_answered_level")
                .unionByName(share(
                        perEdition,
                        new GroupKey.Pair("speakers", "business_active").text(),
                        "speaker_active",
                        "speaker_answered_business"))
                .unionByName(share(
                        perEdition,
                        new GroupKey.Pair("others", "integrated").text(),
                        "other_integrated",
                        "other_answered_level"))
                .unionByName(share(
                        perEdition,
                        new GroupKey.Pair("others", "business_active").text(),
                        "other_active",
                        "other_answered_business"));
        return MetricCells.counts(counts, minimumN).unionByName(MetricCells.shares(shares, minimumN));
    }

    /** Per edition where the group's people are attached: answered and positive counts of both outcomes. */
    private static Dataset<Row> outcomes(
            Dataset<Row> people, Dataset<Row> integration, Dataset<Row> business, String[] response, String prefix) {
        return people.join(integration, response, "left")
                .join(business, response, "left")
                .groupBy("programme_id", "edition_id")
                .agg(
                        count(col("level")).as(prefix + "_answered_level"),
                        sum(when(col("level").geq(1), 1).otherwise(0)).as(prefix + "_integrated"),
                        count(col("business")).as(prefix + "_answered_business"),
                        sum(when(col("business").equalTo(lit("launched")), 1).otherwise(0))
                                .as(prefix + "_active"));
    }

    private static Dataset<Row> share(Dataset<Row> perEdition, String group, String positive, String answered) {
        Column denominator = coalesce(col(answered), lit(0L));
        return cells(perEdition, group, coalesce(col(positive), lit(0L)), denominator, denominator);
    }

    private static Dataset<Row> cells(
            Dataset<Row> perEdition, String group, Column numerator, Column denominator, Column n) {
        return perEdition.select(
                lit(MetricCatalogue.ALUMNI.id()).as("metric_id"),
                col("programme_id"),
                col("edition_id"),
                lit("").as("wave"),
                lit(group).as("group_key"),
                numerator.cast("double").as("numerator"),
                denominator.cast("double").as("denominator"),
                n.cast("long").as("n"));
    }
}
