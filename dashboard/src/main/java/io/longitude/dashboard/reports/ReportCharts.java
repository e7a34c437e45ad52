package io.longitude.dashboard.reports;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's charts, drawn from the shown values of a {@link FunderReport} only ({@link ReportCell#shown()}): a
 * hidden cell has no bar at all, so no bar length gives it away.
 */
final class ReportCharts {
    static final List<String> SLUGS = List.of("funnel", "response", "integration");
    private static final Color[] PALETTE = {new Color(0x1b6ca8), new Color(0xf4a259), new Color(0x5b8e7d), new Color(0xbc4b51),
        new Color(0x8e7dbe)};

    private ReportCharts() {}

    /** The chart of this slug, or null for an unknown slug. */
    static JFreeChart chart(String slug, FunderReport report, Function<String, String> texts) {
        return switch (slug) {
            case "funnel" -> funnel(report, texts);
            case "response" -> response(report, texts);
            case "integration" -> integration(report, texts);
            default -> null;
        };
    }

    /** Counts per funnel stage (series) and column. */
    static JFreeChart funnel(FunderReport report, Function<String, String> texts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (String stage : List.of("referred", "enrolled", "completed", "business_active")) {
            report.row("funnel", "report.row." + stage, "").ifPresent(row -> add(dataset, row, row.label(), report.columns()));
        }
        BarRenderer renderer = new BarRenderer();
        return chart(texts.apply("report.chart.funnel"), dataset, renderer, texts.apply("report.axis.people"), false);
    }

    /** Response rate per wave (category) and column (series). */
    static JFreeChart response(FunderReport report, Function<String, String> texts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (String wave : report.waves()) {
            report.row("response", "report.row.response-rate", wave).ifPresent(row -> {
                for (int column = 0; column < report.columns().size(); column++) {
                    dataset.addValue(row.cells().get(column).shown(), report.columns().get(column), wave);
                }
            });
        }
        return chart(texts.apply("report.chart.response"), dataset, new BarRenderer(), texts.apply("report.axis.share"), true);
    }

    /** Shares at each integration level at the last wave, stacked per column. */
    static JFreeChart integration(FunderReport report, Function<String, String> texts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String wave = report.lastWave();
        for (String level : List.of("level-0", "level-1", "level-2")) {
            report.row("integration", "report.row.share." + level, wave)
                    .ifPresent(row -> add(dataset, row, texts.apply("report.row." + level), report.columns()));
        }
        return chart(texts.apply("report.chart.integration") + " " + wave, dataset, new StackedBarRenderer(), texts.apply("report.axis.share"),
                true);
    }

    private static void add(DefaultCategoryDataset dataset, ReportRow row, String series, List<String> columns) {
        for (int column = 0; column < columns.size(); column++) {
            // A hidden cell is added as null: it keeps the column order and draws no bar.
            dataset.addValue(row.cells().get(column).shown(), series, columns.get(column));
        }
    }

    private static JFreeChart chart(String title, DefaultCategoryDataset dataset, BarRenderer renderer, String axis, boolean share) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.12);
        for (int series = 0; series < PALETTE.length; series++) {
            renderer.setSeriesPaint(series, PALETTE[series]);
        }
        NumberAxis range = new NumberAxis(axis);
        if (share) {
            range.setRange(0, 1.0);
            range.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance(Locale.ROOT));
        } else {
            range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(), range, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setNoDataMessage("–");
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setTitle(new TextTitle(title, new Font(Font.SANS_SERIF, Font.BOLD, 14)));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
