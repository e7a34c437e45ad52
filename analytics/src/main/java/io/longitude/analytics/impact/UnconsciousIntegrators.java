package io.longitude.analytics.impact;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import io.longitude.analytics.Cell;
import io.longitude.analytics.DriverCells;
import io.longitude.analytics.statistics.CohenKappa;
import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.Interval;
import io.longitude.core.metrics.MetricCatalogue;
import io.longitude.core.metrics.WilsonInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * M6 Unconscious integrators, per edition (and the programme) and every wave with both a self-report (sd_integration)
 * and a coach assessment of the same candidate: {@code agreement|self=i|coach=j} counts; {@code kappa}: Cohen's κ
 * (Cohen 1960) with the large-sample interval of Fleiss, Cohen and Everitt (1969); at W0
 * {@code unconscious_integrators}: candidates reporting 0 whom the coach assesses at 1 or 2 ÷ candidates reporting 0
 * with an assessment, Wilson interval.
 */
public final class UnconsciousIntegrators {
    private UnconsciousIntegrators() {}

    public static Dataset<Row> compute(
            Dataset<Row> enrolments, Dataset<Row> responses, Dataset<Row> assessments, int minimumN) {
        return compute(CandidatePanel.of(enrolments, responses), assessments, minimumN);
    }

    public static Dataset<Row> compute(CandidatePanel panel, Dataset<Row> assessments, int minimumN) {
        Dataset<Row> self = panel.answers().filter(col("level").isNotNull());
        Dataset<Row> coach = assessments.select(
                col("participant_key"),
                col("edition_id"),
                col("wave"),
                col("sd_integration").as("coach"));
        List<Row> counts = Candidates.withProgramme(
                        self.join(coach, new String[] {"participant_key", "edition_id", "wave"}))
                .groupBy("programme_id", "edition_id", "wave", "level", "coach")
                .agg(count(lit(1)).as("count"))
                .collectAsList();
        Map<String, long[][]> tables = new TreeMap<>();
        Map<String, Cell.Place> places = new TreeMap<>();
        for (Row row : counts) {
            String key = row.getString(0) + "|" + row.getString(1) + "|" + row.getString(2);
            places.computeIfAbsent(
                    key,
                    ignored -> new Cell.Place(
                            MetricCatalogue.UNCONSCIOUS.id(), row.getString(0), row.getString(1), row.getString(2)));
            long[][] table = tables.computeIfAbsent(key, ignored -> new long[3][3]);
            int level = row.getInt(3);
            int assessed = row.getInt(4);
            if (level >= 0 && level <= 2 && assessed >= 0 && assessed <= 2) {
                table[level][assessed] += row.getLong(5);
            }
        }
        List<Cell> cells = new ArrayList<>();
        tables.forEach((key, table) -> cells.addAll(cells(places.get(key), table)));
        return DriverCells.dataset(assessments.sparkSession(), cells, minimumN);
    }

    static List<Cell> cells(Cell.Place place, long[][] table) {
        List<Cell> cells = new ArrayList<>();
        long total = 0;
        for (int self = 0; self <= 2; self++) {
            for (int coach = 0; coach <= 2; coach++) {
                total += table[self][coach];
            }
        }
        for (int self = 0; self <= 2; self++) {
            for (int coach = 0; coach <= 2; coach++) {
                double count = table[self][coach];
                cells.add(place.value(
                        new GroupKey.Agreement(self, coach).text(), count, (double) total, total, count, null, null));
            }
        }
        long pairs = total;
        cells.add(CohenKappa.kappa(table)
                .map(kappa -> place.value("kappa", null, null, pairs, kappa.value(), kappa.lower(), kappa.upper()))
                .orElseGet(() ->
                        place.notComputable("kappa", pairs, "fewer than 2 pairs or chance agreement is complete")));
        if (place.wave().equals("W0")) {
            long reportZero = table[0][0] + table[0][1] + table[0][2];
            long unconscious = table[0][1] + table[0][2];
            if (reportZero == 0) {
                cells.add(place.notComputable(
                        "unconscious_integrators", 0, "no candidate reported 0 with a coach assessment"));
            } else {
                Interval interval = reportZero >= 2 ? WilsonInterval.of(unconscious, reportZero) : null;
                cells.add(place.value(
                        "unconscious_integrators",
                        (double) unconscious,
                        (double) reportZero,
                        reportZero,
                        (double) unconscious / reportZero,
                        interval == null ? null : interval.lower(),
                        interval == null ? null : interval.upper()));
            }
        }
        return cells;
    }
}
