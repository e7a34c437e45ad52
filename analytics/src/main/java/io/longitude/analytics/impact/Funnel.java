package io.longitude.analytics.impact;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.longitude.analytics.MetricCells;
import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricCatalogue;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * M1 Funnel. Per edition and referral desk (and {@code all} desks): referred, enrolled, completed (attended at least
 * {@code completedSessions} sessions), responded at the edition's latest wave, business active (latest response says
 * launched). group_key = {@code desk|stage}; numerator = candidates at the stage; denominator = n = referred.
 */
public final class Funnel {
    private Funnel() {}

    public static Dataset<Row> compute(
            Dataset<Row> enrolments,
            Dataset<Row> attendance,
            Dataset<Row> responses,
            int completedSessions,
            int minimumN) {
        Dataset<Row> attended = attendance
                .groupBy("participant_key", "edition_id")
                .agg(count(lit(1)).as("sessions"));
        Dataset<Row> waveIndex = responses.withColumn("wave_index", expr("cast(substring(wave, 2) as int)"));
        Dataset<Row> latestWave =
                waveIndex.groupBy("edition_id").agg(max("wave_index").as("latest_wave"));
        Dataset<Row> respondedLatest = waveIndex
                .join(latestWave, "edition_id")
                .filter(col("wave_index").equalTo(col("latest_wave")))
                .select("participant_key", "edition_id")
                .distinct()
                .withColumn("responded_latest", lit(1));
        Dataset<Row> business = waveIndex
                .filter(col("business_status").isNotNull())
                .groupBy("participant_key", "edition_id")
                .agg(max_by(col("business_status"), col("wave_index")).as("latest_status"));

        Column enrolled = col("status").notEqual(lit("referred"));
        Dataset<Row> flags = Candidates.referred(enrolments)
                .join(attended, new String[] {"participant_key", "edition_id"}, "left")
                .join(respondedLatest, new String[] {"participant_key", "edition_id"}, "left")
                .join(business, new String[] {"participant_key", "edition_id"}, "left")
                .select(
                        col("programme_id"),
                        col("edition_id"),
                        coalesce(col("desk_id"), lit("unknown")).as("desk"),
                        lit(1).as("referred"),
                        when(enrolled, 1).otherwise(0).as("enrolled"),
                        when(enrolled.and(coalesce(col("sessions"), lit(0)).geq(completedSessions)), 1)
                                .otherwise(0)
                                .as("completed"),
                        when(enrolled.and(col("responded_latest").equalTo(1)), 1)
                                .otherwise(0)
                                .as("responded_latest_wave"),
                        when(enrolled.and(col("latest_status").equalTo(lit("launched"))), 1)
                                .otherwise(0)
                                .as("business_active"));
        Dataset<Row> byDesk = totals(flags, col("desk"));
        Dataset<Row> allDesks = totals(flags, lit("all"));
        Dataset<Row> stages = byDesk.unionByName(allDesks)
                .selectExpr(
                        "programme_id",
                        "edition_id",
                        "desk",
                        "referred",
                        "stack(5, 'referred', referred, 'enrolled', enrolled, 'completed', completed, "
                                + "'responded_latest_wave', responded_latest_wave, 'business_active', business_active) as (stage, numerator)");
        return MetricCells.shares(
                stages.select(
                        lit(MetricCatalogue.FUNNEL.id()).as("metric_id"),
                        col("programme_id"),
                        col("edition_id"),
                        lit("").as("wave"),
                        expr("concat(desk, '" + GroupKey.SEPARATOR + "', stage)")
                                .as("group_key"),
                        col("numerator"),
                        col("referred").as("denominator"),
                        col("referred").as("n")),
                minimumN);
    }

    private static Dataset<Row> totals(Dataset<Row> flags, Column desk) {
        return flags.groupBy(col("programme_id"), col("edition_id"), desk.as("desk"))
                .agg(
                        sum("referred").as("referred"),
                        sum("enrolled").as("enrolled"),
                        sum("completed").as("completed"),
                        sum("responded_latest_wave").as("responded_latest_wave"),
                        sum("business_active").as("business_active"));
    }
}
