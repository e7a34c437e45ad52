package io.longitude.dashboard.charts;

import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricValue;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * M17: the partner questionnaire's item means over the edition's waves, one line per item on the items' 1–5 scale
 * (the share who would partner again is in the table, not on this axis). The plain table gives the edition over its
 * waves; each wave's rows are statistical detail.
 */
final class PartnershipChart implements Family {
    /** The items in table and legend order; {@code partner_again} is a share. */
    static final List<String> ITEMS =
            List.of("partner_quality", "partner_agreements", "partner_expertise", "partner_again");

    @Override
    public Comparator<MetricValue> order() {
        return Comparator.comparing(MetricValue::wave).thenComparingInt(row -> ITEMS.indexOf(item(row)));
    }

    @Override
    public JFreeChart draw(String title, List<MetricValue> rows, Texts texts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Whiskers whiskers = new Whiskers();
        rows.stream()
                .filter(row -> !row.wave().isEmpty() && !item(row).equals("partner_again"))
                .sorted(Comparator.comparing(MetricValue::wave).thenComparingInt(row -> ITEMS.indexOf(item(row))))
                .forEach(row -> Charts.add(dataset, whiskers, row, itemName(row, texts), row.wave()));
        return Charts.chart(title, Charts.scalePlot(dataset, whiskers, texts), true);
    }

    static String item(MetricValue row) {
        return row.key() instanceof GroupKey.Item item ? item.item() : row.key().text();
    }

    static String itemName(MetricValue row, Texts texts) {
        return texts.get("partnership.item." + item(row));
    }

    /** The item and, for a Likert item, its scale: "The collaboration goes well (average, 1 to 5) · W2". */
    @Override
    public String label(MetricValue row, Texts texts) {
        String scale = item(row).equals("partner_again") ? "" : " (" + texts.get("partnership.average") + ")";
        return itemName(row, texts) + scale + (row.wave().isEmpty() ? "" : " · " + row.wave());
    }

    @Override
    public RowFormat format(MetricValue row) {
        return item(row).equals("partner_again") ? RowFormat.SHARE : RowFormat.MEAN;
    }

    @Override
    public boolean technical(MetricValue row) {
        return !row.wave().isEmpty();
    }
}
