package io.longitude.analytics.impact;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import io.longitude.analytics.MetricCells;
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
        Dataset<Row> answered = Candidates.withProgramme(responses
                .join(Candidates.enrolled(enrolments).select("participant_key", "edition_id"), new String[] {"participant_key", "edition_id"})
                .filter(col("sd_integration").isNotNull())
                .select("programme_id", "edition_id", "wave", "sd_integration"));
        Dataset<Row> counts = answered.groupBy("programme_id", "edition_id", "wave", "sd_integration").agg(count(lit(1)).as("numerator"));
        Dataset<Row> levels = responses.sparkSession().createDataset(List.of(0, 1, 2), Encoders.INT()).toDF("level");
        Dataset<Row> grid = answered.select("programme_id", "edition_id", "wave").distinct().crossJoin(levels);
        Dataset<Row> cells = grid.join(counts, grid.col("edition_id").equalTo(counts.col("edition_id"))
                                .and(grid.col("programme_id").equalTo(counts.col("programme_id")))
                                .and(grid.col("wave").equalTo(counts.col("wave")))
                                .and(grid.col("level").equalTo(counts.col("sd_integration"))), "left")
                .select(grid.col("programme_id"), grid.col("edition_id"), grid.col("wave"), grid.col("level"),
                        coalesce(counts.col("numerator"), lit(0L)).as("numerator"))
                .withColumn("denominator", sum("numerator").over(Window.partitionBy("programme_id", "edition_id", "wave")));
        return MetricCells.shares(cells.select(
                lit(MetricCatalogue.INTEGRATION.id()).as("metric_id"), col("programme_id"), col("edition_id"), col("wave"),
                concat(lit("level="), col("level").cast("string")).as("group_key"), col("numerator"), col("denominator"),
                col("denominator").as("n")), minimumN);
    }
}
