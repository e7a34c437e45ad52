package io.longitude.dashboard.charts;

import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricValue;
import java.awt.BasicStroke;
import java.awt.Color;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * M8: the Kaplan–Meier step curve of business survival with its Greenwood band, survival at 1, 3 and 5 years, and
 * the programme's log-rank test between editions.
 */
final class SurvivalChart implements Family {
    static final String LOGRANK = "logrank";

    @Override
    public boolean includes(MetricValue row) {
        return row.key().isPair(LOGRANK) ? row.editionId().isEmpty() : Family.super.includes(row);
    }

    @Override
    public Comparator<MetricValue> order() {
        return Comparator.comparingInt((MetricValue row) -> row.key() instanceof GroupKey.SurvivalStep
                        ? 0
                        : row.key() instanceof GroupKey.SurvivalAt ? 1 : 2)
                .thenComparingDouble(SurvivalChart::months)
                .thenComparing((MetricValue row) -> row.key().text());
    }

    /** The month of a {@code km|month=t} or {@code survival|months=t} row, 0 otherwise. */
    static double months(MetricValue row) {
        if (row.key() instanceof GroupKey.SurvivalStep step) {
            return step.months();
        }
        return row.key() instanceof GroupKey.SurvivalAt at ? at.months() : 0;
    }

    @Override
    public JFreeChart draw(String title, List<MetricValue> rows, Texts texts) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        YIntervalSeries steps = steps(rows, texts.get("survival.series"));
        double longest = longestFollowUp(rows);
        if (steps.getItemCount() > 0
                && longest > steps.getX(steps.getItemCount() - 1).doubleValue()) {
            int last = steps.getItemCount() - 1;
            steps.add(longest, steps.getYValue(last), steps.getYLowValue(last), steps.getYHighValue(last));
        }
        dataset.addSeries(steps);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setSeriesPaint(0, Charts.PALETTE[0]);
        renderer.setSeriesFillPaint(0, new Color(0x1b6ca8));
        renderer.setAlpha(0.2f);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        NumberAxis time = new NumberAxis(texts.get("axis.months"));
        time.setAutoRangeIncludesZero(true);
        NumberAxis survival = new NumberAxis(texts.get("axis.survival"));
        survival.setRange(0, 1.02);
        survival.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        XYPlot plot = new XYPlot(dataset, time, survival, renderer);
        Charts.style(plot);
        if (longest > 0) {
            // The curve runs to the longest follow-up; a tick marks where the last business stops being followed.
            XYLineAnnotation end = new XYLineAnnotation(
                    longest,
                    steps.getYValue(steps.getItemCount() - 1) - 0.03,
                    longest,
                    steps.getYValue(steps.getItemCount() - 1) + 0.03,
                    new BasicStroke(2f),
                    Color.DARK_GRAY);
            plot.addAnnotation(end);
            time.setRange(0, longest * 1.05);
        }
        plot.setRangeGridlinePaint(Charts.GRID);
        plot.setDomainGridlinePaint(Charts.GRID);
        return Charts.chart(title, plot, false);
    }

    /**
     * The step curve with its band: from (0, 1), at each event time t first the previous survival and band (the flat
     * step up to t), then the new ones (the drop at t). Rows without a value keep the previous step.
     */
    static YIntervalSeries steps(List<MetricValue> rows, String name) {
        YIntervalSeries series = new YIntervalSeries(name, false, true);
        double value = 1;
        double lower = 1;
        double upper = 1;
        series.add(0, value, lower, upper);
        for (MetricValue row : rows.stream()
                .filter(row -> row.key() instanceof GroupKey.SurvivalStep)
                .sorted(Comparator.comparingDouble(SurvivalChart::months))
                .toList()) {
            if (!row.computable()) {
                continue;
            }
            double month = months(row);
            series.add(month, value, lower, upper);
            value = row.value();
            lower = row.lower() == null ? value : row.lower();
            upper = row.upper() == null ? value : row.upper();
            series.add(month, value, lower, upper);
        }
        return series;
    }

    private static final Pattern LONGEST = Pattern.compile("longest ([0-9]+(?:\\.[0-9]+)?)");

    /**
     * The longest follow-up in months, as M8 states it in the note of a survival row it could not compute ("no
     * business followed for 36 months (longest 28.5)"), or 0 when no row says it.
     */
    static double longestFollowUp(List<MetricValue> rows) {
        return rows.stream()
                .filter(row -> row.key() instanceof GroupKey.SurvivalAt && row.note() != null)
                .map(row -> LONGEST.matcher(row.note()))
                .filter(Matcher::find)
                .mapToDouble(matcher -> Double.parseDouble(matcher.group(1)))
                .max()
                .orElse(0);
    }

    @Override
    public String label(MetricValue row, Texts texts) {
        if (row.key() instanceof GroupKey.SurvivalStep step) {
            return texts.get("survival.month") + " " + step.month().replace(".", texts.get("number.decimal-separator"))
                    + " · " + RowFormat.whole(row.numerator())
                    + " " + texts.get("survival.stops") + " / " + RowFormat.whole(row.denominator()) + " "
                    + texts.get("survival.at-risk");
        } else if (row.key() instanceof GroupKey.SurvivalAt at) {
            return texts.get("survival.at") + " " + at.months() + " " + texts.get("survival.months");
        }
        return texts.get("survival." + row.key().text().replace('|', '.'));
    }

    @Override
    public RowFormat format(MetricValue row) {
        if (row.key().text().equals("logrank|p_value")) {
            return RowFormat.P_VALUE;
        }
        return row.key().isPair(LOGRANK) ? RowFormat.STATISTIC : RowFormat.PERCENT;
    }

    /** The step rows and the log-rank test are statistical detail; survival at 1, 3 and 5 years is the plain reading. */
    @Override
    public boolean technical(MetricValue row) {
        return !(row.key() instanceof GroupKey.SurvivalAt);
    }
}
