package io.longitude.analytics.staff;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import io.longitude.analytics.Cell;
import io.longitude.analytics.DriverCells;
import io.longitude.analytics.statistics.Estimate;
import io.longitude.analytics.statistics.Means;
import io.longitude.core.instrument.Instrument;
import io.longitude.core.instrument.InstrumentLoader;
import io.longitude.core.instrument.Question;
import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * M14 Staff: the items of the staff questionnaire (instrument {@code staff}, Likert 1–5) over time. Per edition (and
 * the programme, edition "") and wave: {@code item=<code>}: the mean answer with a Student t 95% interval; n =
 * staff responses that answer the item. Staff are the coaches and managers of an edition; their answers show how
 * the partners themselves build sustainability into their support. An edition has few staff (two coaches and a
 * manager), and a t interval from 2 or 3 answers is wider than the scale (t<sub>0.975</sub> is 12.7 with 1 degree of
 * freedom, 4.3 with 2): the mean is shown without an interval below {@link #INTERVAL_MINIMUM_N} answers, and an
 * interval is cut to the item's scale (1–5), where the mean of the answers always lies.
 */
public final class StaffItems {
    /** The fewest answers an interval is computed from. */
    public static final int INTERVAL_MINIMUM_N = 4;

    private StaffItems() {}

    public static Dataset<Row> compute(Dataset<Row> staffResponses, int minimumN) {
        Instrument instrument = InstrumentLoader.staff();
        List<String> items = instrument.codes();
        String stack = items.stream()
                .map(item -> "'" + item + "', cast(" + item + " as double)")
                .reduce((a, b) -> a + ", " + b)
                .orElseThrow();
        Dataset<Row> answers = staffResponses
                .selectExpr(
                        "programme_id",
                        "edition_id",
                        "wave",
                        "stack(" + items.size() + ", " + stack + ") as (item, answer)")
                .filter(col("answer").isNotNull());
        Dataset<Row> both = answers.unionByName(answers.withColumn("edition_id", lit("")));
        List<Row> sums = both.groupBy("programme_id", "edition_id", "wave", "item")
                .agg(
                        count(lit(1)).as("count"),
                        sum("answer").as("sum"),
                        sum(col("answer").multiply(col("answer"))).as("squares"))
                .collectAsList();
        List<Cell> cells = new ArrayList<>();
        for (Row row : sums) {
            Cell.Place place =
                    new Cell.Place(MetricCatalogue.STAFF.id(), row.getString(0), row.getString(1), row.getString(2));
            String key = new GroupKey.Item(row.getString(3)).text();
            long n = row.getLong(4);
            double mean = row.getDouble(5) / n;
            Question question = instrument.question(row.getString(3)).orElseThrow();
            Optional<Estimate> interval =
                    n < INTERVAL_MINIMUM_N ? Optional.empty() : Means.mean(n, row.getDouble(5), row.getDouble(6));
            cells.add(interval.map(estimate -> place.value(
                            key,
                            null,
                            null,
                            n,
                            estimate.value(),
                            Math.max(question.min(), estimate.lower()),
                            Math.min(question.max(), estimate.upper())))
                    .orElseGet(() -> place.value(key, null, null, n, mean, null, null)));
        }
        return DriverCells.dataset(staffResponses.sparkSession(), cells, minimumN);
    }
}
