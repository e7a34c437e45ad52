package io.longitude.bench.speed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestRatios {
    @Test
    void timePerRowIsInMicroseconds() {
        assertThat(Ratios.microsPerRow(1_500, 3_000)).isEqualTo(500.0);
        assertThat(Ratios.microsPerRow(10, 0)).isNaN();
    }

    @Test
    void deviationsAreRelativeToTheTenThousandRun() {
        List<String> labels = List.of("1k", "10k", "200k");
        List<Double> perRow = List.of(300.0, 100.0, 80.0);
        double reference = Ratios.reference(labels, perRow);
        List<Double> deviations = Ratios.deviations(perRow, reference);

        assertThat(reference).isEqualTo(100.0);
        assertThat(deviations).hasSize(3);
        assertThat(deviations.get(0)).isEqualTo(2.0);
        assertThat(deviations.get(1)).isEqualTo(0.0);
        assertThat(deviations.get(2)).isCloseTo(-0.2, within(1e-12));
        assertThat(Ratios.widest(deviations)).isEqualTo(2.0);
        assertThat(Ratios.referenceName(labels)).isEqualTo("the 10k run");
    }

    @Test
    void deviationsAreRelativeToTheMeanWithoutATenThousandRun() {
        List<String> labels = List.of("1k", "200k");
        List<Double> perRow = List.of(150.0, 50.0);

        assertThat(Ratios.reference(labels, perRow)).isEqualTo(100.0);
        assertThat(Ratios.deviations(perRow, 100.0)).containsExactly(0.5, -0.5);
        assertThat(Ratios.referenceName(labels)).isEqualTo("the mean over sizes");
    }

    @Test
    void medianOfTimedRuns() {
        assertThat(new Timed(List.of(5.0, 1.0, 3.0)).median()).isEqualTo(3.0);
        assertThat(new Timed(List.of(4.0, 1.0, 3.0, 2.0)).median()).isEqualTo(2.5);
        assertThat(new Timed(List.of(4.0, 1.0)).max()).isEqualTo(4.0);
        assertThat(Ratios.ratio(30, 10)).isCloseTo(3.0, within(1e-12));
        assertThat(Ratios.ratio(1, 0)).isNaN();
    }

    @Test
    void tQuantileExpansionAgreesWithCommonsStatisticsAboveTheTable() {
        for (int degrees : new int[] {1001, 5_000, 200_000}) {
            double expected = org.apache.commons.statistics.distribution.TDistribution.of(degrees)
                    .inverseCumulativeProbability(0.975);
            assertThat(expansion(degrees)).as("t(0.975, %d)", degrees).isCloseTo(expected, within(1e-10));
        }
    }

    /** Evaluates DuckSql.tQuantile's expression in Java: its text is sums of literal terms over powers of the degrees. */
    private static double expansion(int degrees) {
        String sql = DuckSql.tQuantile(Integer.toString(degrees));
        String[] terms = sql.substring(1, sql.length() - 1).split(" \\+ ");
        double sum = Double.parseDouble(terms[0]);
        for (int power = 1; power < terms.length; power++) {
            double coefficient = Double.parseDouble(terms[power].substring(0, terms[power].indexOf(' ')));
            sum += coefficient / Math.pow(degrees, power);
        }
        return sum;
    }
}
