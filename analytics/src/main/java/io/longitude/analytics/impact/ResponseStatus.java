package io.longitude.analytics.impact;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Every enrolled candidate in every wave their edition has reached (a wave with at least one response of the
 * edition's candidates), with baseline traits and whether they responded: programme_id, edition_id,
 * participant_key, wave, desk_id, gender, age_band, baseline_level (sd_integration at W0 or null), baseline_awareness,
 * responded, responded_intake.
 */
final class ResponseStatus {
    private ResponseStatus() {}

    /**
     * @param answers the enrolled candidates' responses as {@link Candidates#responses} selects them
     */
    static Dataset<Row> of(Dataset<Row> enrolments, Dataset<Row> answers) {
        Dataset<Row> enrolled = Candidates.enrolled(enrolments)
                .join(
                        enrolments.select("participant_key", "edition_id", "gender", "age_band"),
                        new String[] {"participant_key", "edition_id"});
        Dataset<Row> waves = answers.select("edition_id", "wave").distinct();
        Dataset<Row> responded = answers.select(
                        col("edition_id"),
                        col("participant_key"),
                        col("wave"),
                        lit(true).as("responded"))
                .distinct();
        Dataset<Row> intake = answers.filter(col("wave").equalTo(lit("W0")))
                .select(
                        col("edition_id"),
                        col("participant_key"),
                        lit(true).as("responded_intake"),
                        col("level").as("baseline_level"),
                        col("awareness").as("baseline_awareness"));
        // A handful of waves per edition, broadcast: the candidates are not shuffled onto one partition per edition.
        return enrolled.join(broadcast(waves), "edition_id")
                .join(responded, new String[] {"edition_id", "participant_key", "wave"}, "left")
                .join(intake, new String[] {"edition_id", "participant_key"}, "left")
                .select(
                        col("programme_id"),
                        col("edition_id"),
                        col("participant_key"),
                        col("wave"),
                        col("desk_id"),
                        col("gender"),
                        col("age_band"),
                        col("baseline_level"),
                        col("baseline_awareness"),
                        coalesce(col("responded"), lit(false)).as("responded"),
                        coalesce(col("responded_intake"), lit(false)).as("responded_intake"));
    }
}
