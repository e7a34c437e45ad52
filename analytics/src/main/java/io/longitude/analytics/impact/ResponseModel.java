package io.longitude.analytics.impact;

import io.longitude.analytics.statistics.LogisticRegression;
import io.longitude.analytics.statistics.Percentiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Row;

/**
 * The response model of one wave: a grouped logistic regression of responding on baseline traits and edition,
 * fitted on covariate patterns (rows: programme, edition, wave, gender, age band, desk, baseline, trials, successes).
 * A trait category becomes its own indicator only when it has at least {@link #MINIMUM_CATEGORY} candidates with
 * both responders and non-responders; other categories join the reference (the most frequent), which keeps the
 * model clear of complete separation. When the full model does not converge, the model with edition only is used
 * (its weights equal within an edition, so weighted and complete-case shares coincide) and the note says so.
 */
final class ResponseModel {
    static final int MINIMUM_CATEGORY = 10;
    private static final int TRAIT_COLUMNS = 4;

    private final Map<String, Double> weights;
    private final String note;

    private ResponseModel(Map<String, Double> weights, String note) {
        this.weights = weights;
        this.note = note;
    }

    static ResponseModel fit(List<Row> patterns) {
        Map<String, long[]> editionTotals = new HashMap<>();
        for (Row row : patterns) {
            long[] totals = editionTotals.computeIfAbsent(row.getString(1), key -> new long[2]);
            totals[0] += row.getLong(7);
            totals[1] += row.getLong(8);
        }
        Optional<ResponseModel> full = fit(patterns, editionTotals, true);
        if (full.isPresent()) {
            return full.get();
        }
        return fit(patterns, editionTotals, false)
                .map(model ->
                        new ResponseModel(model.weights, "response model with traits did not converge; edition only"))
                .orElseGet(() -> new ResponseModel(Map.of(), "response model did not converge"));
    }

    private static Optional<ResponseModel> fit(
            List<Row> patterns, Map<String, long[]> editionTotals, boolean withTraits) {
        List<Map<String, Integer>> indicators = new ArrayList<>();
        int columns = 0;
        for (int trait = 0; trait <= TRAIT_COLUMNS; trait++) {
            Map<String, Integer> kept =
                    withTraits || trait == TRAIT_COLUMNS ? categories(patterns, trait, columns) : Map.of();
            indicators.add(kept);
            columns += kept.size();
        }
        double[][] design = new double[patterns.size()][columns];
        long[] successes = new long[patterns.size()];
        long[] trials = new long[patterns.size()];
        for (int index = 0; index < patterns.size(); index++) {
            Row row = patterns.get(index);
            for (int trait = 0; trait <= TRAIT_COLUMNS; trait++) {
                Integer column = indicators.get(trait).get(category(row, trait));
                if (column != null) {
                    design[index][column] = 1;
                }
            }
            trials[index] = row.getLong(7);
            successes[index] = row.getLong(8);
        }
        Optional<double[]> coefficients = LogisticRegression.fit(design, successes, trials);
        if (coefficients.isEmpty()) {
            return Optional.empty();
        }
        List<double[]> responderWeights = new ArrayList<>();
        Map<String, Double> raw = new LinkedHashMap<>();
        for (int index = 0; index < patterns.size(); index++) {
            Row row = patterns.get(index);
            long[] totals = editionTotals.get(row.getString(1));
            double marginal = (double) totals[1] / totals[0];
            double weight = marginal / LogisticRegression.probability(coefficients.get(), design[index]);
            raw.put(ResponseWeights.patternKey(row), weight);
            if (successes[index] > 0) {
                responderWeights.add(new double[] {weight, successes[index]});
            }
        }
        double[] values = responderWeights.stream().mapToDouble(pair -> pair[0]).toArray();
        long[] counts =
                responderWeights.stream().mapToLong(pair -> (long) pair[1]).toArray();
        if (values.length == 0) {
            return Optional.of(new ResponseModel(raw, null));
        }
        double lowest = Percentiles.of(values, counts, 0.01);
        double highest = Percentiles.of(values, counts, 0.99);
        Map<String, Double> truncated = new LinkedHashMap<>();
        raw.forEach((key, weight) -> truncated.put(key, Math.min(highest, Math.max(lowest, weight))));
        return Optional.of(new ResponseModel(truncated, null));
    }

    /** The categories of a trait (column 3 + trait; edition is column 1) that get an indicator, numbered from {@code first}. */
    private static Map<String, Integer> categories(List<Row> patterns, int trait, int first) {
        Map<String, long[]> totals = new TreeMap<>();
        for (Row row : patterns) {
            long[] counts = totals.computeIfAbsent(category(row, trait), key -> new long[2]);
            counts[0] += row.getLong(7);
            counts[1] += row.getLong(8);
        }
        String reference = totals.entrySet().stream()
                .max((a, b) -> Long.compare(a.getValue()[0], b.getValue()[0]))
                .map(Map.Entry::getKey)
                .orElse("");
        Map<String, Integer> kept = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> entry : totals.entrySet()) {
            long[] counts = entry.getValue();
            boolean informative = counts[0] >= MINIMUM_CATEGORY && counts[1] > 0 && counts[1] < counts[0];
            if (!entry.getKey().equals(reference) && informative) {
                kept.put(entry.getKey(), first + kept.size());
            }
        }
        return kept;
    }

    private static String category(Row row, int trait) {
        return trait == TRAIT_COLUMNS ? row.getString(1) : row.getString(3 + trait);
    }

    /** The truncated stabilised weight of a pattern's responders, if the model was fitted. */
    Optional<Double> weight(String patternKey) {
        return Optional.ofNullable(weights.get(patternKey));
    }

    boolean fitted() {
        return !weights.isEmpty();
    }

    /** Why the weights are not the full model's, or null. */
    String note() {
        return note;
    }
}
