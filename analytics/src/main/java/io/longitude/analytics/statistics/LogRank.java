package io.longitude.analytics.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/** The Mantel–Cox log-rank test comparing survival curves of k groups (Mantel 1966; Peto &amp; Peto 1972). */
public final class LogRank {

    /**
     * Follow-up of one group as a frequency table, like {@link KaplanMeier#fit}.
     *
     * @param times follow-up times
     * @param events events[i] = number of events at times[i]
     * @param censored censored[i] = number censored at times[i]
     */
    public record Group(double[] times, long[] events, long[] censored) {}

    private LogRank() {}

    /**
     * The k-sample log-rank test.
     *
     * <p>At each distinct event time with R at risk and D events overall, r<sub>g</sub> at risk and d<sub>g</sub>
     * events in group g (censored at a time are at risk at that time): U<sub>g</sub> = Σ (d<sub>g</sub> −
     * D·r<sub>g</sub>/R) (observed − expected), V<sub>gh</sub> = Σ D(R − D)/(R − 1)·(r<sub>g</sub>/R)(δ<sub>gh</sub>
     * − r<sub>h</sub>/R). statistic = UᵀV⁻¹U over all groups but one, chi-square on (groups − 1) degrees of freedom
     * (Kalbfleisch &amp; Prentice 2002, The Statistical Analysis of Failure Time Data, 2nd ed.; R's {@code survdiff}). Groups with no subject at risk at any event
     * time (expected 0, so also groups without subjects) are left out, as in {@code survdiff}.
     *
     * @return the test; empty when fewer than two groups remain, there is no event or V is singular
     * @throws IllegalArgumentException when a group's arrays have different lengths, a count is negative or a time
     *     is not finite
     */
    public static Optional<TestResult> test(List<Group> groups) {
        Objects.requireNonNull(groups, "groups");
        List<SurvivalTable> tables = new ArrayList<>();
        TreeSet<Double> eventTimes = new TreeSet<>();
        for (Group group : groups) {
            Objects.requireNonNull(group, "group");
            SurvivalTable table = SurvivalTable.of(group.times(), group.events(), group.censored());
            tables.add(table);
            for (int i = 0; i < table.times().length; i++) {
                if (table.events()[i] > 0) {
                    eventTimes.add(table.times()[i]);
                }
            }
        }
        if (eventTimes.isEmpty()) {
            return Optional.empty();
        }
        int count = tables.size();
        double[] times = eventTimes.stream().mapToDouble(Double::doubleValue).toArray();
        double[][] atRisk = new double[count][times.length];
        double[][] events = new double[count][times.length];
        for (int g = 0; g < count; g++) {
            SurvivalTable table = tables.get(g);
            long remaining = table.subjects();
            int row = 0;
            for (int t = 0; t < times.length; t++) {
                while (row < table.times().length && table.times()[row] < times[t]) {
                    remaining -= table.events()[row] + table.censored()[row];
                    row++;
                }
                atRisk[g][t] = remaining;
                if (row < table.times().length && table.times()[row] == times[t]) {
                    events[g][t] = table.events()[row];
                }
            }
        }
        double[] observedMinusExpected = new double[count];
        double[] expected = new double[count];
        double[][] covariance = new double[count][count];
        for (int t = 0; t < times.length; t++) {
            double total = 0;
            double deaths = 0;
            for (int g = 0; g < count; g++) {
                total += atRisk[g][t];
                deaths += events[g][t];
            }
            double factor = total > 1 ? deaths * (total - deaths) / (total - 1) : 0;
            for (int g = 0; g < count; g++) {
                double share = atRisk[g][t] / total;
                expected[g] += deaths * share;
                observedMinusExpected[g] += events[g][t] - deaths * share;
                for (int h = 0; h < count; h++) {
                    covariance[g][h] += factor * share * ((g == h ? 1 : 0) - atRisk[h][t] / total);
                }
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            if (expected[g] > 0) {
                kept.add(g);
            }
        }
        if (kept.size() < 2) {
            return Optional.empty();
        }
        int dimension = kept.size() - 1;
        double[] difference = new double[dimension];
        double[][] reduced = new double[dimension][dimension];
        for (int a = 0; a < dimension; a++) {
            difference[a] = observedMinusExpected[kept.get(a)];
            for (int b = 0; b < dimension; b++) {
                reduced[a][b] = covariance[kept.get(a)][kept.get(b)];
            }
        }
        return Matrices.inverseQuadraticForm(reduced, difference)
                .filter(Double::isFinite)
                .map(statistic -> chiSquare(statistic, dimension));
    }

    /** The chi-square test result; a statistic below 0 from rounding becomes 0. */
    private static TestResult chiSquare(double statistic, int degreesOfFreedom) {
        double nonNegative = Math.max(0, statistic);
        return new TestResult(
                nonNegative,
                degreesOfFreedom,
                ChiSquaredDistribution.of(degreesOfFreedom).survivalProbability(nonNegative));
    }
}
