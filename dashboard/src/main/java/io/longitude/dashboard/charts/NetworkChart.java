package io.longitude.dashboard.charts;

import io.longitude.core.metrics.MetricValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * M11: the counts of the collaboration network. Per-participant rows ({@code degree|…}, {@code betweenness|…}) never
 * reach the page with their key: only the five highest betweenness values, as anonymous ranks.
 */
final class NetworkChart implements Family {
    /** The counts the chart shows; the ratios are in its table. */
    static final List<String> CHARTED = List.of("participants", "ties", "components", "ties_across_desks", "ties_across_editions");
    static final List<String> SHARES = List.of("share_with_tie", "largest_component_share");
    static final List<String> RATIOS = List.of("density", "mean_degree", "betweenness");
    static final int TOP = 5;

    @Override
    public boolean includes(MetricValue row) {
        return Family.super.includes(row) && !row.groupKey().startsWith("degree|");
    }

    @Override
    public Comparator<MetricValue> order() {
        return Comparator.comparingInt((MetricValue row) -> rank(GroupKeys.head(row.groupKey())))
                .thenComparing(MetricValue::wave).thenComparing(MetricValue::groupKey);
    }

    private static int rank(String head) {
        int rank = MetricSelection.NETWORK_GROUPS.indexOf(head);
        return rank < 0 ? MetricSelection.NETWORK_GROUPS.size() : rank;
    }

    /** Replaces the per-participant betweenness rows by the top five as {@code betweenness|rank=1…5}. */
    @Override
    public List<MetricValue> arrange(List<MetricValue> rows) {
        List<MetricValue> arranged = new ArrayList<>(rows.stream().filter(row -> !row.groupKey().startsWith("betweenness|")).toList());
        List<MetricValue> top = rows.stream().filter(row -> row.groupKey().startsWith("betweenness|") && row.computable())
                .sorted(Comparator.comparingDouble(MetricValue::value).reversed()).limit(TOP).toList();
        for (int rank = 0; rank < top.size(); rank++) {
            MetricValue row = top.get(rank);
            arranged.add(new MetricValue(row.metricId(), row.programmeId(), row.editionId(), row.wave(), "betweenness|rank=" + (rank + 1),
                    row.numerator(), row.denominator(), row.n(), row.value(), row.lower(), row.upper(), row.status(), row.note(),
                    row.inputVersions(), row.jobVersion(), row.computedAt()));
        }
        return arranged;
    }

    @Override
    public JFreeChart draw(String title, List<MetricValue> rows, Texts texts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (MetricValue row : rows) {
            if (CHARTED.contains(row.groupKey())) {
                dataset.addValue(row.value(), texts.get("series.count"), texts.get("network." + row.groupKey()));
            }
        }
        CategoryPlot plot = Charts.plot(dataset, new BarRenderer(), texts.get("axis.count"), PlotOrientation.VERTICAL);
        return Charts.chart(title, plot, false);
    }

    @Override
    public String label(MetricValue row, Texts texts) {
        String key = row.groupKey();
        String head = GroupKeys.head(key);
        return switch (head) {
            case "new_ties" -> texts.get("network.new_ties") + " · " + (row.wave().isEmpty() ? GroupKeys.tail(key) : row.wave());
            case "brokerage" -> texts.get("network.brokerage." + GroupKeys.head(GroupKeys.tail(key))) + " · "
                    + texts.get("broker." + GroupKeys.tail(GroupKeys.tail(key)));
            case "betweenness" -> texts.get("network.betweenness") + " · " + texts.get("network.rank") + " " + GroupKeys.part(key, "rank").orElse("?");
            default -> texts.get("network." + key);
        };
    }

    @Override
    public RowFormat format(MetricValue row) {
        String head = GroupKeys.head(row.groupKey());
        if (SHARES.contains(head)) {
            return RowFormat.SHARE;
        }
        return RATIOS.contains(head) ? RowFormat.DECIMAL : RowFormat.COUNT;
    }
}
