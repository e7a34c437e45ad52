package io.longitude.dashboard.charts;

import io.longitude.core.metrics.GroupKey;
import io.longitude.core.metrics.MetricValue;
import java.util.List;
import org.jfree.chart.JFreeChart;

/** M4: the matrix of sd_integration from wave t to t+1, row shares as colour, counts in the cells; movers. */
final class TransitionChart implements Family {
    static final String[] LEVELS = {"0", "1", "2"};
    static final List<String> MOVERS = List.of("up", "stay", "down");

    @Override
    public JFreeChart draw(String title, List<MetricValue> rows, Texts texts) {
        HeatMap map = heatMap(rows);
        return Charts.chart(
                title, map.plot(levelNames(texts), texts.get("transition.to"), texts.get("transition.from")), false);
    }

    /** The instrument's levels by name, short enough for a panel's axis: "0 none", "1 general", "2 core". */
    static String[] levelNames(Texts texts) {
        String[] names = new String[LEVELS.length];
        for (int level = 0; level < LEVELS.length; level++) {
            names[level] = texts.get("level.short." + LEVELS[level]);
        }
        return names;
    }

    /** One panel per pair of waves; cell (to, from) shaded by the row share, labelled with its count. */
    static HeatMap heatMap(List<MetricValue> rows) {
        HeatMap map = new HeatMap();
        for (MetricValue row : rows) {
            if (row.key() instanceof GroupKey.Transition cell) {
                int from = cell.from();
                int to = cell.to();
                double share = row.computable() ? row.value() : 0;
                // The count only: the share is the cell's colour and is in the table; "3 (100%)" did not fit a cell.
                String text = RowFormat.whole(row.numerator());
                map.put(row.wave(), new HeatMap.Cell(to, from, share, text));
            }
        }
        return map;
    }

    @Override
    public String label(MetricValue row, Texts texts) {
        if (!(row.key() instanceof GroupKey.Transition cell)) {
            return row.wave() + " · " + texts.get("transition." + row.key().text());
        }
        return row.wave() + " · " + texts.get("integration." + cell.from()) + " → "
                + texts.get("integration." + cell.to());
    }

    @Override
    public RowFormat format(MetricValue row) {
        return RowFormat.SHARE;
    }
}
