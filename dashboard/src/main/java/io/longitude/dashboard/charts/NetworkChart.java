package io.longitude.dashboard.charts;

import io.longitude.core.metrics.GroupKey;
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
    static final List<String> CHARTED =
            List.of("participants", "ties", "components", "ties_across_desks", "ties_across_editions");

    static final List<String> SHARES = List.of("share_with_tie", "largest_component_share");
    static final List<String> RATIOS = List.of("density", "mean_degree", "betweenness");
    static final int TOP = 5;

    @Override
    public boolean includes(MetricValue row) {
        return Family.super.includes(row) && !row.key().isPair("degree");
    }

    @Override
    public Comparator<MetricValue> order() {
        return Comparator.comparingInt((MetricValue row) -> rank(row.key().head()))
                .thenComparing(MetricValue::wave)
                .thenComparing((MetricValue row) -> row.key().text());
    }

    private static int rank(String head) {
        int rank = MetricSelection.NETWORK_GROUPS.indexOf(head);
        return rank < 0 ? MetricSelection.NETWORK_GROUPS.size() : rank;
    }

    /**
     * Replaces the per-participant rows by distributions without keys: the five highest betweenness values as
     * {@code betweenness|rank=1…5}; the candidates who broker at least one open two-path as {@code brokers} and the
     * five highest brokerage totals as {@code brokerage_total|rank=1…5}.
     */
    @Override
    public List<MetricValue> arrange(List<MetricValue> rows) {
        List<MetricValue> arranged = new ArrayList<>(rows.stream()
                .filter(row -> !row.key().isPair("betweenness") && !row.key().isPair("brokerage_total"))
                .toList());
        arranged.addAll(ranked(rows, "betweenness"));
        List<MetricValue> brokerage = rows.stream()
                .filter(row -> row.key().isPair("brokerage_total") && row.computable())
                .toList();
        if (!brokerage.isEmpty()) {
            MetricValue first = brokerage.get(0);
            double brokers = brokerage.stream().filter(row -> row.value() > 0).count();
            arranged.add(new MetricValue(
                    first.metricId(),
                    first.programmeId(),
                    first.editionId(),
                    first.wave(),
                    new GroupKey.Label("brokers"),
                    brokers,
                    null,
                    first.n(),
                    brokers,
                    null,
                    null,
                    first.status(),
                    null,
                    first.inputVersions(),
                    first.jobVersion(),
                    first.computedAt()));
        }
        arranged.addAll(ranked(rows, "brokerage_total"));
        return arranged;
    }

    /** The {@link #TOP} highest computable values of the per-participant rows {@code <head>|<key>}, as ranks. */
    private static List<MetricValue> ranked(List<MetricValue> rows, String head) {
        List<MetricValue> top = rows.stream()
                .filter(row -> row.key().isPair(head) && row.computable())
                .sorted(Comparator.comparingDouble(MetricValue::value).reversed())
                .limit(TOP)
                .toList();
        List<MetricValue> ranked = new ArrayList<>();
        for (int rank = 0; rank < top.size(); rank++) {
            MetricValue row = top.get(rank);
            ranked.add(new MetricValue(
                    row.metricId(),
                    row.programmeId(),
                    row.editionId(),
                    row.wave(),
                    new GroupKey.Rank(head, rank + 1),
                    row.numerator(),
                    row.denominator(),
                    row.n(),
                    row.value(),
                    row.lower(),
                    row.upper(),
                    row.status(),
                    row.note(),
                    row.inputVersions(),
                    row.jobVersion(),
                    row.computedAt()));
        }
        return ranked;
    }

    @Override
    public JFreeChart draw(String title, List<MetricValue> rows, Texts texts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (MetricValue row : rows) {
            if (CHARTED.contains(row.key().text())) {
                dataset.addValue(
                        row.value(),
                        texts.get("series.count"),
                        texts.get("network." + row.key().text()));
            }
        }
        CategoryPlot plot = Charts.plot(dataset, new BarRenderer(), texts.get("axis.count"), PlotOrientation.VERTICAL);
        return Charts.chart(title, plot, false);
    }

    @Override
    public String label(MetricValue row, Texts texts) {
        if (row.key() instanceof GroupKey.Brokerage brokerage) {
            return texts.get("network.brokerage." + brokerage.by()) + " · " + texts.get("broker." + brokerage.role());
        } else if (row.key() instanceof GroupKey.Rank rank) {
            return texts.get(rank.measure().equals("betweenness") ? "network.betweenness" : "network.brokers.top")
                    + " · " + texts.get("network.rank") + " " + rank.rank();
        } else if (row.key() instanceof GroupKey.Pair pair && pair.name().equals("new_ties")) {
            return texts.get("network.new_ties") + " · " + (row.wave().isEmpty() ? pair.part() : row.wave());
        }
        return texts.get("network." + row.key().text());
    }

    /** Brokerage roles, ranks and ratios are statistical detail; the counts and shares are the plain reading. */
    @Override
    public boolean technical(MetricValue row) {
        String head = row.key().head();
        return Family.super.technical(row) || head.equals("brokerage") || head.equals("brokerage_total");
    }

    @Override
    public RowFormat format(MetricValue row) {
        String head = row.key().head();
        if (SHARES.contains(head)) {
            return RowFormat.SHARE;
        }
        return RATIOS.contains(head) ? RowFormat.DECIMAL : RowFormat.COUNT;
    }
}
