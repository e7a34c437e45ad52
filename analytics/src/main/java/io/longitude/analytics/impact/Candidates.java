package io.longitude.analytics.impact;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import io.longitude.analytics.Collected;
import io.longitude.analytics.EnrolledCandidates;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Shared selections of the enrolments and responses tables. */
final class Candidates {
    private static final String ANSWERED_AWARENESS =
            "filter(array(sd_awareness_1, sd_awareness_2, sd_awareness_3, sd_awareness_4, sd_awareness_5), x -> x IS NOT NULL)";

    /** The awareness score: the mean of the five awareness items when at least three are answered (docs/domain.md). */
    static final String AWARENESS_SCORE = "CASE WHEN size(" + ANSWERED_AWARENESS + ") >= 3 THEN " + "aggregate("
            + ANSWERED_AWARENESS + ", 0D, (total, x) -> total + x) / size(" + ANSWERED_AWARENESS + ") END";

    private Candidates() {}

    /** Candidates referred to an edition, enrolled or not: programme_id, edition_id, participant_key, desk_id, status. */
    static Dataset<Row> referred(Dataset<Row> enrolments) {
        return enrolments
                .filter(col("role").equalTo(lit("candidate")))
                .select("programme_id", "edition_id", "participant_key", "desk_id", "status");
    }

    /** Enrolled candidates (enrolled, completed or dropped): the denominators of docs/domain.md. */
    static Dataset<Row> enrolled(Dataset<Row> enrolments) {
        return enrolments
                .filter(EnrolledCandidates.condition())
                .select("programme_id", "edition_id", "participant_key", "desk_id", "status");
    }

    /** Candidates referred but never enrolled: the comparison group of M15. */
    static Dataset<Row> notEnrolled(Dataset<Row> enrolments) {
        return referred(enrolments).filter(col("status").equalTo(lit("referred")));
    }

    /**
     * The responses of the given candidates with {@code wave_index} (the number of the wave code), {@code awareness}
     * (the score) and {@code level} (sd_integration).
     */
    static Dataset<Row> responses(Dataset<Row> candidates, Dataset<Row> responses) {
        return responses
                .join(candidates.select("participant_key", "edition_id"), new String[] {"participant_key", "edition_id"
                })
                .select(
                        col("programme_id"),
                        col("edition_id"),
                        col("participant_key"),
                        col("wave"),
                        expr("cast(substring(wave, 2) as int)").as("wave_index"),
                        col("sd_integration").as("level"),
                        col("sd_interest").as("interest"),
                        expr(AWARENESS_SCORE).as("awareness"),
                        col("business_status"),
                        col("business_launch_date"),
                        col("business_stop_date"),
                        col("submitted_at"),
                        col("instrument_version"));
    }

    /** The rows once per edition and once more with edition_id "" for the programme as a whole. */
    static Dataset<Row> withProgramme(Dataset<Row> rows) {
        return rows.unionByName(rows.withColumn("edition_id", lit("")));
    }

    /**
     * Counts per edition, and once more summed over the editions with edition_id "" for the programme. Unlike
     * {@link #withProgramme} on the rows before counting, the candidates' rows are read once: the counts are
     * {@link Collected#onDriver collected}, and every later use of the result reads them from the driver.
     *
     * @param counted programme_id, edition_id, the {@code keys} and the {@code counts} (long) columns
     */
    static Dataset<Row> withProgrammeSums(Dataset<Row> counted, List<String> keys, List<String> counts) {
        Dataset<Row> editionCounts = Collected.onDriver(counted);
        List<Column> groups = new ArrayList<>();
        groups.add(col("programme_id"));
        keys.forEach(key -> groups.add(col(key)));
        Column[] sums = counts.stream().map(count -> sum(col(count)).as(count)).toArray(Column[]::new);
        Dataset<Row> programme = editionCounts
                .groupBy(groups.toArray(Column[]::new))
                .agg(sums[0], Arrays.copyOfRange(sums, 1, sums.length))
                .withColumn("edition_id", lit(""));
        return editionCounts.unionByName(programme);
    }
}
