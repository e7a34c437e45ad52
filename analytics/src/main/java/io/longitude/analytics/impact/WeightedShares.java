package io.longitude.analytics.impact;

import io.longitude.analytics.Cell;
import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.Interval;
import io.longitude.core.metrics.MetricCatalogue;
import io.longitude.core.metrics.WilsonInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Row;

/**
 * The weighted integration shares of one wave, per edition and for the programme, from the responders' level counts
 * per covariate pattern (rows: the pattern columns, then the counts at level 0, 1 and 2).
 */
final class WeightedShares {
    private final String wave;
    private final ResponseModel model;
    private final List<Row> levels;

    WeightedShares(String wave, ResponseModel model, List<Row> levels) {
        this.wave = wave;
        this.model = model;
        this.levels = levels;
    }

    List<Cell> cells() {
        Map<List<String>, Sums> sums =
                new TreeMap<>((a, b) -> String.join("|", a).compareTo(String.join("|", b)));
        for (Row row : levels) {
            Optional<Double> weight = model.weight(ResponseWeights.patternKey(row));
            for (String edition : List.of(row.getString(1), "")) {
                Sums total = sums.computeIfAbsent(List.of(row.getString(0), edition), key -> new Sums());
                for (int level = 0; level <= 2; level++) {
                    total.add(level, row.getLong(7 + level), weight.orElse(null), !edition.isEmpty());
                }
            }
        }
        List<Cell> cells = new ArrayList<>();
        sums.forEach((key, total) -> cells.addAll(total.cells(key.get(0), key.get(1))));
        return cells;
    }

    private final class Sums {
        private final double[] weighted = new double[3];
        private double squares;
        private long responses;
        private boolean unweighted;
        private double smallest = Double.POSITIVE_INFINITY;
        private double largest = Double.NEGATIVE_INFINITY;

        void add(int level, long count, Double weight, boolean tracksRange) {
            responses += count;
            if (weight == null) {
                unweighted |= count > 0;
                return;
            }
            weighted[level] += count * weight;
            squares += count * weight * weight;
            if (count > 0 && tracksRange) {
                smallest = Math.min(smallest, weight);
                largest = Math.max(largest, weight);
            }
        }

        List<Cell> cells(String programme, String edition) {
            Cell.Place shares = new Cell.Place(MetricCatalogue.INTEGRATION.id(), programme, edition, wave);
            Cell.Place weights = new Cell.Place(MetricCatalogue.RESPONSE.id(), programme, edition, wave);
            double total = weighted[0] + weighted[1] + weighted[2];
            List<Cell> cells = new ArrayList<>();
            for (int level = 0; level <= 2; level++) {
                String key = new GroupKey.Level(level, true).text();
                if (unweighted || !(total > 0)) {
                    cells.add(shares.notComputable(
                            key, responses, model.note() != null ? model.note() : "no weighted responses"));
                    continue;
                }
                double share = weighted[level] / total;
                double effective = total * total / squares;
                Double lower = null;
                Double upper = null;
                if (responses >= 2 && effective >= 1) {
                    Interval interval = WilsonInterval.ofShare(share, effective);
                    lower = interval.lower();
                    upper = interval.upper();
                }
                cells.add(new Cell(
                        shares.metricId(),
                        programme,
                        edition,
                        wave,
                        key,
                        weighted[level],
                        total,
                        responses,
                        share,
                        lower,
                        upper,
                        model.note()));
            }
            if (!edition.isEmpty() && largest >= smallest) {
                cells.add(weights.value(new GroupKey.Pair("ipw", "weight_min").text(), responses, smallest));
                cells.add(weights.value(new GroupKey.Pair("ipw", "weight_max").text(), responses, largest));
            }
            return cells;
        }
    }
}
