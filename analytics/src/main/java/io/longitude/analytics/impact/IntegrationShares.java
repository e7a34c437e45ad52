package io.longitude.analytics.impact;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import io.longitude.analytics.MetricCells;
import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricCatalogue;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * M3 Integration over time, complete case: per edition (and the programme, edition "") and wave, the share of responses at each level of
 * sd_integration (0, 1, 2) among the candidates' responses that answer it; Wilson 95% intervals.
 * group_key = {@code level=0|1|2}; denominator = n = responses answering sd_integration.
 */
public final class IntegrationShares {
    private IntegrationShares() {}

    public static Dataset<Row> compute(Dataset<Row> enrolments, Dataset<Row> responses, int minimumN) {
        return compute(CandidatePanel.of(enrolments, responses), minimumN);
    }

    public static Dataset<Row> compute(CandidatePanel panel, int minimumN) {
        Dataset<Row> responses = panel.answers();
        Dataset<Row> counts = Candidates.withProgrammeSums(
                responses
                        .filter(col("level").isNotNull())
                        .withColumnRenamed("level", "sd_integration")
                        .groupBy("programme_id", "edition_id", "wave", "sd_integration")
                        .agg(count(lit(1)).as("numerator")),
                List.of("wave", "sd_integration"),
                List.of("numerator"));
        Dataset<Row> levels = responses
                .sparkSession()
                .createDataset(List.of(0, 1, 2), Encoders.INT())
                .toDF("level");
        Dataset<Row> grid =
                counts.select("programme_id", "edition_id", "wave").distinct().crossJoin(levels);
        Dataset<Row> cells = grid.join(
                        counts.withColumnRenamed("sd_integration", "level"),
                        new String[] {"programme_id", "edition_id", "wave", "level"},
                        "left")
                .withColumn("numerator", coalesce(col("numerator"), lit(0L)))
                .withColumn(
                        "denominator", sum("numerator").over(Window.partitionBy("programme_id", "edition_id", "wave")));
        return MetricCells.shares(
                cells.select(
                        lit(MetricCatalogue.INTEGRATION.id()).as("metric_id"),
                        col("programme_id"),
                        col("edition_id"),
                        col("wave"),
                        concat(lit(GroupKey.Level.PREFIX), col("level").cast("string"))
                                .as("group_key"),
                        col("numerator"),
                        col("denominator"),
                        col("denominator").as("n")),
                minimumN);
    }
}
