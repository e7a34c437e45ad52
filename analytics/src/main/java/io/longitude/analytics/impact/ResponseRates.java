package io.longitude.analytics.impact;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;

import io.longitude.analytics.MetricCells;
import io.longitude.core.metrics.MetricCatalogue;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * M2 Response rate per wave (AAPOR RR1): distinct enrolled candidates with a response in the wave divided by the
 * enrolled candidates of the edition, for every wave with at least one response; Wilson 95% interval.
 * group_key = {@code response_rate}; n = enrolled candidates.
 */
public final class ResponseRates {
    private ResponseRates() {}

    public static Dataset<Row> compute(Dataset<Row> enrolments, Dataset<Row> responses, int minimumN) {
        Dataset<Row> enrolled = Candidates.enrolled(enrolments);
        Dataset<Row> denominators = enrolled.groupBy("programme_id", "edition_id").agg(count(lit(1)).as("denominator"));
        Dataset<Row> responders = responses.join(enrolled.select("participant_key", "edition_id"), new String[] {"participant_key", "edition_id"})
                .groupBy("edition_id", "wave").agg(countDistinct("participant_key").as("numerator"));
        Dataset<Row> cells = denominators.join(responders, "edition_id").select(
                lit(MetricCatalogue.RESPONSE.id()).as("metric_id"), col("programme_id"), col("edition_id"), col("wave"),
                lit("response_rate").as("group_key"), col("numerator"), col("denominator"), col("denominator").as("n"));
        return MetricCells.shares(cells, minimumN);
    }
}
