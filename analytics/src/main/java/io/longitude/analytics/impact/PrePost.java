package io.longitude.analytics.impact;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;

import io.longitude.analytics.Cell;
import io.longitude.analytics.DriverCells;
import io.longitude.analytics.statistics.Estimate;
import io.longitude.analytics.statistics.McNemar;
import io.longitude.analytics.statistics.Means;
import io.longitude.analytics.statistics.PairedProportions;
import io.longitude.analytics.statistics.StuartMaxwell;
import io.longitude.analytics.statistics.TestResult;
import io.longitude.analytics.statistics.WilcoxonSignedRank;
import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricCatalogue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * M5 Pre/post, per edition (and the programme) and pair {@code W0>Wk}, paired on the enrolled candidate:
 * Stuart–Maxwell test of marginal homogeneity of the 3×3 table of sd_integration (Stuart 1955, Maxwell 1970);
 * McNemar's exact (binomial) test on integrated (≥ 1) or not (McNemar 1947); the paired difference in the share integrated with
 * Newcombe's (1998) method 10 interval; Wilcoxon's signed-rank test on the awareness score with the matched-pairs
 * rank-biserial correlation (Kerby 2014) and the mean change with a t interval. Spark builds the count tables; the
 * statistics run on the driver. Group keys are listed in docs/metrics.md; n = pairs.
 */
public final class PrePost {
    private PrePost() {}

    public static Dataset<Row> compute(Dataset<Row> enrolments, Dataset<Row> responses, int minimumN) {
        return compute(CandidatePanel.of(enrolments, responses), minimumN);
    }

    public static Dataset<Row> compute(CandidatePanel panel, int minimumN) {
        Dataset<Row> answers = panel.answers();
        List<Row> levels = Candidates.withProgramme(WavePairs.fromIntake(answers, "level"))
                .groupBy("programme_id", "edition_id", "wave", "before", "after")
                .agg(count(lit(1)).as("pairs"))
                .collectAsList();
        List<Row> changes = Candidates.withProgramme(WavePairs.fromIntake(answers, "awareness"))
                .withColumn("change", round(col("after").minus(col("before")), 9))
                .groupBy("programme_id", "edition_id", "wave", "change")
                .agg(count(lit(1)).as("pairs"))
                .collectAsList();
        Map<String, Paired> places = new TreeMap<>();
        for (Row row : levels) {
            place(places, row).levels[row.getInt(3)][row.getInt(4)] += row.getLong(5);
        }
        for (Row row : changes) {
            place(places, row).changes.put(row.getDouble(3), row.getLong(4));
        }
        List<Cell> cells = new ArrayList<>();
        places.values().forEach(paired -> cells.addAll(paired.cells()));
        return DriverCells.dataset(answers.sparkSession(), cells, minimumN);
    }

    private static Paired place(Map<String, Paired> places, Row row) {
        return places.computeIfAbsent(
                row.getString(0) + "|" + row.getString(1) + "|" + row.getString(2),
                key -> new Paired(new Cell.Place(
                        MetricCatalogue.PRE_POST.id(), row.getString(0), row.getString(1), row.getString(2))));
    }

    /** The paired counts of one edition and wave pair. */
    private static final class Paired {
        private final Cell.Place place;
        private final long[][] levels = new long[3][3];
        private final Map<Double, Long> changes = new TreeMap<>();

        Paired(Cell.Place place) {
            this.place = place;
        }

        List<Cell> cells() {
            List<Cell> cells = new ArrayList<>();
            long pairs = Arrays.stream(levels).flatMapToLong(Arrays::stream).sum();
            if (pairs > 0) {
                test(cells, "stuart_maxwell", pairs, StuartMaxwell.test(levels), "no change between levels to test");
                long bothIntegrated = levels[1][1] + levels[1][2] + levels[2][1] + levels[2][2];
                long down = levels[1][0] + levels[2][0];
                long up = levels[0][1] + levels[0][2];
                long neither = levels[0][0];
                mcnemar(cells, pairs, up, down);
                Optional<Estimate> difference = PairedProportions.difference(bothIntegrated, down, up, neither);
                cells.add(difference
                        .map(estimate -> place.value(
                                new GroupKey.Pair("paired_difference", "level>=1").text(),
                                (double) up,
                                (double) down,
                                pairs,
                                estimate.value(),
                                estimate.lower(),
                                estimate.upper()))
                        .orElseGet(() -> place.notComputable(
                                new GroupKey.Pair("paired_difference", "level>=1").text(),
                                pairs,
                                "fewer than 2 pairs")));
            }
            if (!changes.isEmpty()) {
                awareness(cells);
            }
            return cells;
        }

