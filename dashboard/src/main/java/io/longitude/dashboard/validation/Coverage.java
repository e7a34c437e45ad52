package io.longitude.dashboard.validation;

import io.longitude.core.metrics.Interval;
import io.longitude.core.metrics.WilsonInterval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The performance of one estimator at one wave, scope and programme size over the simulated programmes.
 *
 * @param estimates figures with a value
 * @param intervals of those, figures with a 95% interval
 * @param covered intervals that contain the true value
 * @param coverage covered / intervals, NaN without intervals
 * @param coverageLower Wilson 95% interval of the coverage (its Monte Carlo error)
 * @param coverageUpper Wilson 95% interval of the coverage
 * @param truth the mean true value
 * @param bias mean of (estimate − truth)
 * @param rmse √ mean of (estimate − truth)²
 * @param meanWidth mean of (upper − lower)
 */
public record Coverage(
        String estimand,
        String wave,
        String scope,
        int participants,
        long rows,
        long estimates,
        long intervals,
        long covered,
        double coverage,
        double coverageLower,
        double coverageUpper,
        double truth,
        double bias,
        double rmse,
        double meanWidth) {
    /** Coverage is judged against this band around the nominal 95 %. */
    static final double BAND_LOW = 0.93;

    static final double BAND_HIGH = 0.97;

    /** The nominal coverage of the published intervals. */
    static final double NOMINAL = 0.95;

    /** {@code ok} within 93–97 %, {@code low} or {@code high} outside, {@code no interval} without one. */
    String verdict() {
        if (intervals == 0) {
            return "no interval";
        }
        return coverage < BAND_LOW ? "low" : coverage > BAND_HIGH ? "high" : "ok";
    }

    /** The Monte Carlo interval lies wholly below 95 %: the intervals are too narrow here, not by chance. */
    boolean tooNarrow() {
        return intervals > 0 && coverageUpper < NOMINAL;
    }

    /** The Monte Carlo interval lies wholly above 95 %: the intervals are wider than they need to be here. */
    boolean tooWide() {
        return intervals > 0 && coverageLower > NOMINAL;
    }

    /** Reads back the table {@link ValidationReport#csv} wrote (its header line first). */
    static List<Coverage> parse(List<String> lines) {
        List<Coverage> table = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() != 16) {
                throw new IllegalArgumentException(
                        "Cannot read the study's table: " + fields.size() + " fields, 16 expected, in: " + line);
            }
            table.add(new Coverage(
                    fields.get(0),
                    fields.get(1),
                    fields.get(2),
                    Integer.parseInt(fields.get(3)),
                    Long.parseLong(fields.get(4)),
                    Long.parseLong(fields.get(5)),
                    Long.parseLong(fields.get(6)),
                    Long.parseLong(fields.get(7)),
                    number(fields.get(8)),
                    number(fields.get(9)),
                    number(fields.get(10)),
                    number(fields.get(11)),
                    number(fields.get(12)),
                    number(fields.get(13)),
                    number(fields.get(14))));
        }
        return table;
    }

    private static double number(String field) {
        return field.isEmpty() ? Double.NaN : Double.parseDouble(field);
    }

    /** The fields of one CSV line: a field in double quotes may hold commas and doubled quotes. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int index = 0; index < line.length(); index++) {
            char character = line.charAt(index);
            if (quoted && character == '"' && index + 1 < line.length() && line.charAt(index + 1) == '"') {
                field.append('"');
                index++;
            } else if (character == '"') {
                quoted = !quoted;
            } else if (character == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(character);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    static List<Coverage> of(List<Observation> observations) {
        Map<String, List<Observation>> groups = new LinkedHashMap<>();
        for (Observation observation : observations) {
            groups.computeIfAbsent(
                            observation.estimand() + "\u0000" + observation.wave() + "\u0000" + observation.scope()
                                    + "\u0000" + observation.participants(),
                            key -> new ArrayList<>())
                    .add(observation);
        }
        List<Coverage> table = new ArrayList<>();
        for (List<Observation> group : groups.values()) {
            table.add(summarise(group));
        }
        table.sort(Comparator.comparing(Coverage::estimand)
                .thenComparing(Coverage::wave)
                .thenComparing(Coverage::scope)
                .thenComparingInt(Coverage::participants));
        return table;
    }

    private static Coverage summarise(List<Observation> group) {
        Observation first = group.get(0);
        long estimates = 0;
        long intervals = 0;
        long covered = 0;
        double truth = 0;
        double error = 0;
        double squared = 0;
        double width = 0;
        for (Observation observation : group) {
            truth += observation.truth();
            if (observation.value() == null) {
                continue;
            }
            estimates++;
            double difference = observation.value() - observation.truth();
            error += difference;
            squared += difference * difference;
            if (observation.hasInterval()) {
                intervals++;
                width += observation.upper() - observation.lower();
                covered += observation.covered() ? 1 : 0;
            }
        }
        Interval monteCarlo = intervals == 0 ? null : WilsonInterval.of(covered, intervals);
        return new Coverage(
                first.estimand(),
                first.wave(),
                first.scope(),
                first.participants(),
                group.size(),
                estimates,
                intervals,
                covered,
                intervals == 0 ? Double.NaN : (double) covered / intervals,
                monteCarlo == null ? Double.NaN : monteCarlo.lower(),
                monteCarlo == null ? Double.NaN : monteCarlo.upper(),
                truth / group.size(),
                estimates == 0 ? Double.NaN : error / estimates,
                estimates == 0 ? Double.NaN : Math.sqrt(squared / estimates),
                intervals == 0 ? Double.NaN : width / intervals);
    }
}
