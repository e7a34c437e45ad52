package io.longitude.analytics.impact;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.longitude.analytics.MetricCells;
import io.longitude.core.metrics.MetricCatalogue;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * M2 Response and attrition, the rates. Per edition (and the programme, edition "") and every wave with at least one
 * response of the edition's candidates:
 * {@code response_rate} (AAPOR RR1) = distinct enrolled candidates with a response in the wave ÷ enrolled candidates
 * (for the programme: of the editions that reached the wave); {@code retention} (waves after W0) = candidates who
 * responded in the wave and in W0 ÷ candidates who responded in W0. Wilson 95% intervals.
 */
public final class ResponseRates {
    private ResponseRates() {}

    public static Dataset<Row> compute(Dataset<Row> enrolments, Dataset<Row> responses, int minimumN) {
        return compute(CandidatePanel.of(enrolments, responses), minimumN);
    }

    public static Dataset<Row> compute(CandidatePanel panel, int minimumN) {
        Dataset<Row> editions = panel.status()
                .groupBy("programme_id", "edition_id", "wave")
                .agg(
                        count(lit(1)).as("enrolled"),
                        sum(flag(col("responded"))).as("responded"),
                        sum(flag(col("responded_intake"))).as("responded_intake"),
                        sum(flag(col("responded").and(col("responded_intake")))).as("retained"));
        Dataset<Row> totals = Candidates.withProgrammeSums(
                editions, List.of("wave"), List.of("enrolled", "responded", "responded_intake", "retained"));
        Dataset<Row> rates = cells(totals, "response_rate", col("responded"), col("enrolled"));
        Dataset<Row> retention = cells(
                totals.filter(col("wave").notEqual(lit("W0"))), "retention", col("retained"), col("responded_intake"));
        return MetricCells.shares(rates.unionByName(retention), minimumN);
    }

    private static Column flag(Column condition) {
        return when(condition, 1L).otherwise(0L);
    }

    private static Dataset<Row> cells(Dataset<Row> totals, String group, Column numerator, Column denominator) {
        return totals.select(
                lit(MetricCatalogue.RESPONSE.id()).as("metric_id"),
                col("programme_id"),
                col("edition_id"),
                col("wave"),
                lit(group).as("group_key"),
                numerator.as("numerator"),
                denominator.as("denominator"),
                denominator.as("n"));
    }
}
