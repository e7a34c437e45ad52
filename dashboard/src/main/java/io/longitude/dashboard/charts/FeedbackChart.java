package io.longitude.dashboard.charts;

import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricValue;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * M16: per session, in date order, the shares of answers that found it useful and clear (4 or 5 of 5) and that would
 * recommend it, with Wilson intervals, on one percent axis. The plain table gives the edition's four shares; the mean
 * ratings, the kinds of session, each session's rows and the programme's trend over its editions are statistical
 * detail.
 */
final class FeedbackChart implements Family {
    /** The measures the chart draws, in legend order. */
    static final List<String> DRAWN = List.of("useful", "clear", "recommend");
    /** The plain table's measures, in order; the mean ratings are detail. */
    private static final List<String> PLAIN = List.of("response", "useful", "clear", "recommend");

    private static final List<GroupKey.Feedback.Scope> SCOPES = List.of(
            GroupKey.Feedback.Scope.ALL,
            GroupKey.Feedback.Scope.KIND,
            GroupKey.Feedback.Scope.SESSION,
            GroupKey.Feedback.Scope.TREND);

    /** The edition's rows, and the programme's trend over its editions (statistical detail). */
    @Override
    public boolean includes(MetricValue row) {
        return row.key() instanceof GroupKey.Feedback feedback
                && (Family.super.includes(row) || feedback.scope() == GroupKey.Feedback.Scope.TREND);
    }

    @Override
    public Comparator<MetricValue> order() {
        return Comparator.comparingInt((MetricValue row) -> SCOPES.indexOf(key(row).scope()))
                .thenComparing((MetricValue row) -> key(row).value())
                .thenComparingInt(row -> GroupKey.Feedback.MEASURES.indexOf(key(row).measure()));
    }

    private static GroupKey.Feedback key(MetricValue row) {
        return (GroupKey.Feedback) row.key();
    }

    @Override
    public JFreeChart draw(String title, List<MetricValue> rows, Texts texts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Whiskers whiskers = new Whiskers();
        rows.stream()
                .filter(row ->
                        key(row).scope() == GroupKey.Feedback.Scope.SESSION && DRAWN.contains(key(row).measure()))
                .sorted(Comparator.comparing((MetricValue row) -> key(row).value())
                        .thenComparingInt(row -> DRAWN.indexOf(key(row).measure())))
                .forEach(row -> Charts.add(
                        dataset,
                        whiskers,
                        row,
                        texts.get("feedback.measure." + key(row).measure()),
                        session(key(row).value())));
        CategoryPlot plot = Charts.plot(
                dataset, new WhiskerBarRenderer(whiskers), texts.get("axis.feedback"), PlotOrientation.VERTICAL);
        Charts.shareAxis(plot);
        plot.getDomainAxis().setLabel(texts.get("axis.session"));
        return Charts.chart(title, plot, true);
    }

    /** A session's short name: the part of its id after the last '-' ({@code S03} of {@code E01-S03}). */
    static String session(String sessionId) {
        int dash = sessionId.lastIndexOf('-');
        return dash < 0 || dash == sessionId.length() - 1 ? sessionId : sessionId.substring(dash + 1);
    }

    @Override
    public String label(MetricValue row, Texts texts) {
        GroupKey.Feedback key = key(row);
        String measure = texts.get("feedback.measure." + key.measure());
        return switch (key.scope()) {
            case ALL -> measure;
            case TREND -> measure + " · " + texts.get("feedback.trend");
            case KIND ->
                measure + " · " + texts.get("summaries.kind." + key.value().toUpperCase(java.util.Locale.ROOT));
            case SESSION -> measure + " · " + texts.get("feedback.session") + " " + session(key.value());
        };
    }

    @Override
    public RowFormat format(MetricValue row) {
        GroupKey.Feedback key = key(row);
        if (key.scope() == GroupKey.Feedback.Scope.TREND) {
            return PLAIN.contains(key.measure()) ? RowFormat.POINTS : RowFormat.DECIMAL;
        }
        return PLAIN.contains(key.measure()) ? RowFormat.SHARE : RowFormat.MEAN;
    }

    @Override
    public boolean technical(MetricValue row) {
        GroupKey.Feedback key = key(row);
        return key.scope() != GroupKey.Feedback.Scope.ALL || !PLAIN.contains(key.measure());
    }
}
