package io.longitude.dashboard.charts;

import io.longitude.core.metrics.MetricValue;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * M15: difference in differences of the main outcomes, enrolled against the comparison group, per pair of waves. One
 * unit per axis: the awareness score (points on its scale) and the shares (integrated, business active; percentage
 * points) are two panels over the same pairs of waves.
 */
final class ComparisonChart implements Family {
    static final String AWARENESS = "did|awareness";

    @Override
    public JFreeChart draw(String title, List<MetricValue> rows, Texts texts) {
        DefaultCategoryDataset scores = new DefaultCategoryDataset();
        DefaultCategoryDataset shares = new DefaultCategoryDataset();
        Whiskers scoreWhiskers = new Whiskers();
        Whiskers shareWhiskers = new Whiskers();
        for (MetricValue row : rows) {
            if (row.key().text().equals(AWARENESS)) {
                Charts.add(scores, scoreWhiskers, row, outcome(row, texts), row.wave());
            } else {
                Charts.add(shares, shareWhiskers, row, outcome(row, texts), row.wave());
            }
        }
        CombinedDomainCategoryPlot combined = new CombinedDomainCategoryPlot(new CategoryAxis());
        if (scores.getRowCount() > 0) {
            CategoryPlot score = Charts.plot(
                    scores,
                    new WhiskerBarRenderer(scoreWhiskers),
                    texts.get("axis.did.score"),
                    PlotOrientation.VERTICAL);
            Charts.decimalAxis(score);
            score.getRenderer().setSeriesPaint(0, Charts.PALETTE[4]);
            combined.add(score, 1);
        }
        if (shares.getRowCount() > 0) {
            CategoryPlot share = Charts.plot(
                    shares,
                    new WhiskerBarRenderer(shareWhiskers),
                    texts.get("axis.did.share"),
                    PlotOrientation.VERTICAL);
            Charts.differenceAxis(share);
            combined.add(share, 1);
        }
        combined.setGap(12);
        Charts.style(combined);
        return Charts.chart(title, combined, true);
    }

    private static String outcome(MetricValue row, Texts texts) {
        return texts.get("outcome." + row.key().tail());
    }

    @Override
    public String label(MetricValue row, Texts texts) {
        return row.wave() + " · " + outcome(row, texts);
    }

    @Override
    public RowFormat format(MetricValue row) {
        return row.key().text().equals(AWARENESS) ? RowFormat.MEAN : RowFormat.POINTS;
    }
}
