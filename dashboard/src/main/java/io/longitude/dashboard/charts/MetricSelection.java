package io.longitude.dashboard.charts;

import io.longitude.core.metrics.MetricValue;
import java.util.List;

/** Picks and orders the metric rows that one chart and its table show. */
public final class MetricSelection {
    /** The funnel's stages in order. */
    public static final List<String> FUNNEL_STAGES =
            List.of("referred", "enrolled", "completed", "responded_latest_wave", "business_active");
    /** The network rows in table order (by the first part of the group_key). */
    public static final List<String> NETWORK_GROUPS = List.of(
            "participants",
            "ties",
            "ties_across_editions",
            "density",
            "mean_degree",
            "share_with_tie",
            "components",
            "largest_component_share",
            "ties_across_desks",
            "new_ties",
            "brokerage",
            "betweenness");

    private MetricSelection() {}

    /**
     * The rows of one chart, in display order, from the rows of an edition (and, where a family shows them, of its
     * programme, edition_id "").
     */
    public static List<MetricValue> rows(ChartKind kind, List<MetricValue> rows) {
        Family family = kind.family();
        return family.arrange(rows.stream()
                .filter(metric -> metric.metricId().equals(kind.metric().id()))
                .filter(family::includes)
                .sorted(family.order())
                .toList());
    }

    public static String desk(MetricValue funnel) {
        return funnel.key().text().substring(0, funnel.key().text().indexOf('|'));
    }

    public static String stage(MetricValue funnel) {
        return funnel.key().text().substring(funnel.key().text().indexOf('|') + 1);
    }
}
