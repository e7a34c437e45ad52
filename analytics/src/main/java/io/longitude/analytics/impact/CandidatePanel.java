package io.longitude.analytics.impact;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The enrolled candidates' panel of one analysis, built once and read by every family that counts candidates by wave.
 *
 * <p>Most families start from the same two selections: the enrolled candidates' responses, and every enrolled
 * candidate in every wave their edition reached with whether they responded. Built by each family, the enrolments and
 * responses were joined a dozen times per run; {@link #cached} joins them once and keeps both in memory, so each
 * family plans and runs only its own counting over them.
 *
 * @param answers the enrolled candidates' responses, one row per candidate and wave answered (see
 *     {@link Candidates#responses}): programme_id, edition_id, participant_key, wave, wave_index, level, interest,
 *     awareness, business_status, business_launch_date, business_stop_date, submitted_at, instrument_version
 * @param status every enrolled candidate in every wave their edition reached, with baseline traits and whether they
 *     responded (see {@link ResponseStatus})
 */
public record CandidatePanel(Dataset<Row> answers, Dataset<Row> status) {

    /** The panel as a plan over the two tables, computed by each query that reads it (for one family alone). */
    public static CandidatePanel of(Dataset<Row> enrolments, Dataset<Row> responses) {
        Dataset<Row> answers = Candidates.responses(Candidates.enrolled(enrolments), responses);
        return new CandidatePanel(answers, ResponseStatus.of(enrolments, answers));
    }

    /**
     * The panel computed now and held in memory (two Spark jobs), for the families of one run; {@link #release} it
     * after them.
     */
    public static CandidatePanel cached(Dataset<Row> enrolments, Dataset<Row> responses) {
        Dataset<Row> answers =
                Candidates.responses(Candidates.enrolled(enrolments), responses).cache();
        Dataset<Row> status = ResponseStatus.of(enrolments, answers).cache();
        CandidatePanel panel = new CandidatePanel(answers, status);
        try {
            answers.count();
            status.count();
            return panel;
        } catch (RuntimeException e) {
            panel.release();
            throw e;
        }
    }

    /** Releases the memory of a {@link #cached} panel. */
    public void release() {
        status.unpersist();
        answers.unpersist();
    }
}
