package io.longitude.analytics.impact;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.longitude.analytics.Cell;
import io.longitude.analytics.DriverCells;
import io.longitude.analytics.MetricCells;
import io.longitude.analytics.statistics.SimpleRegression;
import io.longitude.analytics.statistics.Spearman;
import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricCatalogue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * M9 Dose–response, per edition (and the programme) and wave after W0, with the outcome "integrated"
 * (sd_integration ≥ 1) and the dose = sessions attended (all, thematic, BMC workshops):
 * {@code band=0-3|4-6|7-10}, {@code thematic|band=0-2|3-4|5-6}, {@code bmc|band=0-1|2|3-4}: share integrated
 * by band, Wilson; {@code spearman|all|thematic|bmc}: Spearman's ρ between sessions and level with midranks
 * (Spearman 1904) and the Fisher z interval with SE √(1.06/(n−3)) (Fieller, Hartley and Pearson 1957); on the pair
 * W0>W1, {@code slope_up_per_session}: the OLS slope of moving up a level (candidates below level 2 at W0) on
 * sessions attended, a linear probability model with a t interval; {@code slope_up_per_session|coach_confirmed}: the
 * same among candidates whose W0 level the coach's W0 assessment confirms. Unconscious integrators report 0 at intake
 * and "move up" at W1 whatever they attended; leaving out unconfirmed starts removes that reporting artefact.
 */
public final class DoseResponse {
    private DoseResponse() {}

    public static Dataset<Row> compute(
            Dataset<Row> enrolments,
            Dataset<Row> responses,
            Dataset<Row> sessions,
            Dataset<Row> attendance,
            Dataset<Row> assessments,
            int minimumN) {
        return compute(
                enrolments, CandidatePanel.of(enrolments, responses), sessions, attendance, assessments, minimumN);
    }

    public static Dataset<Row> compute(
            Dataset<Row> enrolments,
            CandidatePanel panel,
            Dataset<Row> sessions,
            Dataset<Row> attendance,
            Dataset<Row> assessments,
            int minimumN) {
        Dataset<Row> doses = doses(enrolments, sessions, attendance);
        Dataset<Row> answers = panel.answers().filter(col("level").isNotNull());
        Dataset<Row> outcomes = Candidates.withProgramme(
                answers.filter(col("wave_index").gt(0)).join(doses, new String[] {"edition_id", "participant_key"}));
        Dataset<Row> bands = outcomes.selectExpr(
                "programme_id",
                "edition_id",
                "wave",
                "level",
                "stack(3, concat('" + GroupKey.Band.prefix("")
                        + "', CASE WHEN sessions <= 3 THEN '0-3' WHEN sessions <= 6 THEN '4-6' ELSE '7-10' END), "
                        + "concat('" + GroupKey.Band.prefix("thematic")
                        + "', CASE WHEN thematic <= 2 THEN '0-2' WHEN thematic <= 4 THEN '3-4' ELSE '5-6' END), "
                        + "concat('" + GroupKey.Band.prefix("bmc")
                        + "', CASE WHEN bmc <= 1 THEN '0-1' WHEN bmc = 2 THEN '2' ELSE '3-4' END)) as group_key");
        Dataset<Row> shares = bands.groupBy("programme_id", "edition_id", "wave", "group_key")
                .agg(
                        sum(when(col("level").geq(1), 1L).otherwise(0L)).as("numerator"),
                        count(lit(1)).as("denominator"))
                .select(
                        lit(MetricCatalogue.DOSE.id()).as("metric_id"),
                        col("programme_id"),
                        col("edition_id"),
                        col("wave"),
                        col("group_key"),
                        col("numerator"),
                        col("denominator"),
                        col("denominator").as("n"));
        List<Row> ranks = outcomes.selectExpr(
                        "programme_id",
                        "edition_id",
                        "wave",
                        "level",
                        "stack(3, 'all', sessions, 'thematic', thematic, 'bmc', bmc) as (dose, sessions)")
                .groupBy("programme_id", "edition_id", "wave", "dose", "sessions", "level")
                .agg(count(lit(1)).as("count"))
                .collectAsList();
        Dataset<Row> intakeAssessments = assessments
                .filter(col("wave").equalTo(lit("W0")))
                .select(
                        col("edition_id"),
                        col("participant_key"),
                        col("sd_integration").as("coach"));
        List<Row> moves = Candidates.withProgramme(WavePairs.consecutive(answers, "level")
                        .filter(col("wave")
                                .equalTo(lit("W0>W1"))
                                .and(col("before").lt(2)))
                        .join(doses, new String[] {"edition_id", "participant_key"})
                        .join(intakeAssessments, new String[] {"edition_id", "participant_key"}, "left"))
                .groupBy(
                        col("programme_id"),
                        col("edition_id"),
                        col("sessions"),
                        col("after").gt(col("before")).as("up"),
                        coalesce(col("coach").equalTo(col("before")), lit(false))
                                .as("confirmed"))
                .agg(count(lit(1)).as("count"))
                .collectAsList();
        List<Cell> cells = new ArrayList<>(spearman(ranks));
        cells.addAll(slopes(moves, "slope_up_per_session"));
        cells.addAll(slopes(
                moves.stream().filter(row -> row.getBoolean(4)).toList(),
                new GroupKey.Pair("slope_up_per_session", "coach_confirmed").text()));
        return MetricCells.shares(shares, minimumN)
                .unionByName(DriverCells.dataset(sessions.sparkSession(), cells, minimumN));
    }

