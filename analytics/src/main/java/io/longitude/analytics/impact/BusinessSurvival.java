package io.longitude.analytics.impact;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.to_date;

import io.longitude.analytics.Cell;
import io.longitude.analytics.DriverCells;
import io.longitude.analytics.statistics.KaplanMeier;
import io.longitude.analytics.statistics.LogRank;
import io.longitude.analytics.statistics.TestResult;
import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricCatalogue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * M8 Business survival. For each enrolled candidate who reports a business_launch_date: months (days / 30.44) from
 * launch to the business_stop_date, or, without a stop, censored at the candidate's last response. Per edition (and
 * the programme, edition "") the Kaplan–Meier estimate (Kaplan and Meier 1958) with Greenwood's variance on the
 * log(−log) scale: {@code km|month=t} per event time (numerator = stops at t, denominator = at risk), and
 * {@code survival|months=12|36|60} where some business was followed that long (denominator = the number at risk at
 * that month, followed at least that long, as R's {@code summary(fit, times = t)}). For the programme, the
 * log-rank test between editions (Mantel 1966): {@code logrank|statistic} (numerator = degrees of freedom),
 * {@code logrank|p_value}.
 */
public final class BusinessSurvival {
    static final double DAYS_PER_MONTH = 30.44;
    static final int[] HORIZONS = {12, 36, 60};

    private BusinessSurvival() {}

    public static Dataset<Row> compute(Dataset<Row> enrolments, Dataset<Row> responses, int minimumN) {
        return compute(CandidatePanel.of(enrolments, responses), minimumN);
    }

    public static Dataset<Row> compute(CandidatePanel panel, int minimumN) {
        Dataset<Row> businesses = panel.answers()
                .groupBy("programme_id", "edition_id", "participant_key")
                .agg(
                        min("business_launch_date").as("launch"),
                        max("business_stop_date").as("stop"),
                        max(to_date(col("submitted_at"))).as("last_response"))
                .filter(col("launch").isNotNull())
                .withColumn("days", datediff(coalesce(col("stop"), col("last_response")), col("launch")))
                .filter(col("days").isNotNull().and(col("days").geq(0)));
        List<Row> counts = Candidates.withProgramme(businesses)
                .groupBy(
                        col("programme_id"),
                        col("edition_id"),
                        col("days"),
                        col("stop").isNotNull().as("stopped"))
                .agg(count(lit(1)).as("count"))
                .collectAsList();
        Map<String, Times> curves = new TreeMap<>();
        for (Row row : counts) {
            curves.computeIfAbsent(
                            row.getString(0) + "|" + row.getString(1),
                            key -> new Times(row.getString(0), row.getString(1)))
                    .add(row.getInt(2), row.getBoolean(3), row.getLong(4));
        }
        List<Cell> cells = new ArrayList<>();
        Map<String, List<LogRank.Group>> editionsByProgramme = new TreeMap<>();
        for (Times times : curves.values()) {
            cells.addAll(times.cells());
            if (!times.edition.isEmpty()) {
                editionsByProgramme
                        .computeIfAbsent(times.programme, key -> new ArrayList<>())
                        .add(times.group());
            }
        }
        editionsByProgramme.forEach((programme, groups) -> cells.addAll(logRank(programme, groups)));
        return DriverCells.dataset(panel.answers().sparkSession(), cells, minimumN);
    }

    private static List<Cell> logRank(String programme, List<LogRank.Group> groups) {
        Cell.Place place = new Cell.Place(MetricCatalogue.SURVIVAL.id(), programme, "", "");
        long n = groups.stream()
                .mapToLong(group -> Arrays.stream(group.events()).sum()
                        + Arrays.stream(group.censored()).sum())
                .sum();
        Optional<TestResult> test = LogRank.test(groups);
        if (test.isEmpty()) {
            String reason = "fewer than 2 editions with launched businesses, or no stops";
            return List.of(
                    place.notComputable(new GroupKey.Pair("logrank", "statistic").text(), n, reason),
                    place.notComputable(new GroupKey.Pair("logrank", "p_value").text(), n, reason));
        }
        return List.of(
                place.value(
                        new GroupKey.Pair("logrank", "statistic").text(),
                        test.get().degreesOfFreedom(),
                        null,
                        n,
                        test.get().statistic(),
                        null,
                        null),
                place.value(
                        new GroupKey.Pair("logrank", "p_value").text(),
                        n,
                        test.get().pValue()));
    }

    /** The event and censoring counts by day of one edition (or the programme). */
    private static final class Times {
        private final String programme;
        private final String edition;
        private final Map<Integer, long[]> byDay = new TreeMap<>();

        Times(String programme, String edition) {
            this.programme = programme;
            this.edition = edition;
        }

        void add(int days, boolean stopped, long count) {
            byDay.computeIfAbsent(days, key -> new long[2])[stopped ? 0 : 1] += count;
        }

        LogRank.Group group() {
            double[] times = byDay.keySet().stream()
                    .mapToDouble(days -> days / DAYS_PER_MONTH)
                    .toArray();
            long[] events =
                    byDay.values().stream().mapToLong(counts -> counts[0]).toArray();
            long[] censored =
                    byDay.values().stream().mapToLong(counts -> counts[1]).toArray();
            return new LogRank.Group(times, events, censored);
        }

        List<Cell> cells() {
            LogRank.Group group = group();
            Cell.Place place = new Cell.Place(MetricCatalogue.SURVIVAL.id(), programme, edition, "");
            long n = Arrays.stream(group.events()).sum()
                    + Arrays.stream(group.censored()).sum();
            List<KaplanMeier.Step> curve = KaplanMeier.fit(group.times(), group.events(), group.censored());
            List<Cell> cells = new ArrayList<>();
            for (KaplanMeier.Step step : curve) {
                cells.add(place.value(
                        GroupKey.SurvivalStep.at(step.time()).text(),
                        (double) step.events(),
                        (double) step.atRisk(),
                        n,
                        step.survival(),
                        step.lower(),
                        step.upper()));
            }
            double followed = group.times().length == 0 ? 0 : group.times()[group.times().length - 1];
            for (int months : HORIZONS) {
                String key = new GroupKey.SurvivalAt(months).text();
                Optional<KaplanMeier.Step> step = followed >= months ? KaplanMeier.at(curve, months) : Optional.empty();
                double atRisk = KaplanMeier.atRisk(group.times(), group.events(), group.censored(), months);
                cells.add(step.map(at -> place.value(key, null, atRisk, n, at.survival(), at.lower(), at.upper()))
                        .orElseGet(() -> place.notComputable(
                                key,
                                n,
                                followed >= months
                                        ? "no estimate at " + months + " months"
                                        : "no business followed for " + months + " months (longest "
                                                + String.format(Locale.ROOT, "%.1f", followed) + ")")));
            }
            return cells;
        }
    }
}