        /** The exact test: the statistic is b (0 → ≥ 1) given b + c; numerator = b and denominator = c on both rows. */
        private void mcnemar(List<Cell> cells, long pairs, long up, long down) {
            Optional<McNemar.Result> result = McNemar.test(up, down);
            if (result.isEmpty()) {
                cells.add(place.notComputable(
                        new GroupKey.Pair("mcnemar", "statistic").text(),
                        (double) up,
                        (double) down,
                        pairs,
                        "no discordant pairs"));
                cells.add(place.notComputable(
                        new GroupKey.Pair("mcnemar", "p_value").text(),
                        (double) up,
                        (double) down,
                        pairs,
                        "no discordant pairs"));
                return;
            }
            cells.add(place.value(
                    new GroupKey.Pair("mcnemar", "statistic").text(),
                    (double) up,
                    (double) down,
                    pairs,
                    up,
                    null,
                    null));
            cells.add(place.value(
                    new GroupKey.Pair("mcnemar", "p_value").text(),
                    (double) up,
                    (double) down,
                    pairs,
                    result.get().pValue(),
                    null,
                    null));
        }

        private void test(List<Cell> cells, String name, long pairs, Optional<TestResult> result, String reason) {
            if (result.isEmpty()) {
                cells.add(place.notComputable(new GroupKey.Pair(name, "statistic").text(), pairs, reason));
                cells.add(place.notComputable(new GroupKey.Pair(name, "p_value").text(), pairs, reason));
                return;
            }
            TestResult test = result.get();
            cells.add(place.value(
                    new GroupKey.Pair(name, "statistic").text(),
                    test.degreesOfFreedom(),
                    null,
                    pairs,
                    test.statistic(),
                    null,
                    null));
            cells.add(place.value(new GroupKey.Pair(name, "p_value").text(), pairs, test.pValue()));
        }

        private void awareness(List<Cell> cells) {
            double[] differences =
                    changes.keySet().stream().mapToDouble(Double::doubleValue).toArray();
            long[] counts = changes.values().stream().mapToLong(Long::longValue).toArray();
            long pairs = 0;
            double sum = 0;
            double squares = 0;
            for (int index = 0; index < differences.length; index++) {
                pairs += counts[index];
                sum += counts[index] * differences[index];
                squares += counts[index] * differences[index] * differences[index];
            }
            long n = pairs;
            Optional<WilcoxonSignedRank.Result> wilcoxon = WilcoxonSignedRank.test(differences, counts);
            if (wilcoxon.isPresent()) {
                WilcoxonSignedRank.Result result = wilcoxon.get();
                cells.add(place.value(
                        new GroupKey.Pair("wilcoxon", "statistic").text(),
                        (double) result.pairs(),
                        null,
                        n,
                        result.statistic(),
                        null,
                        null));
                cells.add(place.value(new GroupKey.Pair("wilcoxon", "p_value").text(), n, result.pValue()));
                cells.add(place.value(new GroupKey.Pair("wilcoxon", "rank_biserial").text(), n, result.rankBiserial()));
            } else {
                for (String key : List.of(
                        new GroupKey.Pair("wilcoxon", "statistic").text(),
                        new GroupKey.Pair("wilcoxon", "p_value").text(),
                        new GroupKey.Pair("wilcoxon", "rank_biserial").text())) {
                    cells.add(place.notComputable(key, n, "no non-zero change in the awareness score"));
                }
            }
            double mean = sum / n;
            cells.add(Means.mean(n, sum, squares)
                    .map(estimate -> place.value(
                            "awareness_change", null, null, n, estimate.value(), estimate.lower(), estimate.upper()))
                    .orElseGet(() -> place.value("awareness_change", null, null, n, mean, null, null)));
        }
    }
}
