package io.longitude.dashboard.charts;

import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricValue;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;

/** M6: self-report against coach assessment per wave (the kappa matrix), kappa and unconscious integrators. */
final class AgreementChart implements Family {

    @Override
    public Comparator<MetricValue> order() {
        return Comparator.comparing(MetricValue::wave)
                .thenComparingInt((MetricValue row) -> row.key() instanceof GroupKey.Agreement ? 1 : 0)
                .thenComparing((MetricValue row) -> row.key().text());
    }

    @Override
    public JFreeChart draw(String title, List<MetricValue> rows, Texts texts) {
        return Charts.chart(
                title,
                heatMap(rows)
                        .plot(
                                TransitionChart.levelNames(texts),
                                texts.get("agreement.coach"),
                                texts.get("agreement.self")),
                false);
    }

    /** One panel per wave; cell (coach, self) shaded by its count relative to the wave's largest, labelled with the count. */
    static HeatMap heatMap(List<MetricValue> rows) {
        List<MetricValue> cells = rows.stream()
                .filter(row -> row.key() instanceof GroupKey.Agreement)
                .toList();
        HeatMap map = new HeatMap();
        for (MetricValue row : cells) {
            double largest = cells.stream()
                    .filter(other -> other.wave().equals(row.wave()))
                    .mapToDouble(AgreementChart::count)
                    .max()
                    .orElse(0);
            double count = count(row);
            GroupKey.Agreement cell = (GroupKey.Agreement) row.key();
            map.put(
                    row.wave(),
                    new HeatMap.Cell(
                            cell.coach(), cell.self(), largest > 0 ? count / largest : 0, RowFormat.whole(count)));
        }
        return map;
    }

    /** The count of an agreement cell: its value, or its numerator when the value is missing. */
    static double count(MetricValue row) {
        if (row.value() != null) {
            return row.value();
        }
        return row.numerator() == null ? 0 : row.numerator();
    }

    @Override
    public String label(MetricValue row, Texts texts) {
        if (row.key() instanceof GroupKey.Agreement cell) {
            return row.wave() + " · " + texts.get("agreement.self") + " " + cell.self() + ", "
                    + texts.get("agreement.coach") + " " + cell.coach();
        }
        return row.wave() + " · " + texts.get("agreement." + row.key().text());
    }

    @Override
    public RowFormat format(MetricValue row) {
        if (row.key() instanceof GroupKey.Agreement) {
            return RowFormat.COUNT;
        }
        return row.key().text().equals("kappa") ? RowFormat.DECIMAL : RowFormat.SHARE;
    }
}
