package io.longitude.bench.speed;

import java.util.ArrayList;
import java.util.List;

/** The arithmetic of the report: ratios, time per row and its deviation across sizes. */
final class Ratios {
    static final String REFERENCE_SIZE = "10k";

    private Ratios() {}

    static double ratio(double numerator, double denominator) {
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }

    /** Microseconds per row. */
    static double microsPerRow(double millis, long rows) {
        return rows == 0 ? Double.NaN : millis * 1000.0 / rows;
    }

    /**
     * The reference of the per-row deviations: the value at the size labelled 10k when there is one, else the mean
     * of the values.
     */
    static double reference(List<String> labels, List<Double> values) {
        int index = labels.indexOf(REFERENCE_SIZE);
        if (index >= 0) {
            return values.get(index);
        }
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    static String referenceName(List<String> labels) {
        return labels.contains(REFERENCE_SIZE) ? "the " + REFERENCE_SIZE + " run" : "the mean over sizes";
    }

    /** Each value's relative deviation from the reference: 0.25 is 25% slower per row. */
    static List<Double> deviations(List<Double> values, double reference) {
        List<Double> deviations = new ArrayList<>();
        for (double value : values) {
            deviations.add(value / reference - 1);
        }
        return deviations;
    }

    /** The largest absolute deviation. */
    static double widest(List<Double> deviations) {
        return deviations.stream().mapToDouble(Math::abs).max().orElse(Double.NaN);
    }
}
