package io.longitude.analytics.impact;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Pairs a candidate's answers in two waves. Input rows are {@link Candidates#responses}; output rows have
 * programme_id, edition_id, participant_key, wave ({@code Wt>Wu}), {@code before} and {@code after} (the value of the
 * chosen column in each wave), and the wave codes {@code wave_before}, {@code wave_after}.
 */
final class WavePairs {
    private WavePairs() {}

    /** Each wave with the next one (W0>W1, W1>W2, …): both answered. */
    static Dataset<Row> consecutive(Dataset<Row> answers, String column) {
        return pair(
                answers, column, col("b.wave_index").equalTo(col("a.wave_index").plus(1)));
    }

    /** Intake with each later wave (W0>W1, W0>W2, …): both answered. */
    static Dataset<Row> fromIntake(Dataset<Row> answers, String column) {
        return pair(
                answers,
                column,
                col("a.wave_index").equalTo(0).and(col("b.wave_index").gt(0)));
    }

    private static Dataset<Row> pair(Dataset<Row> answers, String column, org.apache.spark.sql.Column waves) {
        Dataset<Row> present = answers.filter(col(column).isNotNull())
                .select("programme_id", "edition_id", "participant_key", "wave", "wave_index", column);
        return present.as("a")
                .join(
                        present.as("b"),
                        col("a.participant_key")
                                .equalTo(col("b.participant_key"))
                                .and(col("a.edition_id").equalTo(col("b.edition_id")))
                                .and(waves))
                .select(
                        col("a.programme_id").as("programme_id"),
                        col("a.edition_id").as("edition_id"),
                        col("a.participant_key").as("participant_key"),
                        concat(col("a.wave"), lit(">"), col("b.wave")).as("wave"),
                        col("a.wave").as("wave_before"),
                        col("b.wave").as("wave_after"),
                        col("a." + column).as("before"),
                        col("b." + column).as("after"));
    }
}
