package io.longitude.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;

class TestSpearman {

    /** No ties: ρ from commons-math3 {@code SpearmansCorrelation}; p and interval from the formulas via math3. */
    @Test
    void noTiesAgreesWithCommonsMath() {
        double[] x = {86, 97, 99, 100, 101, 103, 106, 110, 112, 113};
        double[] y = {2, 20, 28, 27, 50, 29, 7, 17, 6, 12};
        long[] counts = new long[x.length];
        java.util.Arrays.fill(counts, 1);

        Spearman.Result result = Spearman.correlation(x, y, counts).orElseThrow();

        // Wikipedia "Spearman's rank correlation coefficient", worked example (IQ vs hours of TV): ρ = −29/165
        assertThat(result.rho()).isCloseTo(-29.0 / 165, within(1e-12));
        assertThat(result.rho()).isCloseTo(new SpearmansCorrelation().correlation(x, y), within(1e-12));
        assertReference(result, 10);
    }

    /** Ties in both variables: commons-math3 ranks the expanded sample with average ranks (midranks). */
    @Test
    void tiesAgreeWithCommonsMathOnExpandedSample() {
        double[] x = {1, 1, 2, 2, 3, 3, 4, 5};
        double[] y = {1, 2, 2, 3, 3, 4, 4, 4};
        long[] counts = {5, 2, 3, 6, 1, 4, 7, 2};
        int n = 30;
        double[] expandedX = new double[n];
        double[] expandedY = new double[n];
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            for (long c = 0; c < counts[i]; c++) {
                expandedX[k] = x[i];
                expandedY[k] = y[i];
                k++;
            }
        }

        Spearman.Result result = Spearman.correlation(x, y, counts).orElseThrow();

        assertThat(result.n()).isEqualTo(n);
        assertThat(result.rho()).isCloseTo(new SpearmansCorrelation().correlation(expandedX, expandedY), within(1e-12));
        assertReference(result, n);
    }

    /** 200,000 pairs in a 5×4 table: agrees with commons-math3 on the expanded sample (no overflow). */
    @Test
    void scalesToTwoHundredThousandPairs() {
        double[] x = new double[20];
        double[] y = new double[20];
        long[] counts = new long[20];
        int total = 0;
        for (int i = 0; i < 20; i++) {
            x[i] = i / 4;
            y[i] = i % 4;
            counts[i] = 3_000 + 1_000L * ((i * 7) % 11) + (i / 4 == i % 4 ? 6_000 : 0);
            total += counts[i];
        }
        counts[19] += 200_000 - total;
        double[] expandedX = new double[200_000];
        double[] expandedY = new double[200_000];
        int k = 0;
        for (int i = 0; i < 20; i++) {
            for (long c = 0; c < counts[i]; c++) {
                expandedX[k] = x[i];
                expandedY[k] = y[i];
                k++;
            }
        }

        Spearman.Result result = Spearman.correlation(x, y, counts).orElseThrow();

        assertThat(result.n()).isEqualTo(200_000);
        assertThat(result.rho()).isCloseTo(new SpearmansCorrelation().correlation(expandedX, expandedY), within(1e-10));
        assertReference(result, 200_000);
    }

    @Test
    void notComputableForFewPairsOrConstantVariable() {
        assertThat(Spearman.correlation(new double[] {1, 2, 3}, new double[] {1, 2, 3}, new long[] {1, 1, 1}))
                .isEmpty();
        assertThat(Spearman.correlation(new double[] {1, 2}, new double[] {5, 5}, new long[] {3, 4}))
                .isEmpty();
    }

    @Test
    void perfectCorrelationHasDegenerateInterval() {
        Spearman.Result result = Spearman.correlation(
                        new double[] {1, 2, 3, 4}, new double[] {2, 4, 8, 9}, new long[] {1, 1, 1, 1})
                .orElseThrow();

        assertThat(result.rho()).isEqualTo(1);
        assertThat(result.lower()).isEqualTo(1);
        assertThat(result.upper()).isEqualTo(1);
        assertThat(result.pValue()).isZero();
    }

    /** p from t on n − 2 df (math3), interval tanh(atanh ρ ± z·√(1.06/(n − 3))) (Fieller, Hartley & Pearson 1957). */
    private static void assertReference(Spearman.Result result, int n) {
        double rho = result.rho();
        double t = rho * Math.sqrt((n - 2) / (1 - rho * rho));
        double p = 2 * new TDistribution(n - 2).cumulativeProbability(-Math.abs(t));
        assertThat(result.pValue()).isCloseTo(p, within(1e-12));
        double z = new NormalDistribution().inverseCumulativeProbability(0.975) * Math.sqrt(1.06 / (n - 3));
        double atanh = 0.5 * Math.log((1 + rho) / (1 - rho));
        assertThat(result.lower()).isCloseTo(Math.tanh(atanh - z), within(1e-12));
        assertThat(result.upper()).isCloseTo(Math.tanh(atanh + z), within(1e-12));
    }
}
