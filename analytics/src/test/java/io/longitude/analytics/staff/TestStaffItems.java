package io.longitude.analytics.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.longitude.analytics.AnalyticsTestBase;
import io.longitude.core.lake.LakeTables;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** M14 staff items: means and t intervals against Commons Math on the same answers. */
class TestStaffItems extends AnalyticsTestBase {
    @Test
    void itemMeansPerEditionWaveAndProgramme() {
        List<Row> rows = List.of(
                staff("c1", "E1", "W0", 2, 3),
                staff("c2", "E1", "W0", 3, null),
                staff("m1", "E1", "W0", 4, 2),
                staff("c1", "E1", "W1", 4, 4),
                staff("c2", "E2", "W0", 5, 5));

        Map<String, Row> cells = cells(StaffItems.compute(
                spark.createDataFrame(rows, StructType.fromDDL(LakeTables.STAFF_RESPONSES.ddl())), 3));

        // Fewer than 4 answers: the mean without an interval (t with 2 df would give 3 ± 2.48).
        assertMeanOnly(cells.get("E1|W0|item=staff_sd_in_support"), 3.0, 3);
        assertMeanOnly(cells.get("E1|W0|item=staff_sd_confidence"), 2.5, 2);
        // 2, 3, 4, 5: mean 3.5, s = 1.291, t(0.975, 3) = 3.182: 3.5 ± 2.054 = 1.446 to 5.554, cut to the scale at 5.
        assertMean(cells.get("|W0|item=staff_sd_in_support"), 2, 3, 4, 5);
        assertThat(cells.get("|W0|item=staff_sd_in_support").<Double>getAs("upper"))
                .isEqualTo(5.0);
        assertThat(cells.get("|W0|item=staff_sd_in_support").<Double>getAs("lower"))
                .isCloseTo(1.446, within(0.001));
        Row single = cells.get("E1|W1|item=staff_sd_in_support");
        assertThat(single.<Double>getAs("value")).isEqualTo(4.0);
        assertThat(single.<Double>getAs("lower")).isNull();
        assertThat(single.<String>getAs("status")).isEqualTo("small_n");
        assertThat(cells).doesNotContainKey("E1|W0|item=staff_sd_tools");
    }

    private static void assertMean(Row row, double... answers) {
        SummaryStatistics statistics = new SummaryStatistics();
        for (double answer : answers) {
            statistics.addValue(answer);
        }
        double half = TDistribution.of(answers.length - 1).inverseCumulativeProbability(0.975)
                * statistics.getStandardDeviation()
                / Math.sqrt(answers.length);
        assertThat(row.<Long>getAs("n")).isEqualTo(answers.length);
        assertThat(row.<Double>getAs("value")).isCloseTo(statistics.getMean(), within(1e-12));
        assertThat(row.<Double>getAs("lower")).isCloseTo(Math.max(1, statistics.getMean() - half), within(1e-9));
        assertThat(row.<Double>getAs("upper")).isCloseTo(Math.min(5, statistics.getMean() + half), within(1e-9));
    }

    private static void assertMeanOnly(Row row, double mean, long n) {
        assertThat(row.<Long>getAs("n")).isEqualTo(n);
        assertThat(row.<Double>getAs("value")).isCloseTo(mean, within(1e-12));
        assertThat(row.<Double>getAs("lower")).isNull();
        assertThat(row.<Double>getAs("upper")).isNull();
    }

    private static Row staff(String key, String edition, String wave, Integer support, Integer confidence) {
        return RowFactory.create(key, "P", edition, wave, "staff", 1, null, support, confidence, null, null, "batch");
    }
}
