package io.longitude.analytics.impact;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import io.longitude.analytics.Cell;
import io.longitude.analytics.DriverCells;
import io.longitude.analytics.statistics.StandardisedMeanDifference;
import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * M2 attrition bias: per edition (and the programme) and wave after W0, the standardised mean difference of each
 * baseline trait between the wave's responders and non-responders among enrolled candidates (Austin 2009, "Balance
 * diagnostics ..."). Binary traits (one per category of gender, age band and desk, and baseline level ≥ 1):
 * (p₁ − p₀) / √((p₁(1 − p₁) + p₀(1 − p₀)) / 2); the baseline awareness score: (m₁ − m₀) / √((s₁² + s₀²) / 2).
 * group_key {@code smd|<trait>}; numerator = responders and denominator = non-responders with the trait known;
 * n = both. |SMD| above 0.1 is flagged in the note.
 */
public final class AttritionBias {
    static final double FLAG = 0.1;
    private static final List<String> CATEGORICAL = List.of("gender", "age_band", "desk");

    private AttritionBias() {}

    public static Dataset<Row> compute(Dataset<Row> enrolments, Dataset<Row> responses, int minimumN) {
        return compute(CandidatePanel.of(enrolments, responses), minimumN);
    }

    public static Dataset<Row> compute(CandidatePanel panel, int minimumN) {
        Dataset<Row> traits = Candidates.withProgramme(
                        panel.status().filter(col("wave").notEqual(lit("W0"))))
                .selectExpr(
                        "programme_id",
                        "edition_id",
                        "wave",
                        "responded",
                        "stack(5, 'gender', gender, 1D, 'age_band', age_band, 1D, 'desk', desk_id, 1D, "
                                + "'baseline_level>=1', '', cast(baseline_level >= 1 as double), "
                                + "'baseline_awareness', '', baseline_awareness) as (family, category, value)")
                .filter(col("category").isNotNull().and(col("value").isNotNull()));
        List<Row> sums = traits.groupBy("programme_id", "edition_id", "wave", "responded", "family", "category")
                .agg(
                        count(lit(1)).as("count"),
                        sum(exact(col("value"))).cast("double").as("sum"),
                        sum(exact(col("value").multiply(col("value"))))
                                .cast("double")
                                .as("squares"))
                .collectAsList();
        Map<String, Group> groups = new TreeMap<>();
        for (Row row : sums) {
            String place = row.getString(0) + "\u0000" + row.getString(1) + "\u0000" + row.getString(2);
            groups.computeIfAbsent(place, key -> new Group(row.getString(0), row.getString(1), row.getString(2)))
                    .add(
                            row.getBoolean(3),
                            row.getString(4),
                            row.getString(5),
                            row.getLong(6),
                            row.getDouble(7),
                            row.getDouble(8));
        }
        List<Cell> cells = new ArrayList<>();
        groups.values().forEach(group -> cells.addAll(group.cells()));
        return DriverCells.dataset(panel.answers().sparkSession(), cells, minimumN);
    }

    /**
     * A value as a decimal, so that its sums are exact and do not depend on the order Spark adds the rows in (a double
     * sum does, and the difference of two close means in an SMD magnifies that: 1e-12 between two runs otherwise).
     */
    private static Column exact(Column value) {
        return value.cast("decimal(38,18)");
    }

    /** The sums of one edition and wave: per responded flag, family and category. */
    private static final class Group {
        private final Cell.Place place;
        private final Map<String, double[]> sums = new TreeMap<>();

        Group(String programme, String edition, String wave) {
            this.place = new Cell.Place(MetricCatalogue.RESPONSE.id(), programme, edition, wave);
        }

        void add(boolean responded, String family, String category, long count, double sum, double squares) {
            sums.put(responded + "|" + family + "|" + category, new double[] {count, sum, squares});
        }

        List<Cell> cells() {
            List<Cell> cells = new ArrayList<>();
            for (String family : CATEGORICAL) {
                TreeSet<String> categories = new TreeSet<>();
                sums.keySet().stream()
                        .map(key -> key.split("\\|", 3))
                        .filter(parts -> parts[1].equals(family))
                        .forEach(parts -> categories.add(parts[2]));
                double total1 = familyCount(true, family);
                double total0 = familyCount(false, family);
                for (String category : categories) {
                    double count1 = sum(true, family, category, 0);
                    double count0 = sum(false, family, category, 0);
                    cells.add(binary(
                            new GroupKey.Pair("smd", family + "=" + category).text(), total1, total0, count1, count0));
                }
            }
            double known1 = sum(true, "baseline_level>=1", "", 0);
            double known0 = sum(false, "baseline_level>=1", "", 0);
            cells.add(binary(
                    "smd|baseline_level>=1",
                    known1,
                    known0,
                    sum(true, "baseline_level>=1", "", 1),
                    sum(false, "baseline_level>=1", "", 1)));
            cells.add(continuous());
            return cells;
        }

        private Cell binary(String key, double total1, double total0, double count1, double count0) {
            long n = Math.round(total1 + total0);
            if (total1 < 1 || total0 < 1) {
                return place.notComputable(
                        key, n, "no " + (total1 < 1 ? "responders" : "non-responders") + " with the trait known");
            }
            Optional<Double> smd = StandardisedMeanDifference.binary(count1 / total1, count0 / total0);
            return smd.map(value -> cell(key, total1, total0, value))
                    .orElseGet(() -> place.notComputable(key, n, "the trait does not vary"));
        }

        private Cell continuous() {
            String key = new GroupKey.Pair("smd", "baseline_awareness").text();
            double count1 = sum(true, "baseline_awareness", "", 0);
            double count0 = sum(false, "baseline_awareness", "", 0);
            long n = Math.round(count1 + count0);
            if (count1 < 2 || count0 < 2) {
                return place.notComputable(key, n, "fewer than 2 responders or non-responders with a baseline score");
            }
            double mean1 = sum(true, "baseline_awareness", "", 1) / count1;
            double mean0 = sum(false, "baseline_awareness", "", 1) / count0;
            double variance1 = (sum(true, "baseline_awareness", "", 2) - count1 * mean1 * mean1) / (count1 - 1);
            double variance0 = (sum(false, "baseline_awareness", "", 2) - count0 * mean0 * mean0) / (count0 - 1);
            return StandardisedMeanDifference.continuous(mean1, Math.max(0, variance1), mean0, Math.max(0, variance0))
                    .map(value -> cell(key, count1, count0, value))
                    .orElseGet(() -> place.notComputable(key, n, "the score does not vary"));
        }

        private Cell cell(String key, double responders, double others, double smd) {
            String note = Math.abs(smd) > FLAG ? "imbalance: |SMD| above " + FLAG : null;
            return new Cell(
                    place.metricId(),
                    place.programmeId(),
                    place.editionId(),
                    place.wave(),
                    key,
                    responders,
                    others,
                    Math.round(responders + others),
                    smd,
                    null,
                    null,
                    note);
        }

        private double familyCount(boolean responded, String family) {
            return sums.entrySet().stream()
                    .filter(entry -> entry.getKey().startsWith(responded + "|" + family + "|"))
                    .mapToDouble(entry -> entry.getValue()[0])
                    .sum();
        }

        private double sum(boolean responded, String family, String category, int index) {
            double[] values = sums.get(responded + "|" + family + "|" + category);
            return values == null ? 0 : values[index];
        }
    }
}
