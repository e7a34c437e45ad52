package io.longitude.dashboard.charts;

import io.longitude.core.metrics.MetricCatalogue;
import io.longitude.core.metrics.MetricValue;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** M10: per measure, the difference of each edition with the one it is compared to, by horizon, with Newcombe whiskers. */
public final class EditionsComparedChart {
    /** The measures of M10 in page order. */
    public static final List<String> MEASURES = List.of("response_rate", "integrated", "business_active");

    private EditionsComparedChart() {}

    /** The measure of a {@code <measure>|vs=<edition>} row. */
    public static String measure(MetricValue row) {
        return row.key().head();
    }

    /** The edition a row compares against. */
    public static String versus(MetricValue row) {
        return row.key().part("vs").orElse("");
    }

    /** The wave with its horizon, e.g. {@code W2 (+6 months)}, or the wave alone when the horizon has no label. */
    public static String horizon(String wave, Texts texts) {
        String key = "horizon." + wave;
        String horizon = texts.get(key);
        return horizon == null || horizon.equals(key) ? wave : wave + " (" + horizon + ")";
    }

    /** The rows of one measure among M10 rows, ordered by horizon then edition. */
    public static List<MetricValue> rows(String measure, List<MetricValue> compared) {
        return compared.stream()
                .filter(row -> row.is(MetricCatalogue.EDITIONS) && measure(row).equals(measure))
                .sorted(Comparator.comparing(MetricValue::wave)
                        .thenComparing(MetricValue::editionId)
                        .thenComparing((MetricValue row) -> row.key().text()))
                .toList();
    }

    public static JFreeChart chart(String measure, List<MetricValue> compared, Texts texts) {
        List<MetricValue> rows = rows(measure, compared);
        String title = texts.get("chart.compared." + measure);
        if (rows.isEmpty()) {
            return Charts.notAvailable(title, texts);
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Whiskers whiskers = new Whiskers();
        for (MetricValue row : rows) {
            Charts.add(dataset, whiskers, row, row.editionId() + " − " + versus(row), horizon(row.wave(), texts));
        }
        CategoryPlot plot = Charts.plot(
                dataset, new WhiskerBarRenderer(whiskers), texts.get("axis.difference"), PlotOrientation.VERTICAL);
        Charts.differenceAxis(plot);
        return Charts.chart(title, plot, true);
    }
}
