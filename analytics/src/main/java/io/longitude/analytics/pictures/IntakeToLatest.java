package io.longitude.analytics.pictures;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import io.longitude.analytics.EnrolledCandidates;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * From intake (W0) to the latest wave, per edition: M4 holds only consecutive waves and M5 keeps tests rather than
 * the 3×3 table, so the trajectories page reads this table ({@code MetricTables.INTAKE_TO_LATEST}), with M4's
 * population: enrolled candidates of the edition answering sd_integration at W0 and at the latest wave in which any
 * of them did. At most nine counts per edition.
 */
public final class IntakeToLatest {
    private IntakeToLatest() {}

    public static Dataset<Row> of(Dataset<Row> enrolments, Dataset<Row> responses) {
        Dataset<Row> candidates = enrolments
                .filter(EnrolledCandidates.condition())
                .select("programme_id", "edition_id", "participant_key")
                .distinct();
        Dataset<Row> answers = responses
                .filter(col("sd_integration").isNotNull())
                .join(candidates, new String[] {"programme_id", "edition_id", "participant_key"}, "left_semi")
                .select(
                        col("programme_id"),
                        col("edition_id"),
                        col("participant_key"),
                        col("wave"),
                        expr("try_cast(substring(wave, 2) as int)").as("wave_index"),
                        col("sd_integration").as("level"));
        Dataset<Row> intake = answers.filter(col("wave_index").equalTo(0))
                .select(
                        col("programme_id"),
                        col("edition_id"),
                        col("participant_key"),
                        col("level").as("before"));
        Dataset<Row> later = answers.filter(col("wave_index").gt(0))
                .select(
                        col("programme_id"),
                        col("edition_id"),
                        col("participant_key"),
                        col("wave"),
                        col("wave_index"),
                        col("level").as("after"));
        return intake.join(later, new String[] {"programme_id", "edition_id", "participant_key"})
                .groupBy("programme_id", "edition_id", "wave", "wave_index", "before", "after")
                .agg(count(lit(1)).as("candidates"))
                .withColumn("latest", max("wave_index").over(Window.partitionBy("programme_id", "edition_id")))
                .filter(col("wave_index").equalTo(col("latest")))
                .select(
                        col("programme_id"),
                        col("edition_id"),
                        col("wave"),
                        col("wave_index"),
                        col("before").cast("int").as("before"),
                        col("after").cast("int").as("after"),
                        col("candidates"));
    }
}
