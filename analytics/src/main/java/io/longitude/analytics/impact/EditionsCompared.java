package io.longitude.analytics.impact;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.longitude.analytics.Cell;
import io.longitude.analytics.DriverCells;
import io.longitude.analytics.statistics.ProportionDifference;
import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricCatalogue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * M10 Editions compared. Waves are planned at fixed months after each edition's end (W1 at the end, W2 +6, W3 +12,
 * W4 +24), so equal waves are equal horizons. Per edition, wave and measure, against the previous edition of the
 * programme (by edition number): {@code <measure>|vs=<edition>} with measures {@code response_rate} (of enrolled
 * candidates), {@code integrated} (sd_integration ≥ 1 among answers) and {@code business_active} (launched among
 * answers to business_status). value = this edition's share − the other's, with Newcombe's (1998) hybrid score
 * interval (method 10); numerator = this edition's share, denominator = the other's; n = both denominators. The note
 * flags instrument versions that differ between the two.
 */
public final class EditionsCompared {
    private static final List<String> MEASURES = List.of("response_rate", "integrated", "business_active");

    private EditionsCompared() {}

    public static Dataset<Row> compute(
            Dataset<Row> editions, Dataset<Row> enrolments, Dataset<Row> responses, int minimumN) {
        return compute(editions, CandidatePanel.of(enrolments, responses), minimumN);
    }

    public static Dataset<Row> compute(Dataset<Row> editions, CandidatePanel panel, int minimumN) {
        Dataset<Row> status = panel.status();
        Dataset<Row> answers = panel.answers();
        Dataset<Row> rates = status.groupBy("programme_id", "edition_id", "wave")
                .agg(
                        sum(flag(col("responded"))).as("response_rate_k"),
                        functions.count(lit(1)).as("response_rate_n"));
        Dataset<Row> outcomes = answers.groupBy("edition_id", "wave")
                .agg(
                        sum(flag(col("level").geq(1))).as("integrated_k"),
                        functions.count(col("level")).as("integrated_n"),
                        sum(flag(col("business_status").equalTo(lit("launched"))))
                                .as("business_active_k"),
                        functions.count(col("business_status")).as("business_active_n"),
                        sort_array(collect_set(col("instrument_version"))).as("versions"));
        List<Row> shares = rates.join(outcomes, new String[] {"edition_id", "wave"}, "left")
                .select(
                        "programme_id",
                        "edition_id",
                        "wave",
                        "response_rate_k",
                        "response_rate_n",
                        "integrated_k",
                        "integrated_n",
                        "business_active_k",
                        "business_active_n",
                        "versions")
                .collectAsList();
        Map<String, Integer> numbers = new HashMap<>();
        for (Row row : editions.select("edition_id", "number").collectAsList()) {
            numbers.put(row.getString(0), row.isNullAt(1) ? Integer.MAX_VALUE : row.getInt(1));
        }
        Map<String, Map<String, Row>> byProgrammeEdition = new TreeMap<>();
        Map<String, List<String>> editionOrder = new TreeMap<>();
        for (Row row : shares) {
            String programme = row.getString(0);
            byProgrammeEdition
                    .computeIfAbsent(programme + "|" + row.getString(1), key -> new TreeMap<>())
                    .put(row.getString(2), row);
            List<String> order = editionOrder.computeIfAbsent(programme, key -> new ArrayList<>());
            if (!order.contains(row.getString(1))) {
                order.add(row.getString(1));
            }
        }
        List<Cell> cells = new ArrayList<>();
        editionOrder.forEach((programme, order) -> {
            order.sort(Comparator.comparing((String edition) -> numbers.getOrDefault(edition, Integer.MAX_VALUE))
                    .thenComparing(edition -> edition));
            for (int index = 1; index < order.size(); index++) {
                Map<String, Row> current = byProgrammeEdition.get(programme + "|" + order.get(index));
                Map<String, Row> previous = byProgrammeEdition.get(programme + "|" + order.get(index - 1));
                for (Row row : current.values()) {
                    cells.addAll(compare(row, previous.get(row.getString(2)), order.get(index - 1)));
                }
            }
        });
        return DriverCells.dataset(editions.sparkSession(), cells, minimumN);
    }

    private static List<Cell> compare(Row current, Row other, String otherEdition) {
        Cell.Place place = new Cell.Place(
                MetricCatalogue.EDITIONS.id(), current.getString(0), current.getString(1), current.getString(2));
        List<Cell> cells = new ArrayList<>();
        for (int measure = 0; measure < MEASURES.size(); measure++) {
            String key = new GroupKey.Versus(MEASURES.get(measure), otherEdition).text();
            long k1 = counted(current, 3 + 2 * measure);
            long n1 = counted(current, 4 + 2 * measure);
            long k2 = other == null ? 0 : counted(other, 3 + 2 * measure);
            long n2 = other == null ? 0 : counted(other, 4 + 2 * measure);
            if (other == null || n1 == 0 || n2 == 0) {
                cells.add(place.notComputable(
                        key,
                        n1 + n2,
                        other == null
                                ? otherEdition + " has no " + current.getString(2) + " yet"
                                : "no answers in one of the editions"));
                continue;
            }
            String note = versionsDiffer(current, other);
            double share1 = (double) k1 / n1;
            double share2 = (double) k2 / n2;
            cells.add(ProportionDifference.difference(k1, n1, k2, n2)
                    .map(difference -> new Cell(
                            place.metricId(),
                            place.programmeId(),
                            place.editionId(),
                            place.wave(),
                            key,
                            share1,
                            share2,
                            n1 + n2,
                            difference.value(),
                            difference.lower(),
                            difference.upper(),
                            note))
                    .orElseGet(() -> place.notComputable(key, n1 + n2, "no interval for these counts")));
        }
        return cells;
    }

    private static String versionsDiffer(Row current, Row other) {
        List<Object> these = current.isNullAt(9) ? List.of() : current.getList(9);
        List<Object> those = other.isNullAt(9) ? List.of() : other.getList(9);
        return these.equals(those) ? null : "instrument versions differ: " + these + " vs " + those;
    }

    private static long counted(Row row, int index) {
        return row.isNullAt(index) ? 0 : row.getLong(index);
    }

    private static Column flag(Column condition) {
        return when(condition, 1L).otherwise(0L);
    }
}
