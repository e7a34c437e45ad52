package io.longitude.analytics.impact;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.longitude.analytics.MetricCells;
import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricCatalogue;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;

/**
 * M4 Transitions. For each pair of consecutive waves t, t+1 (wave column {@code Wt>Wt+1}) and each edition (and the
 * programme, edition ""), over the enrolled candidates who answer sd_integration in both waves:
 * {@code from=i|to=j}: numerator = candidates at level i at t and j at t+1, denominator = n = candidates at level i
 * at t (the row total), value = row share with a Wilson interval; {@code up}, {@code stay}, {@code down}: movers up,
 * stayers and decliners as shares of all pairs.
 */
public final class Transitions {
    private Transitions() {}

    public static Dataset<Row> compute(Dataset<Row> enrolments, Dataset<Row> responses, int minimumN) {
        return compute(CandidatePanel.of(enrolments, responses), minimumN);
    }

    public static Dataset<Row> compute(CandidatePanel panel, int minimumN) {
        Dataset<Row> pairs =
                WavePairs.consecutive(panel.answers().filter(col("level").isNotNull()), "level");
        // Every later step reads these counts from the driver: the waves are paired once.
        Dataset<Row> counts = Candidates.withProgrammeSums(
                pairs.groupBy("programme_id", "edition_id", "wave", "before", "after")
                        .agg(count(lit(1)).as("numerator")),
                List.of("wave", "before", "after"),
                List.of("numerator"));
        Dataset<Row> reached =
                counts.select("programme_id", "edition_id", "wave").distinct();
        Dataset<Row> grid = reached.crossJoin(levelGrid(pairs));
        Dataset<Row> matrix = grid.join(
                        counts, new String[] {"programme_id", "edition_id", "wave", "before", "after"}, "left")
                .withColumn("numerator", coalesce(col("numerator"), lit(0L)))
                .withColumn(
                        "denominator",
                        sum("numerator").over(Window.partitionBy("programme_id", "edition_id", "wave", "before")));
        Dataset<Row> cells = matrix.select(
                lit(MetricCatalogue.TRANSITIONS.id()).as("metric_id"),
                col("programme_id"),
                col("edition_id"),
                col("wave"),
                concat(lit(GroupKey.Transition.FROM), col("before"), lit(GroupKey.Transition.TO), col("after"))
                        .as("group_key"),
                col("numerator"),
                col("denominator"),
                col("denominator").as("n"));
        Dataset<Row> directions = counts.withColumn(
                        "direction",
                        when(col("after").gt(col("before")), "up")
                                .when(col("after").equalTo(col("before")), "stay")
                                .otherwise("down"))
                .groupBy("programme_id", "edition_id", "wave", "direction")
                .agg(sum("numerator").as("numerator"));
        Dataset<Row> directionGrid = reached.crossJoin(pairs.sparkSession()
                .createDataset(List.of("up", "stay", "down"), Encoders.STRING())
                .toDF("direction"));
        Dataset<Row> movers = directionGrid
                .join(directions, new String[] {"programme_id", "edition_id", "wave", "direction"}, "left")
                .withColumn("numerator", coalesce(col("numerator"), lit(0L)))
                .withColumn(
                        "denominator", sum("numerator").over(Window.partitionBy("programme_id", "edition_id", "wave")))
                .select(
                        lit(MetricCatalogue.TRANSITIONS.id()).as("metric_id"),
                        col("programme_id"),
                        col("edition_id"),
                        col("wave"),
                        col("direction").as("group_key"),
                        col("numerator"),
                        col("denominator"),
                        col("denominator").as("n"));
        return MetricCells.shares(cells.unionByName(movers), minimumN);
    }

    private static Dataset<Row> levelGrid(Dataset<Row> pairs) {
        List<Row> levels = new ArrayList<>();
        for (int before = 0; before <= 2; before++) {
            for (int after = 0; after <= 2; after++) {
                levels.add(RowFactory.create(before, after));
            }
        }
        return pairs.sparkSession()
                .createDataFrame(levels, new StructType().add("before", "int").add("after", "int"));
    }
}
