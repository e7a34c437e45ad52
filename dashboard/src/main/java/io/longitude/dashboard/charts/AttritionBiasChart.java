package io.longitude.dashboard.charts;

import io.longitude.core.metrics.MetricValue;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** M2 attrition bias: standardised mean differences of baseline traits, responders vs non-responders, per wave. */
final class AttritionBiasChart implements Family {
    /** |SMD| above this is the usual flag of attrition bias. */
    static final double FLAG = 0.1;

    @Override
    public boolean includes(MetricValue row) {
        return Family.super.includes(row)
                && (row.key().isPair("smd") || row.key().isPair("ipw"));
    }

    @Override
    public JFreeChart draw(String title, List<MetricValue> rows, Texts texts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (MetricValue row : rows) {
            if (row.key().isPair("smd")) {
                dataset.addValue(row.value(), row.wave(), row.key().tail());
            }
        }
        CategoryPlot plot = Charts.plot(dataset, new BarRenderer(), texts.get("axis.smd"), PlotOrientation.HORIZONTAL);
        Charts.decimalAxis(plot);
        for (double flag : new double[] {-FLAG, FLAG}) {
            ValueMarker marker = new ValueMarker(
                    flag,
                    new Color(0xbc4b51),
                    new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
            plot.addRangeMarker(marker);
        }
        return Charts.chart(title, plot, true);
    }

    /** Whether the row is an SMD beyond the flag. */
    static boolean flagged(MetricValue row) {
        return row.key().isPair("smd") && row.computable() && Math.abs(row.value()) > FLAG;
    }

    @Override
    public String label(MetricValue row, Texts texts) {
        String what = row.key().isPair("smd")
                ? texts.get("attrition.smd") + " " + trait(row.key().tail(), texts)
                : texts.get("attrition." + row.key().text().replace('|', '.'));
        return row.wave() + " · " + what + (flagged(row) ? " ⚑ " + texts.get("attrition.flag") : "");
    }

    /**
     * A baseline trait in the reader's language: {@code gender=f} → "gender f", {@code baseline_level>=1} →
     * "integrated at intake".
     */
    static String trait(String code, Texts texts) {
        int equals = code.indexOf('=');
        if (code.startsWith("baseline_") || equals < 0) {
            return texts.get("trait." + code.replace(">=", "_at_least_"));
        }
        return texts.get("trait." + code.substring(0, equals)) + " " + code.substring(equals + 1);
    }

    @Override
    public RowFormat format(MetricValue row) {
        return RowFormat.DECIMAL;
    }
}
