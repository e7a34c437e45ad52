package io.longitude.analytics;

import io.longitude.analytics.impact.CandidatePanel;
import io.longitude.analytics.io.LakeSnapshot;
import io.longitude.core.lake.TableDefinition;
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
        Dataset<Row> sessionFeedback,
        Dataset<Row> partnerResponses,
        CandidatePanel panel) {

    /** Every input of the snapshot, cached. */
    public static AnalysisInputs cached(LakeSnapshot lake) {
        boolean small = SessionSettings.isSmall(lake.bytes());
        List<Dataset<Row>> tables = LakeSnapshot.INPUTS.stream()
                .map(table -> cached(lake, table, small))
                .toList();
        CandidatePanel panel;
        try {
            panel = CandidatePanel.cached(tables.get(1), tables.get(5));
        } catch (RuntimeException e) {
            // The session outlives a failed analysis (the web server's): nothing of it stays in memory.
            tables.forEach(Dataset::unpersist);
            throw e;
        }
        return new AnalysisInputs(
                tables.get(0),
                tables.get(1),
                tables.get(2),
                tables.get(3),
                tables.get(4),
                tables.get(5),
                tables.get(6),
                tables.get(7),
                tables.get(8),
                panel);
    }

    /**
     * A table of the snapshot, cached. A small input is cached in as many partitions as the session has cores: Spark
     * reads a table of several small files (a wave each) as a partition per file, and every query over it then ran a
     * task per file, each serialising its plan (one partition made a single query, M12 at 10,000 participants, 20 %
     * slower: one core idle).
     */
    private static Dataset<Row> cached(LakeSnapshot lake, TableDefinition table, boolean small) {
        Dataset<Row> rows = lake.table(table);
        return (small
                        ? rows.coalesce(
                                Math.max(1, rows.sparkSession().sparkContext().defaultParallelism()))
                        : rows)
                .cache();
    }

    public SparkSession spark() {
        return responses.sparkSession();
    }

    /** Releases the cached tables. */
    public void release() {
        panel.release();
        List.of(
                        editions,
                        enrolments,
                        sessions,
                        attendance,
                        assessments,
                        responses,
                        staffResponses,
                        sessionFeedback,
                        partnerResponses)
                .forEach(Dataset::unpersist);
    }
}
