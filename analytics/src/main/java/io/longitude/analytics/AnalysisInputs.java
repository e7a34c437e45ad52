package io.longitude.analytics;

import io.longitude.analytics.impact.CandidatePanel;
import io.longitude.analytics.io.LakeSnapshot;
import io.longitude.core.lake.LakeTables;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The lake tables of one analysis, each read once and cached for every metric family of the run, and the enrolled
 * candidates' {@link CandidatePanel panel} built from them once.
 */
public record AnalysisInputs(
        Dataset<Row> editions,
        Dataset<Row> enrolments,
        Dataset<Row> sessions,
        Dataset<Row> attendance,
        Dataset<Row> assessments,
        Dataset<Row> responses,
        Dataset<Row> staffResponses,
        CandidatePanel panel) {

    /** Every input of the snapshot, cached. */
    public static AnalysisInputs cached(LakeSnapshot lake) {
        Dataset<Row> enrolments = lake.table(LakeTables.ENROLMENTS).cache();
        Dataset<Row> responses = lake.table(LakeTables.RESPONSES).cache();
        return new AnalysisInputs(
                lake.table(LakeTables.EDITIONS).cache(),
                enrolments,
                lake.table(LakeTables.SESSIONS).cache(),
                lake.table(LakeTables.ATTENDANCE).cache(),
                lake.table(LakeTables.ASSESSMENTS).cache(),
                responses,
                lake.table(LakeTables.STAFF_RESPONSES).cache(),
                CandidatePanel.cached(enrolments, responses));
    }

    public SparkSession spark() {
        return responses.sparkSession();
    }

    /** Releases the cached tables. */
    public void release() {
        panel.release();
        for (Dataset<Row> table :
                List.of(editions, enrolments, sessions, attendance, assessments, responses, staffResponses)) {
            table.unpersist();
        }
    }
}
