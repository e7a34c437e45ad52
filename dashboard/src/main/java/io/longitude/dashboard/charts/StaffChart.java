package io.longitude.dashboard.charts;

import io.longitude.core.metrics.MetricValue;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * M14: the staff questionnaire's item means over the edition's waves, one line per item with t intervals, on the
 * items' 1–5 scale; no interval is drawn for fewer answers than the minimum n.
 */
final class StaffChart implements Family {
    @Override
    public Comparator<MetricValue> order() {
        return Comparator.comparing((MetricValue row) -> row.key().text()).thenComparing(MetricValue::wave);
    }

    @Override
    public JFreeChart draw(String title, List<MetricValue> rows, Texts texts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Whiskers whiskers = new Whiskers();
        rows.stream()
                .sorted(Comparator.comparing(MetricValue::wave)
                        .thenComparing((MetricValue row) -> row.key().text()))
                .forEach(row -> Charts.add(dataset, whiskers, row, itemName(row, texts), row.wave()));
        return Charts.chart(title, Charts.scalePlot(dataset, whiskers, texts), true);
    }

    static String item(MetricValue row) {
        return row.key().part("item").orElse(row.key().text());
    }

    /** The item's short name in the reader's language (from the instrument's wording), e.g. "confidence discussing SD". */
    static String itemName(MetricValue row, Texts texts) {
        return texts.get("staff.item." + item(row));
    }

    @Override
    public String label(MetricValue row, Texts texts) {
        return itemName(row, texts) + " · " + row.wave();
    }

    @Override
    public RowFormat format(MetricValue row) {
        return RowFormat.MEAN;
    }
}
