package io.longitude.analytics.impact;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Shared selections of the enrolments table. */
final class Candidates {
    private Candidates() {}

    /** Candidates referred to an edition, enrolled or not: programme_id, edition_id, participant_key, desk_id, status. */
    static Dataset<Row> referred(Dataset<Row> enrolments) {
        return enrolments.filter(col("role").equalTo(lit("candidate")))
                .select("programme_id", "edition_id", "participant_key", "desk_id", "status");
    }

    /** Enrolled candidates (enrolled, completed or dropped): the denominators of DOMAIN.md. */
    static Dataset<Row> enrolled(Dataset<Row> enrolments) {
        return referred(enrolments).filter(col("status").notEqual(lit("referred")));
    }
}
