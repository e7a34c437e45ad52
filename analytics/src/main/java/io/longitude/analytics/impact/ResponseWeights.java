package io.longitude.analytics.impact;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.longitude.analytics.Cell;
import io.longitude.analytics.DriverCells;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * M3 weighted integration shares, and the M2 rows that describe the weights. For each wave after W0, a logistic
 * model of responding given baseline traits (gender, age band, desk, level at W0 or "none", edition) is fitted on
 * the enrolled candidates of every edition that reached the wave ({@link ResponseModel}). The stabilised weight of a
 * responder is P(respond in the edition and wave) / p̂, truncated at the 1st and 99th percentile of the responders'
 * weights (Cole and Hernán 2008). Rows:
 * M3 {@code weighted|level=i}: numerator = Σw of the responses at level i, denominator = Σw of the responses that
 * answer sd_integration, n = those responses; interval Wilson on Kish's effective n = (Σw)² / Σw²;
 * M2 {@code ipw|weight_min}, {@code ipw|weight_max}: the smallest and largest weight of the edition's responders.
 */
public final class ResponseWeights {
    static final String[] TRAITS = {"gender", "age_band", "desk", "baseline"};
    /**
     * Collected patterns in a fixed order (programme, edition, wave, traits): the model's sums on the driver then do
     * not depend on the order Spark returns the rows in, so two runs give the same bits.
     */
    private static final Comparator<Row> PATTERN_ORDER = Comparator.comparing((Row row) -> row.getString(0))
            .thenComparing(row -> row.getString(1))
            .thenComparing(row -> row.getString(2))
            .thenComparing(row -> row.getString(3))
            .thenComparing(row -> row.getString(4))
            .thenComparing(row -> row.getString(5))
            .thenComparing(row -> row.getString(6));

    private ResponseWeights() {}

    public static Dataset<Row> compute(Dataset<Row> enrolments, Dataset<Row> responses, int minimumN) {
        return compute(CandidatePanel.of(enrolments, responses), minimumN);
    }

    public static Dataset<Row> compute(CandidatePanel panel, int minimumN) {
        Dataset<Row> status = panel.status()
                .filter(col("wave").notEqual(lit("W0")))
                .select(
                        col("programme_id"),
                        col("edition_id"),
                        col("participant_key"),
                        col("wave"),
                        col("responded"),
                        coalesce(col("gender"), lit("unknown")).as("gender"),
                        coalesce(col("age_band"), lit("unknown")).as("age_band"),
                        coalesce(col("desk_id"), lit("unknown")).as("desk"),
                        coalesce(col("baseline_level").cast("string"), lit("none"))
                                .as("baseline"));
        Column[] pattern = {
            col("programme_id"),
            col("edition_id"),
            col("wave"),
            col("gender"),
            col("age_band"),
            col("desk"),
            col("baseline")
        };
        List<Row> patterns = status
                .groupBy(pattern)
                .agg(
                        count(lit(1)).as("trials"),
                        sum(when(col("responded"), 1L).otherwise(0L)).as("successes"))
                .collectAsList()
                .stream()
                .sorted(PATTERN_ORDER)
                .toList();
        Dataset<Row> answers = panel.answers()
                .filter(col("level").isNotNull())
                .select("edition_id", "participant_key", "wave", "level");
        List<Row> levels = status
                .filter(col("responded"))
                .join(answers, new String[] {"edition_id", "participant_key", "wave"})
                .groupBy(pattern)
                .pivot("level", List.of(0, 1, 2))
                .agg(count(lit(1)))
                .na()
                .fill(0L)
                .collectAsList()
                .stream()
                .sorted(PATTERN_ORDER)
                .toList();
        Map<String, List<Row>> patternsByWave = byWave(patterns);
        Map<String, List<Row>> levelsByWave = byWave(levels);
        List<Cell> cells = new ArrayList<>();
        for (Map.Entry<String, List<Row>> wave : patternsByWave.entrySet()) {
            ResponseModel model = ResponseModel.fit(wave.getValue());
            cells.addAll(new WeightedShares(wave.getKey(), model, levelsByWave.getOrDefault(wave.getKey(), List.of()))
                    .cells());
        }
        return DriverCells.dataset(panel.answers().sparkSession(), cells, minimumN);
    }

    /** Rows keyed by their wave (column 2), in wave order. */
    private static Map<String, List<Row>> byWave(List<Row> rows) {
        Map<String, List<Row>> byWave = new TreeMap<>();
        for (Row row : rows) {
            byWave.computeIfAbsent(row.getString(2), key -> new ArrayList<>()).add(row);
        }
        return byWave;
    }

    /** The pattern key of a row: programme, edition and the traits (columns 0, 1 and 3 to 6). */
    static String patternKey(Row row) {
        return row.getString(0) + "|" + row.getString(1) + "|" + row.getString(3) + "|" + row.getString(4) + "|"
                + row.getString(5) + "|" + row.getString(6);
    }
}
