package io.longitude.dashboard.charts;

import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricValue;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** M9: share integrated by sessions attended (all, thematic, BMC bands) per wave; Spearman's rho; the slope per session. */
final class DoseChart implements Family {
    static final List<String> KINDS = List.of("band", "thematic", "bmc", "spearman", "slope_up_per_session");

    @Override
    public Comparator<MetricValue> order() {
        return Comparator.comparing(MetricValue::wave)
                .thenComparingInt((MetricValue row) -> kind(row))
                .thenComparing((MetricValue row) -> row.key().text());
    }

    private static int kind(MetricValue row) {
        int kind = KINDS.indexOf(
                row.key() instanceof GroupKey.Band band
                        ? (band.scope().isEmpty() ? "band" : band.scope())
                        : row.key().head());
        return kind < 0 ? KINDS.size() : kind;
    }

    static boolean band(MetricValue row) {
        return row.key() instanceof GroupKey.Band;
    }

    @Override
    public JFreeChart draw(String title, List<MetricValue> rows, Texts texts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Whiskers whiskers = new Whiskers();
        rows.stream()
                .filter(DoseChart::band)
                .sorted(Comparator.comparingInt(DoseChart::kind)
                        .thenComparing((MetricValue row) -> row.key().text())
                        .thenComparing(MetricValue::wave))
                .forEach(row -> Charts.add(dataset, whiskers, row, row.wave(), bandLabel(row, texts)));
        CategoryPlot plot = Charts.plot(
                dataset, new WhiskerBarRenderer(whiskers), texts.get("axis.integrated"), PlotOrientation.VERTICAL);
        Charts.shareAxis(plot);
        // Labels wrap on up to three lines in a smaller font rather than being cut ("all sessio…").
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        plot.getDomainAxis().setTickLabelFont(new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 10));
        plot.getDomainAxis().setCategoryMargin(0.1);
        return Charts.chart(title, plot, true);
    }

    static String bandLabel(MetricValue row, Texts texts) {
        if (!(row.key() instanceof GroupKey.Band band)) {
            return row.key().text();
        }
        return texts.get("dose." + (band.scope().isEmpty() ? "all" : band.scope())) + " " + band.band();
    }

    @Override
    public String label(MetricValue row, Texts texts) {
        if (band(row)) {
            return row.wave() + " · " + bandLabel(row, texts);
        } else if (row.key().isPair("spearman")) {
            return row.wave() + " · " + texts.get("dose.spearman") + " ("
                    + texts.get("dose." + row.key().tail()) + ")";
        }
        String slope = texts.get("dose.slope_up_per_session");
        return row.wave() + " · "
                + (row.key().isPair("slope_up_per_session")
                        ? slope + " (" + texts.get("dose.coach_confirmed") + ")"
                        : row.key().text().equals("slope_up_per_session")
                                ? slope
                                : row.key().text());
    }

    @Override
    public RowFormat format(MetricValue row) {
        if (band(row)) {
            return RowFormat.SHARE;
        }
        return row.key().head().equals("slope_up_per_session") ? RowFormat.POINTS : RowFormat.DECIMAL;
    }

    /** The shares per band are the plain reading; Spearman's rho and the slopes are detail. */
    @Override
    public boolean technical(MetricValue row) {
        return !(row.key() instanceof GroupKey.Band);
    }
}
