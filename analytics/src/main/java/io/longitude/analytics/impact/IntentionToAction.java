package io.longitude.analytics.impact;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.longitude.analytics.MetricCells;
import io.longitude.core.metrics.MetricCatalogue;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * M7 Intention to action, per edition (and the programme, edition "") and pair of consecutive waves {@code Wt>Wt+1}
 * where wave t+1 has responses:
 * {@code interested}: among enrolled candidates at level 0 at t who answer sd_interest, the share with sd_interest ≥ 2;
 * {@code acted}: of those interested who answer sd_integration at t+1, the share at level ≥ 1;
 * {@code acted_not_interested}: the same share for those not interested, for contrast. Wilson intervals.
 */
public final class IntentionToAction {
    private IntentionToAction() {}

    public static Dataset<Row> compute(Dataset<Row> enrolments, Dataset<Row> responses, int minimumN) {
        return compute(CandidatePanel.of(enrolments, responses), minimumN);
    }

    public static Dataset<Row> compute(CandidatePanel panel, int minimumN) {
        Dataset<Row> answers = panel.answers();
        Dataset<Row> nextWaves = answers.select(
                        col("edition_id"), col("wave_index").minus(1).as("wave_index"))
                .distinct();
        Dataset<Row> atZero = answers.filter(
                        col("level").equalTo(0).and(col("interest").isNotNull()))
                .join(nextWaves, new String[] {"edition_id", "wave_index"})
                .select(
                        col("programme_id"),
                        col("edition_id"),
                        col("participant_key"),
                        col("wave_index"),
                        concat(col("wave"), lit(">W"), col("wave_index").plus(1).cast("string"))
                                .as("wave"),
                        col("interest").geq(2).as("interested"));
        Dataset<Row> next = answers.filter(col("level").isNotNull())
                .select(
                        col("edition_id"),
                        col("participant_key"),
                        col("wave_index").minus(1).as("wave_index"),
                        col("level").geq(1).as("acted"));
        Dataset<Row> paths = Candidates.withProgramme(
                atZero.join(next, new String[] {"edition_id", "participant_key", "wave_index"}, "left"));
        Dataset<Row> totals = paths.groupBy("programme_id", "edition_id", "wave")
                .agg(
                        count(lit(1)).as("at_zero"),
                        sum(flag(col("interested"))).as("interested"),
                        sum(flag(col("interested").and(col("acted").isNotNull())))
                                .as("interested_followed"),
                        sum(flag(col("interested").and(col("acted")))).as("interested_acted"),
                        sum(flag(col("interested")
                                        .equalTo(false)
                                        .and(col("acted").isNotNull())))
                                .as("others_followed"),
                        sum(flag(col("interested").equalTo(false).and(col("acted"))))
                                .as("others_acted"));
        Dataset<Row> cells = cells(totals, "interested", col("interested"), col("at_zero"))
                .unionByName(cells(totals, "acted", col("interested_acted"), col("interested_followed")))
                .unionByName(cells(totals, "acted_not_interested", col("others_acted"), col("others_followed")));
        return MetricCells.shares(cells, minimumN);
    }

    private static Column flag(Column condition) {
        return when(condition, 1L).otherwise(0L);
    }

    private static Dataset<Row> cells(Dataset<Row> totals, String group, Column numerator, Column denominator) {
        return totals.select(
                lit(MetricCatalogue.INTENTION.id()).as("metric_id"),
                col("programme_id"),
                col("edition_id"),
                col("wave"),
                lit(group).as("group_key"),
                numerator.as("numerator"),
                denominator.as("denominator"),
                denominator.as("n"));
    }
}
