package io.longitude.dashboard.charts;

import io.longitude.core.metrics.MetricValue;
import java.util.Comparator;
import java.util.List;

/** Picks and orders the metric rows that one chart and its table show. */
public final class MetricSelection {
    /** The funnel's stages in order. */
    public static final List<String> FUNNEL_STAGES = List.of("referred", "enrolled", "completed", "responded_latest_wave", "business_active");
    /** The network counts the chart shows; the ratios are in its table. */
    public static final List<String> NETWORK_GROUPS =
            List.of("participants", "ties", "ties_across_editions", "density", "mean_degree", "share_with_tie");

    private MetricSelection() {}

    /** The rows of one chart, in display order. */
    public static List<MetricValue> rows(ChartKind kind, List<MetricValue> edition) {
        List<MetricValue> rows = edition.stream().filter(metric -> metric.metricId().equals(kind.metric().id())).toList();
        Comparator<MetricValue> order = switch (kind) {
            case FUNNEL -> Comparator.comparing((MetricValue metric) -> desk(metric).equals("all") ? "" : desk(metric))
                    .thenComparingInt(metric -> FUNNEL_STAGES.indexOf(stage(metric)));
            case RESPONSE_RATE, INTEGRATION -> Comparator.comparing(MetricValue::wave).thenComparing(MetricValue::groupKey);
            case NETWORK -> Comparator.comparingInt(metric -> NETWORK_GROUPS.indexOf(metric.groupKey()));
        };
        return rows.stream().sorted(order).toList();
    }

    public static String desk(MetricValue funnel) {
        return funnel.groupKey().substring(0, funnel.groupKey().indexOf('|'));
    }

    public static String stage(MetricValue funnel) {
        return funnel.groupKey().substring(funnel.groupKey().indexOf('|') + 1);
    }
}
