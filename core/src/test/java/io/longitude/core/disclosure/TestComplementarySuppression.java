package io.longitude.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestComplementarySuppression {
    private static final DisclosureRule FIVE = DisclosureRule.defaults();

    /**
     * A 3×3 table with margins (rows A, B, C; columns X, Y, Z):
     * <pre>
     *        X   Y   Z | total
     *   A   10   3   8 |  21
     *   B    7  12   6 |  25
     *   C    9  11  15 |  35
     *   ---------------+-----
     *       26  26  29 |  81
     * </pre>
     * AY = 3 is primary. Row A alone gives it back (21 − 10 − 8) and so does column Y (26 − 12 − 11), so no single
     * further cell protects it. The engine hides AZ = 8 (the smallest shown cell linked to AY), which column Z then
     * gives back (29 − 6 − 15), so it hides BZ = 6 (now the smallest linked cell), which row B gives back
     * (25 − 7 − 12), so it hides BY = 12: the rectangle AY, AZ, BY, BZ, whose four cells move together (+t, −t, −t,
     * +t) without changing any shown total. Margins and the other five cells stay shown.
     */
    @Test
    void hidesTheRectangleAroundOneSmallCellOfATableWithMargins() {
        CountSystem table = table(new long[][] {{10, 3, 8}, {7, 12, 6}, {9, 11, 15}});

        Suppression suppression = ComplementarySuppression.apply(table, FIVE);

        assertThat(suppression.hidden()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "A|Y", Reason.PRIMARY, "A|Z", Reason.COMPLEMENTARY, "B|Z", Reason.COMPLEMENTARY, "B|Y", Reason.COMPLEMENTARY));
        assertThat(suppression.count("A|total")).hasValue(21);
        assertThat(suppression.count("total|total")).hasValue(81);
        assertThat(Determinacy.determined(table.relations(), suppression.hidden().keySet())).isEmpty();
    }

    @Test
    void showsZeroAndHidesANonZeroPartnerRatherThanIt() {
        CountSystem levels = CountSystem.builder().cell("responders", 12).cell("level=0", 0).cell("level=1", 3).cell("level=2", 9)
                .sum("responders", List.of("level=0", "level=1", "level=2")).build();

        Suppression suppression = ComplementarySuppression.apply(levels, FIVE);

        assertThat(suppression.hidden()).containsOnlyKeys("level=1", "level=2");
        assertThat(suppression.count("level=0")).hasValue(0);
        assertThat(suppression.count("responders")).hasValue(12);
    }

    @Test
    void hidesAShareWhoseComplementIsSmall() {
        CountSystem rate = CountSystem.builder().cell("enrolled", 20).cell("responders", 18).share("responders", "enrolled").build();

        Suppression suppression = ComplementarySuppression.apply(rate, FIVE);

        // 20 − 18 = 2 non-responders: one of the two counts goes, the smaller (18), and with it the share.
        assertThat(suppression.hidden()).containsOnlyKeys("responders");
        assertThat(suppression.share(new Share("responders", "enrolled"))).isEmpty();
    }

    @Test
    void hidesAShareOfFewerThanKPeople() {
        CountSystem rate = CountSystem.builder().cell("enrolled", 4).cell("responders", 0).share("responders", "enrolled").build();

        Suppression suppression = ComplementarySuppression.apply(rate, FIVE);

        assertThat(suppression.hidden()).containsEntry("enrolled", Reason.PRIMARY);
        assertThat(suppression.count("responders")).hasValue(0);
        assertThat(suppression.share(new Share("responders", "enrolled"))).isEmpty();
    }

    /**
     * Two editions and the programme, and two waves whose programme totals cover different editions (edition 2 has
     * not reached W3): the W0 total minus the W3 total gives back edition 2's W0 count, so hiding it on the edition
     * view alone is not enough.
     */
    @Test
    void protectsACellThatTwoFiltersWouldGiveBackTogether() {
        CountSystem waves = CountSystem.builder()
                .cell("W0|E1", 20).cell("W0|E2", 3).cell("W0|all", 23)
                .cell("W3|E1", 20).cell("W3|all", 20)
                .sum("W0|all", List.of("W0|E1", "W0|E2")).sum("W3|all", List.of("W3|E1"))
                .sum("W0|E1", List.of("W3|E1")).build();

        Suppression suppression = ComplementarySuppression.apply(waves, FIVE);

        assertThat(suppression.hidden()).containsKey("W0|E2");
        assertThat(Determinacy.determined(waves.relations(), suppression.hidden().keySet())).doesNotContain("W0|E2");
        assertThat(suppression.hidden()).hasSizeGreaterThan(1);
    }

    @Test
    void takesTheThresholdFromTheRule() {
        CountSystem rate = CountSystem.builder().cell("enrolled", 30).cell("responders", 7).share("responders", "enrolled").build();

        assertThat(ComplementarySuppression.apply(rate, FIVE).hidden()).isEmpty();
        assertThat(ComplementarySuppression.apply(rate, new DisclosureRule(10)).hidden()).containsEntry("responders", Reason.PRIMARY);
        assertThat(new DisclosureRule(10).symbol()).isEqualTo("< 10");
    }

    @Test
    void leavesAHiddenCellUndeterminedButKnowsTheDifferenceOfTwo() {
        // x − y = 0 is known (both equal the same total), yet neither value is.
        CountSystem twice = CountSystem.builder().cell("total", 3).cell("a", 3).cell("b", 3)
                .sum("total", List.of("a")).sum("total", List.of("b")).build();

        Suppression suppression = ComplementarySuppression.apply(twice, FIVE);

        assertThat(suppression.hidden()).containsOnlyKeys("total", "a", "b");
        assertThat(suppression.unresolved()).isEmpty();
        assertThat(Determinacy.determined(twice.relations(), Set.of("total", "a", "b"))).isEmpty();
    }

    private static CountSystem table(long[][] counts) {
        String[] rows = {"A", "B", "C"};
        String[] columns = {"X", "Y", "Z"};
        CountSystem.Builder builder = CountSystem.builder();
        long grand = 0;
        long[] columnTotals = new long[3];
        for (int r = 0; r < 3; r++) {
            long rowTotal = 0;
            for (int c = 0; c < 3; c++) {
                builder.cell(rows[r] + "|" + columns[c], counts[r][c]);
                rowTotal += counts[r][c];
                columnTotals[c] += counts[r][c];
            }
            builder.cell(rows[r] + "|total", rowTotal);
            grand += rowTotal;
        }
        for (int c = 0; c < 3; c++) {
            builder.cell("total|" + columns[c], columnTotals[c]);
        }
        builder.cell("total|total", grand);
        for (String row : rows) {
            builder.sum(row + "|total", List.of(row + "|X", row + "|Y", row + "|Z"));
        }
        for (String column : columns) {
            builder.sum("total|" + column, List.of("A|" + column, "B|" + column, "C|" + column));
        }
        builder.sum("total|total", List.of("A|total", "B|total", "C|total"));
        builder.sum("total|total", List.of("total|X", "total|Y", "total|Z"));
        return builder.build();
    }
}
