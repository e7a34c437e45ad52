package io.longitude.analytics.impact;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.longitude.analytics.Cell;
import io.longitude.analytics.DriverCells;
import io.longitude.analytics.statistics.Means;
import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * M15 Comparison group: where referred-but-not-enrolled candidates answered follow-ups, the difference in differences
 * of the main outcomes between intake and each later wave, per edition (and the programme) and pair {@code W0>Wk}:
 * {@code did|<outcome>} = mean paired change of enrolled candidates − mean paired change of the comparison group,
 * with a Welch t interval (Welch 1947); outcomes {@code integrated} (sd_integration ≥ 1, 0/1), {@code awareness}
 * (the score) and {@code business_active} (launched, 0/1). numerator = enrolled pairs, denominator = comparison
 * pairs, n = both, also on a row that is not computable (fewer than 2 pairs in a group). Rows exist only where
 * the programme has comparison candidates with follow-ups.
 */
public final class ComparisonGroup {
    private static final List<String> OUTCOMES = List.of("integrated", "awareness", "business_active");

    private ComparisonGroup() {}

    public static Dataset<Row> compute(Dataset<Row> enrolments, Dataset<Row> responses, int minimumN) {
        return compute(CandidatePanel.of(enrolments, responses), enrolments, responses, minimumN);
    }

    /** The enrolled candidates' answers from the panel; the comparison group's from the tables. */
    public static Dataset<Row> compute(
            CandidatePanel panel, Dataset<Row> enrolments, Dataset<Row> responses, int minimumN) {
        Dataset<Row> changes = changes(panel.answers(), "enrolled")
                .unionByName(
                        changes(Candidates.responses(Candidates.notEnrolled(enrolments), responses), "comparison"));
        List<Row> sums = Candidates.withProgramme(changes)
                .groupBy("programme_id", "edition_id", "wave", "outcome", "group")
                .agg(
                        count(lit(1)).as("pairs"),
                        sum(exact(col("change"))).cast("double").as("sum"),
                        sum(exact(col("change").multiply(col("change"))))
                                .cast("double")
                                .as("squares"))
                .collectAsList();
        Map<String, double[][]> places = new TreeMap<>();
        Map<String, Row> firstRows = new TreeMap<>();
        for (Row row : sums) {
            String key = row.getString(0) + "\u0000" + row.getString(1) + "\u0000" + row.getString(2) + "\u0000"
                    + row.getString(3);
            firstRows.putIfAbsent(key, row);
            places.computeIfAbsent(key, ignored -> new double[2][3])[
                            row.getString(4).equals("enrolled") ? 0 : 1] =
                    new double[] {row.getLong(5), row.getDouble(6), row.getDouble(7)};
        }
        List<Cell> cells = new ArrayList<>();
        places.forEach((key, groups) -> {
            Row row = firstRows.get(key);
            if (groups[1][0] == 0) {
                return;
            }
            Cell.Place place = new Cell.Place(
                    MetricCatalogue.COMPARISON.id(), row.getString(0), row.getString(1), row.getString(2));
            String group = new GroupKey.Pair("did", row.getString(3)).text();
            long enrolled = (long) groups[0][0];
            long comparison = (long) groups[1][0];
            long n = enrolled + comparison;
            cells.add(Means.welchDifference(
                            enrolled, groups[0][1], groups[0][2], comparison, groups[1][1], groups[1][2])
                    .map(estimate -> place.value(
                            group,
                            (double) enrolled,
                            (double) comparison,
                            n,
                            estimate.value(),
                            estimate.lower(),
                            estimate.upper()))
                    .orElseGet(() -> place.notComputable(
                            group, (double) enrolled, (double) comparison, n, "fewer than 2 pairs in a group")));
        });
        return DriverCells.dataset(responses.sparkSession(), cells, minimumN);
    }

    /**
     * A value as a decimal, so that its sums are exact and do not depend on the order Spark adds the rows in (a double
     * sum does: the same programme analysed with the panel cached or not differed in the last bits of 16 of M15's cells).
     */
    private static Column exact(Column value) {
        return value.cast("decimal(38,18)");
    }

    /** Per candidate and pair W0>Wk, the change of each outcome: programme_id, edition_id, wave, outcome, group, change. */
    private static Dataset<Row> changes(Dataset<Row> candidateAnswers, String group) {
        Dataset<Row> answers = candidateAnswers
                .withColumn(
                        "integrated",
                        when(
                                col("level").isNotNull(),
                                when(col("level").geq(1), 1.0).otherwise(0.0)))
                .withColumn(
                        "business_active",
                        when(
                                col("business_status").isNotNull(),
                                when(col("business_status").equalTo(lit("launched")), 1.0)
                                        .otherwise(0.0)));
        Dataset<Row> all = null;
        for (String outcome : OUTCOMES) {
            Dataset<Row> pairs = WavePairs.fromIntake(answers, outcome)
                    .select(
                            col("programme_id"),
                            col("edition_id"),
                            col("wave"),
                            lit(outcome).as("outcome"),
                            lit(group).as("group"),
                            col("after")
                                    .cast("double")
                                    .minus(col("before").cast("double"))
                                    .as("change"));
            all = all == null ? pairs : all.unionByName(pairs);
        }
        return all;
    }
}
