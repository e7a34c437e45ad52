package io.longitude.analytics.staff;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import io.longitude.analytics.Cell;
import io.longitude.analytics.DriverCells;
import io.longitude.analytics.statistics.Means;
import io.longitude.core.instrument.InstrumentLoader;
import io.longitude.core.metrics.MetricCatalogue;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * M14 Staff: the items of the staff questionnaire (instrument {@code staff}, Likert 1–5) over time. Per edition (and
 * the programme, edition "") and wave: {@code item=<code>}: the mean answer with a Student t 95% interval; n =
 * staff responses that answer the item. Staff are the coaches and managers of an edition; their answers show how
 * the partners themselves build sustainability into their support.
 */
public final class StaffItems {
    private StaffItems() {}

    public static Dataset<Row> compute(Dataset<Row> staffResponses, int minimumN) {
        List<String> items = InstrumentLoader.staff().codes();
        String stack = items.stream().map(item -> "'" + item + "', cast(" + item + " as double)")
                .reduce((a, b) -> a + ", " + b).orElseThrow();
        Dataset<Row> answers = staffResponses
                .selectExpr("programme_id", "edition_id", "wave", "stack(" + items.size() + ", " + stack + ") as (item, answer)")
                .filter(col("answer").isNotNull());
        Dataset<Row> both = answers.unionByName(answers.withColumn("edition_id", lit("")));
        List<Row> sums = both.groupBy("programme_id", "edition_id", "wave", "item")
                .agg(count(lit(1)).as("count"), sum("answer").as("sum"), sum(col("answer").multiply(col("answer"))).as("squares"))
                .collectAsList();
        List<Cell> cells = new ArrayList<>();
        for (Row row : sums) {
            Cell.Place place = new Cell.Place(MetricCatalogue.STAFF.id(), row.getString(0), row.getString(1), row.getString(2));
            String key = "item=" + row.getString(3);
            long n = row.getLong(4);
            double mean = row.getDouble(5) / n;
            cells.add(Means.mean(n, row.getDouble(5), row.getDouble(6))
                    .map(estimate -> place.value(key, null, null, n, estimate.value(), estimate.lower(), estimate.upper()))
                    .orElseGet(() -> place.value(key, null, null, n, mean, null, null)));
        }
        return DriverCells.dataset(staffResponses.sparkSession(), cells, minimumN);
    }
}
