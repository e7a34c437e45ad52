package io.longitude.dashboard.reports;

import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's charts, drawn from the shown values of a {@link FunderReport} only ({@link ReportCell#shown()}): a
 * hidden cell has no bar, and its place carries its mark ({@link MarkedBarRenderer}), explained under the chart. One
 * unit per chart: people, or shares of people.
 */
final class ReportCharts {
    static final List<String> SLUGS = List.of("integration", "funnel", "response");
    private static final Color[] PALETTE = {
        new Color(0x1b6ca8),
        new Color(0xf4a259),
        new Color(0x5b8e7d),
        new Color(0xbc4b51),
        new Color(0x8e7dbe),
        new Color(0x6c757d)
    };

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

    /** People at each funnel stage (series) per column. */
    static JFreeChart funnel(FunderReport report, Function<String, String> texts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        MarkedBarRenderer renderer = new MarkedBarRenderer();
        for (String stage : List.of("referred", "enrolled", "completed", "business_active")) {
            report.row("funnel", "report.row." + stage, "").ifPresent(row -> {
                for (int column = 0; column < report.columns().size(); column++) {
                    add(
                            dataset,
                            renderer,
                            row.cells().get(column),
                            row.label(),
                            report.columns().get(column));
                }
            });
        }
        return chart(
                texts.apply("report.chart.funnel"),
                dataset,
                renderer,
                texts.apply("report.axis.people"),
                false,
                report,
                texts);
    }

    /** Response rate per wave (category) and column (series). */
    static JFreeChart response(FunderReport report, Function<String, String> texts) {
        return byWave(report, texts, "response", "report.row.response-rate", "report.chart.response");
    }

    /** The share integrated (level 1 or 2) per wave (category) and column (series): how it moved since intake. */
    static JFreeChart integration(FunderReport report, Function<String, String> texts) {
        return byWave(report, texts, "integration", "report.row.share.integrated", "report.chart.integration");
    }

    private static JFreeChart byWave(
            FunderReport report, Function<String, String> texts, String table, String rowKey, String titleKey) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        MarkedBarRenderer renderer = new MarkedBarRenderer();
        for (String wave : report.waves()) {
            report.row(table, rowKey, wave).ifPresent(row -> {
                for (int column = 0; column < report.columns().size(); column++) {
                    add(
                            dataset,
                            renderer,
                            row.cells().get(column),
                            report.columns().get(column),
                            wave);
                }
            });
        }
        return chart(texts.apply(titleKey), dataset, renderer, texts.apply("report.axis.share"), true, report, texts);
    }

    private static void add(
            DefaultCategoryDataset dataset,
            MarkedBarRenderer renderer,
            ReportCell cell,
            String series,
            String category) {
        if (cell.state().equals(ReportCell.ABSENT)) {
            return;
        }
        // A hidden or empty cell is added as null: it keeps its place and draws no bar; a hidden one gets its mark.
        dataset.addValue(cell.shown(), series, category);
        if (cell.hidden()) {
            renderer.mark(series, category, cell.display());
        }
    }

    private static JFreeChart chart(
            String title,
            DefaultCategoryDataset dataset,
            MarkedBarRenderer renderer,
            String axis,
            boolean share,
            FunderReport report,
            Function<String, String> texts) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.08);
        renderer.setItemMargin(0.05);
        for (int series = 0; series < PALETTE.length; series++) {
            renderer.setSeriesPaint(series, PALETTE[series]);
        }
        NumberAxis range = new NumberAxis(axis);
        if (share) {
            range.setRange(0, 1.0);
            range.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.forLanguageTag(report.language())));
        } else {
            range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        CategoryAxis domain = new CategoryAxis();
        domain.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        domain.setMaximumCategoryLabelLines(2);
        CategoryPlot plot = new CategoryPlot(dataset, domain, range, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setNoDataMessage("–");
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setTitle(new TextTitle(title, new Font(Font.SANS_SERIF, Font.BOLD, 14)));
        if (renderer.hasMarks()) {
            TextTitle legend = new TextTitle(
                    texts.apply("report.chart.marks").replace("{0}", report.symbol()),
                    new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            legend.setPosition(RectangleEdge.BOTTOM);
            chart.addSubtitle(legend);
        }
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
