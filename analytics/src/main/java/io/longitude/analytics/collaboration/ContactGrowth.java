package io.longitude.analytics.collaboration;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.longitude.analytics.Collected;
import io.longitude.analytics.EnrolledCandidates;
import io.longitude.analytics.MetricCells;
import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricCatalogue;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * M12 Network growth: the professional contacts gained through the programme ({@code new_contacts}, "since the last
 * wave") per edition and for the whole programme ({@code edition_id = ""}, editions pooled), per wave. Responses of
 * enrolled candidates of the response's edition only (role candidate, status enrolled, completed or dropped).
 *
 * <ul>
 *   <li>{@code new_contacts|mean}: mean of new_contacts over the wave's responses that answer it; numerator = their
 *       sum, denominator = n = their count. 95% t interval mean ± t(0.975, n−1) · s / √n, s the sample standard
 *       deviation (Student 1908); none from fewer than 2 answers.</li>
 *   <li>{@code new_contacts|total}: the sum of new_contacts over those responses (a count; no denominator),
 *       n = answers.</li>
 *   <li>{@code cumulative|mean}: per respondent answering new_contacts in the wave, the sum of their new_contacts over
 *       their responses in the same edition up to and including this wave (waves ordered by their number; an earlier
 *       wave without an answer adds 0); the mean over those respondents with the same t interval; numerator = the
 *       sum of the cumulative counts, denominator = n = respondents.</li>
 * </ul>
 * The t quantile comes from commons-statistics' {@link TDistribution}, in a UDF.
 */
public final class ContactGrowth {
    private static final double CONFIDENCE_QUANTILE = 0.975;

    private ContactGrowth() {}

    public static Dataset<Row> compute(Dataset<Row> enrolments, Dataset<Row> responses, int minimumN) {
        Dataset<Row> candidates = enrolments
                .filter(EnrolledCandidates.condition())
                .select("programme_id", "edition_id", "participant_key");
        Dataset<Row> answers = responses
                .join(candidates, new String[] {"programme_id", "edition_id", "participant_key"}, "left_semi")
                .select(
                        col("programme_id"),
                        col("edition_id"),
                        col("participant_key"),
                        col("wave"),
                        TieGraph.waveOrder("wave").as("wave_order"),
                        col("new_contacts"));
        Column cumulative = sum(coalesce(col("new_contacts"), lit(0)))
                .over(Window.partitionBy("programme_id", "edition_id", "participant_key")
                        .orderBy("wave_order", "wave")
                        .rowsBetween(Window.unboundedPreceding(), Window.currentRow()));
        Dataset<Row> answered = answers.withColumn("cumulative", cumulative)
                .filter(col("new_contacts").isNotNull());
        Dataset<Row> scoped = answered.unionByName(answered.withColumn("edition_id", lit(TieGraph.PROGRAMME)));
        // Read by three kinds of cell: computed once.
        Dataset<Row> perWave = Collected.onDriver(scoped.groupBy("programme_id", "edition_id", "wave")
                .agg(
                        count(lit(1)).as("answers"),
                        sum("new_contacts").as("total"),
                        exactSd("new_contacts").as("total_sd"),
                        sum("cumulative").as("cumulative"),
                        exactSd("cumulative").as("cumulative_sd")));

        Dataset<Row> totals = MetricCells.counts(
                cells(perWave, new GroupKey.Pair("new_contacts", "total").text(), col("total"), lit(null))
                        .withColumn("denominator", lit(null).cast("double")),
                minimumN);
        Dataset<Row> means = meanCells(
                cells(perWave, new GroupKey.Pair("new_contacts", "mean").text(), col("total"), col("total_sd"))
                        .unionByName(cells(
                                perWave,
                                new GroupKey.Pair("cumulative", "mean").text(),
                                col("cumulative"),
                                col("cumulative_sd"))),
                minimumN);
        return totals.drop("sd").unionByName(means);
    }

    /**
     * The sample standard deviation of a whole-number column from exact sums, sqrt((n Σx² − (Σx)²) / (n (n − 1))),
     * null under two values: the same bits whatever order Spark adds the rows in ({@code stddev_samp} updates a double
     * row by row, and its last bits changed with the number of partitions the responses were read in).
     */
    private static Column exactSd(String column) {
        // Whole numbers summed as longs (new_contacts is at most 10,000 per wave); the sums are combined as decimals.
        Column value = col(column).cast("long");
        Column n = count(col(column));
        Column sum = sum(value).cast("decimal(38,0)");
        Column spread = n.cast("decimal(38,0)")
                .multiply(sum(value.multiply(value)).cast("decimal(38,0)"))
                .minus(sum.multiply(sum));
        return when(
                n.gt(1),
                sqrt(spread.cast("double").divide(n.multiply(n.minus(1)).cast("double"))));
    }

    /** Means: value = numerator / n with the t interval from the {@code sd} column. */
    private static Dataset<Row> meanCells(Dataset<Row> cells, int minimumN) {
        UserDefinedFunction tQuantile = udf(
                (UDF1<Long, Double>) degrees -> degrees == null || degrees < 1
                        ? null
                        : TDistribution.of(degrees).inverseCumulativeProbability(CONFIDENCE_QUANTILE),
                DataTypes.DoubleType);
        Column intervalAllowed = col("n").geq(2);
        Column half = tQuantile.apply(col("n").minus(1)).multiply(col("sd")).divide(sqrt(col("n").cast("double")));
        return MetricCells.ratios(cells, minimumN)
                .withColumn("lower", when(intervalAllowed, col("value").minus(half)))
                .withColumn("upper", when(intervalAllowed, col("value").plus(half)))
                .withColumn(
                        "note",
                        when(
                                        col("note")
                                                .isNull()
                                                .and(col("value").isNotNull())
                                                .and(not(intervalAllowed)),
                                        lit("no interval from fewer than 2 observations"))
                                .otherwise(col("note")))
                .drop("sd");
    }

    private static Dataset<Row> cells(Dataset<Row> perWave, String group, Column numerator, Column sd) {
        return perWave.select(
                lit(MetricCatalogue.CONTACTS.id()).as("metric_id"),
                col("programme_id"),
                col("edition_id"),
                col("wave"),
                lit(group).as("group_key"),
                numerator.cast("double").as("numerator"),
                col("answers").cast("double").as("denominator"),
                col("answers").as("n"),
                sd.cast("double").as("sd"));
    }
}
