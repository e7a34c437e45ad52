package io.longitude.analytics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.when;

import io.longitude.core.metrics.MetricStatus;
import io.longitude.core.metrics.WilsonInterval;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Finishes metric cells: value, 95% interval, status and note from numerator, denominator and n.
 * Input rows have {@code metric_id, programme_id, edition_id, wave, group_key, numerator, denominator, n}.
 */
public final class MetricCells {
    private MetricCells() {}

    /** Shares: value = numerator / denominator with a Wilson interval; nothing is divided by zero. */
    public static Dataset<Row> shares(Dataset<Row> counts, int minimumN) {
        Column k = col("numerator");
        Column n = col("denominator");
        Column computable = n.gt(0);
        Column intervalAllowed = n.geq(2);
        return finish(
                counts.withColumn("value", when(computable, k.divide(n)))
                        .withColumn("lower", when(intervalAllowed, wilson(k, n, -1)))
                        .withColumn("upper", when(intervalAllowed, wilson(k, n, 1)))
                        .withColumn(
                                "note",
                                when(
                                                computable.and(not(intervalAllowed)),
                                                lit("no interval from fewer than 2 observations"))
                                        .when(not(computable), lit("denominator is zero"))),
                minimumN);
    }

    /** Counts: value = numerator, no interval. */
    public static Dataset<Row> counts(Dataset<Row> counts, int minimumN) {
        return finish(
                counts.withColumn("value", col("numerator"))
                        .withColumn("lower", lit(null).cast("double"))
                        .withColumn("upper", lit(null).cast("double"))
                        .withColumn("note", lit(null).cast("string")),
                minimumN);
    }

    /** Ratios without a binomial interval (density, mean degree): value = numerator / denominator. */
    public static Dataset<Row> ratios(Dataset<Row> counts, int minimumN) {
        Column computable = col("denominator").gt(0);
        return finish(
                counts.withColumn("value", when(computable, col("numerator").divide(col("denominator"))))
                        .withColumn("lower", lit(null).cast("double"))
                        .withColumn("upper", lit(null).cast("double"))
                        .withColumn("note", when(not(computable), lit("denominator is zero"))),
                minimumN);
    }

    private static Dataset<Row> finish(Dataset<Row> cells, int minimumN) {
        return cells.withColumn("numerator", col("numerator").cast("double"))
                .withColumn("denominator", col("denominator").cast("double"))
                .withColumn("n", col("n").cast("long"))
                .withColumn("value", col("value").cast("double"))
                .withColumn(
                        "status",
                        when(col("value").isNull(), lit(MetricStatus.NOT_COMPUTABLE.code()))
                                .when(col("n").lt(minimumN), lit(MetricStatus.SMALL_N.code()))
                                .otherwise(lit(MetricStatus.OK.code())));
    }

    /** One bound of the Wilson score interval (the formula of {@link WilsonInterval}), clipped to [0, 1]. */
    static Column wilson(Column successes, Column trials, int sign) {
        double z = WilsonInterval.Z_95;
        double z2 = z * z;
        Column n = trials.cast("double");
        Column p = successes.cast("double").divide(n);
        Column centre = p.plus(lit(z2).divide(n.multiply(2))).divide(lit(1).plus(lit(z2).divide(n)));
        Column half = lit(z).divide(lit(1).plus(lit(z2).divide(n)))
                .multiply(sqrt(p.multiply(lit(1).minus(p))
                        .divide(n)
                        .plus(lit(z2).divide(n.multiply(n).multiply(4)))));
        Column bound = centre.plus(half.multiply(sign));
        return least(lit(1.0), greatest(lit(0.0), bound));
    }
}
