package io.longitude.dashboard.trajectories;

import io.longitude.core.metrics.MetricValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The flow panels of an edition from its M4 rows ({@code from=<i>|to=<j>}, one wave pair per wave column). */
public final class Trajectories {
    private static final Pattern CELL = Pattern.compile("from=(\\d)\\|to=(\\d)");

    private Trajectories() {}

    /** One panel per wave pair of the edition's M4 rows, in wave order. */
    public static List<FlowPanel> fromMetricRows(List<MetricValue> editionRows) {
        Map<String, long[][]> counts = new TreeMap<>(Comparator.comparingInt(Trajectories::order).thenComparing(pair -> pair));
        Map<String, String> statuses = new TreeMap<>();
        for (MetricValue row : editionRows) {
            Matcher cell = CELL.matcher(row.groupKey());
            if (!row.metricId().equals("M4") || !cell.matches() || row.numerator() == null) {
                continue;
            }
            int from = Integer.parseInt(cell.group(1));
            int to = Integer.parseInt(cell.group(2));
            if (from >= FlowPanel.LEVELS || to >= FlowPanel.LEVELS) {
                continue;
            }
            counts.computeIfAbsent(row.wave(), pair -> new long[FlowPanel.LEVELS][FlowPanel.LEVELS])[from][to] =
                    Math.round(row.numerator());
            statuses.merge(row.wave(), row.status(), (a, b) -> a.equals("ok") ? b : a);
        }
        List<FlowPanel> panels = new ArrayList<>();
        counts.forEach((pair, matrix) -> panels.add(new FlowPanel(pair, matrix, true, statuses.get(pair))));
        return panels;
    }

    /** The number of the first wave of a pair ({@code W2>W3} → 2), unknown codes last. */
    static int order(String pair) {
        Matcher number = Pattern.compile("^W(\\d+)").matcher(pair);
        return number.find() ? Integer.parseInt(number.group(1)) : Integer.MAX_VALUE;
    }
}
