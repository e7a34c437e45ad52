package io.longitude.dashboard.trajectories;

import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricCatalogue;
import io.longitude.core.metrics.MetricStatus;
import io.longitude.core.metrics.MetricValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The flow panels of an edition from its M4 rows ({@link GroupKey.Transition}, one wave pair per wave column). */
public final class Trajectories {

    private Trajectories() {}

    /** One panel per wave pair of the edition's M4 rows, in wave order. */
    public static List<FlowPanel> fromMetricRows(List<MetricValue> editionRows) {
        Map<String, long[][]> counts =
                new TreeMap<>(Comparator.comparingInt(Trajectories::order).thenComparing(pair -> pair));
        Map<String, MetricStatus> statuses = new TreeMap<>();
        for (MetricValue row : editionRows) {
            if (!row.is(MetricCatalogue.TRANSITIONS)
                    || !(row.key() instanceof GroupKey.Transition cell)
                    || row.numerator() == null) {
                continue;
            }
            int from = cell.from();
            int to = cell.to();
            if (from >= FlowPanel.LEVELS || to >= FlowPanel.LEVELS) {
                continue;
            }
            counts.computeIfAbsent(row.wave(), pair -> new long[FlowPanel.LEVELS][FlowPanel.LEVELS])[from][to] =
                    Math.round(row.numerator());
            statuses.merge(row.wave(), row.status(), (a, b) -> a == MetricStatus.OK ? b : a);
        }
        List<FlowPanel> panels = new ArrayList<>();
        counts.forEach((pair, matrix) ->
                panels.add(new FlowPanel(pair, matrix, true, statuses.get(pair).code())));
        return panels;
    }

    /** The number of the first wave of a pair ({@code W2>W3} → 2), unknown codes last. */
    static int order(String pair) {
        Matcher number = Pattern.compile("^W(\\d+)").matcher(pair);
        return number.find() ? Integer.parseInt(number.group(1)) : Integer.MAX_VALUE;
    }
}
