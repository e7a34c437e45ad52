package io.longitude.analytics.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.longitude.analytics.AnalyticsTestBase;
import io.longitude.core.lake.LakeTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** M17 against values worked out by hand: two partners in one programme, then five partners in another. */
class TestPartnershipItems extends AnalyticsTestBase {
    @Test
    void twoPartnersGiveMeansAndSharesWithoutIntervals() {
        Map<String, Row> cells = cells(PartnershipItems.compute(
                table(
                        answer("P", "a", "E1", "W0", 4, 3, 5, true),
                        answer("P", "b", "E1", "W0", 2, null, 4, false),
                        answer("P", "a", "E1", "W1", 5, 4, 5, true),
                        answer("P", "a", "E2", "W0", 3, 3, 3, true)),
                3));

        // Agreements at E1 W0: 4 and 2; over E1's waves: 4, 2, 5; over the programme: 4, 2, 5, 3.
        assertMean(cells.get("E1|W0|item=partner_agreements"), 3.0, 2);
        assertMean(cells.get("E1||item=partner_agreements"), 11.0 / 3, 3);
        assertMean(cells.get("||item=partner_agreements"), 14.0 / 4, 4);
        assertMean(cells.get("|W0|item=partner_agreements"), 9.0 / 3, 3);
        // Expertise at E1 W0: only a answered.
        assertMean(cells.get("E1|W0|item=partner_expertise"), 3.0, 1);
        // Again over the programme: 3 yes of 4 answers.
        Row again = cells.get("||item=partner_again");
        assertThat(again.<Double>getAs("numerator")).isEqualTo(3.0);
        assertThat(again.<Double>getAs("denominator")).isEqualTo(4.0);
        assertThat(again.<Double>getAs("value")).isEqualTo(0.75);
        assertThat(again.<Double>getAs("lower"))
                .as("two organisations: no interval")
                .isNull();
        assertThat(cells.get("E1|W0|item=partner_agreements").<String>getAs("status"))
                .isEqualTo("small_n");
    }

    @Test
    void fivePartnersGiveTheStudentIntervalOfTheirAnswers() {
        List<Row> rows = new ArrayList<>();
        int[] agreements = {2, 3, 4, 4, 5};
        for (int partner = 0; partner < agreements.length; partner++) {
            rows.add(answer("Q", "p" + partner, "X1", "W2", agreements[partner], 3, 3, partner > 0));
        }
        Map<String, Row> cells = cells(PartnershipItems.compute(table(rows.toArray(Row[]::new)), 3));

        // 2, 3, 4, 4, 5: mean 3.6, s² = (70 − 5 · 3.6²)/4 = 1.3, t(0.975, 4) = 2.776445.
        Row row = cells.get("X1|W2|item=partner_agreements");
        assertThat(row.<Double>getAs("value")).isCloseTo(3.6, within(1e-12));
        assertThat(row.<Double>getAs("lower")).isCloseTo(3.6 - 2.776445 * Math.sqrt(1.3 / 5), within(1e-6));
        assertThat(row.<Long>getAs("n")).isEqualTo(5);
        assertThat(cells.get("X1|W2|item=partner_again").<Double>getAs("value")).isEqualTo(0.8);
        assertThat(cells.get("X1|W2|item=partner_again").<Double>getAs("lower")).isNotNull();
    }

    private static void assertMean(Row row, double mean, long n) {
        assertThat(row.<Double>getAs("value")).isCloseTo(mean, within(1e-12));
        assertThat(row.<Long>getAs("n")).isEqualTo(n);
        assertThat(row.<Double>getAs("lower")).isNull();
    }

    private static org.apache.spark.sql.Dataset<Row> table(Row... rows) {
        return spark.createDataFrame(List.of(rows), StructType.fromDDL(LakeTables.PARTNER_RESPONSES.ddl()));
    }

    private static Row answer(
            String programme,
            String partner,
            String edition,
            String wave,
            Integer agreements,
            Integer expertise,
            Integer quality,
            Boolean again) {
        return RowFactory.create(
                programme, partner, edition, wave, "partner", 1, null, agreements, expertise, quality, again, "b");
    }
}