    /** Sessions attended per enrolled candidate: sessions, thematic, bmc (0 when none). */
    private static Dataset<Row> doses(Dataset<Row> enrolments, Dataset<Row> sessions, Dataset<Row> attendance) {
        Column thematic = col("kind").equalTo(lit("THEMATIC"));
        Dataset<Row> attended = attendance
                .join(sessions.select("session_id", "kind"), "session_id")
                .groupBy("edition_id", "participant_key")
                .agg(
                        count(lit(1)).as("sessions"),
                        sum(when(thematic, 1L).otherwise(0L)).as("thematic"),
                        sum(when(thematic, 0L).otherwise(1L)).as("bmc"));
        return Candidates.enrolled(enrolments)
                .select("edition_id", "participant_key")
                .join(attended, new String[] {"edition_id", "participant_key"}, "left")
                .select(
                        col("edition_id"),
                        col("participant_key"),
                        coalesce(col("sessions"), lit(0L)).as("sessions"),
                        coalesce(col("thematic"), lit(0L)).as("thematic"),
                        coalesce(col("bmc"), lit(0L)).as("bmc"));
    }

    private static List<Cell> spearman(List<Row> ranks) {
        Map<String, List<Row>> byPlace = new TreeMap<>();
        for (Row row : ranks) {
            byPlace.computeIfAbsent(
                            row.getString(0) + "\u0000" + row.getString(1) + "\u0000" + row.getString(2) + "\u0000"
                                    + row.getString(3),
                            key -> new ArrayList<>())
                    .add(row);
        }
        List<Cell> cells = new ArrayList<>();
        for (List<Row> rows : byPlace.values()) {
            Row first = rows.get(0);
            Cell.Place place = new Cell.Place(
                    MetricCatalogue.DOSE.id(), first.getString(0), first.getString(1), first.getString(2));
            double[] sessions = rows.stream().mapToDouble(row -> row.getLong(4)).toArray();
            double[] levels = rows.stream().mapToDouble(row -> row.getInt(5)).toArray();
            long[] counts = rows.stream().mapToLong(row -> row.getLong(6)).toArray();
            long n = Arrays.stream(counts).sum();
            String key = new GroupKey.Pair("spearman", first.getString(3)).text();
            cells.add(Spearman.correlation(sessions, levels, counts)
                    .map(result -> place.value(key, null, null, n, result.rho(), result.lower(), result.upper()))
                    .orElseGet(() ->
                            place.notComputable(key, n, "fewer than 4 candidates, or sessions or levels do not vary")));
        }
        return cells;
    }

    private static List<Cell> slopes(List<Row> moves, String key) {
        Map<String, List<Row>> byPlace = new TreeMap<>();
        for (Row row : moves) {
            byPlace.computeIfAbsent(row.getString(0) + "\u0000" + row.getString(1), ignored -> new ArrayList<>())
                    .add(row);
        }
        List<Cell> cells = new ArrayList<>();
        for (List<Row> rows : byPlace.values()) {
            Row first = rows.get(0);
            Cell.Place place =
                    new Cell.Place(MetricCatalogue.DOSE.id(), first.getString(0), first.getString(1), "W0>W1");
            double[] sessions = rows.stream().mapToDouble(row -> row.getLong(2)).toArray();
            double[] up =
                    rows.stream().mapToDouble(row -> row.getBoolean(3) ? 1 : 0).toArray();
            long[] counts = rows.stream().mapToLong(row -> row.getLong(5)).toArray();
            long n = Arrays.stream(counts).sum();
            cells.add(SimpleRegression.slope(sessions, up, counts)
                    .map(slope -> place.value(key, null, null, n, slope.value(), slope.lower(), slope.upper()))
                    .orElseGet(() -> place.notComputable(key, n, "fewer than 3 candidates or sessions do not vary")));
        }
        return cells;
    }
}
