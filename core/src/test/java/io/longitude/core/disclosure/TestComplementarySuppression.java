package io.longitude.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TestComplementarySuppression {
    private static final DisclosureRule FIVE = DisclosureRule.defaults();

    /**
     * A 3×3 table of a sensitive category with margins (rows A, B, C; columns X, Y, Z):
     * <pre>
     *        X   Y   Z | total
     *   A   10   3   8 |  21
     *   B    7  12   6 |  25
     *   C    9  11  15 |  35
     *   ---------------+-----
     *       26  26  29 |  81
     * </pre>
     * AY = 3 is primary. Row A alone gives it back (21 − 10 − 8) and so does column Y (26 − 12 − 11), so no single
     * further cell protects it: the engine hides a rectangle AY, AZ, BY, BZ, whose four cells move together (+t, −t,
     * −t, +t) without changing any shown total, and keeps margins and the other five cells.
     */
    @Test
    void hidesTheRectangleAroundOneSmallCellOfATableWithMargins() {
        CountSystem table = table(new long[][] {{10, 3, 8}, {7, 12, 6}, {9, 11, 15}});

        Suppression suppression = ComplementarySuppression.apply(table, FIVE);

        assertThat(suppression.hidden())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "A|Y",
                        Reason.PRIMARY,
                        "A|Z",
                        Reason.COMPLEMENTARY,
                        "B|Z",
                        Reason.COMPLEMENTARY,
                        "B|Y",
                        Reason.COMPLEMENTARY));
        assertThat(suppression.count("A|total")).hasValue(21);
        assertThat(suppression.count("total|total")).hasValue(81);
        // "< 5" says 1..4, and the rectangle leaves every value of 1..4 possible.
        assertThat(new ReaderBounds(table, FIVE, suppression.hidden()).of("A|Y"))
                .isEqualTo(new Interval(1, 4));
        assertNothingPinned(table, suppression);
    }

    @Test
    void showsZeroAndHidesANonZeroPartnerRatherThanIt() {
        CountSystem levels = CountSystem.builder()
                .cell("responders", 12)
                .cell("level=0", 0)
                .cell("level=1", 3)
                .cell("level=2", 9)
                .sum("responders", List.of("level=0", "level=1", "level=2"))
                .build();

        Suppression suppression = ComplementarySuppression.apply(levels, FIVE);

        assertThat(suppression.hidden()).containsOnlyKeys("level=1", "level=2");
        assertThat(suppression.count("level=0")).hasValue(0);
        assertThat(suppression.count("responders")).hasValue(12);
        assertNothingPinned(levels, suppression);
    }

    @Test
    void showsASmallCountOfACategoryThatIsNotSensitive() {
        CountSystem response = CountSystem.builder()
                .cell("enrolled", 30, false)
                .cell("responders", 3, false)
                .share("responders", "enrolled")
                .build();

        Suppression suppression = ComplementarySuppression.apply(response, FIVE);

        assertThat(suppression.hidden()).isEmpty();
        assertThat(suppression.count("responders")).hasValue(3);
    }

    @Test
    void protectsASmallLatentCountOfASensitiveCategory() {
        // 20 enrolled, 18 completed: 2 dropped out, which no page shows but anybody can subtract.
        CountSystem funnel = CountSystem.builder()
                .cell("enrolled", 20, false)
                .cell("completed", 18, false)
                .rest("dropped_out", "enrolled", "completed", true)
                .build();

        Suppression suppression = ComplementarySuppression.apply(funnel, FIVE);

        assertThat(suppression.hidden()).containsExactly(Map.entry("completed", Reason.COMPLEMENTARY));
        assertThat(new ReaderBounds(funnel, FIVE, suppression.hidden()).of("dropped_out"))
                .isEqualTo(new Interval(0, 20));
        assertNothingPinned(funnel, suppression);
    }

    /** "answering ≤ responders ≤ enrolled": the inequalities bound a hidden count the equations alone leave open. */
    @Test
    void readsInequalitiesAndMarks() {
        CountSystem response = CountSystem.builder()
                .cell("enrolled", 34, false)
                .cell("responders", 33, false)
                .cell("answering", 33, false)
                .atMost("responders", "enrolled")
                .atMost("answering", "responders")
                .build();
        Map<String, Reason> hidden = Map.of("responders", Reason.COMPLEMENTARY);

        assertThat(new ReaderBounds(response, FIVE, hidden).of("responders")).isEqualTo(new Interval(33, 34));

        CountSystem levels = CountSystem.builder()
                .cell("answering", 10, false)
                .cell("level=0", 3)
                .cell("level=1", 7)
                .sum("answering", List.of("level=0", "level=1"))
                .build();
        ReaderBounds marks =
                new ReaderBounds(levels, FIVE, Map.of("level=0", Reason.PRIMARY, "level=1", Reason.COMPLEMENTARY));
        // "< 5" gives 1..4 and "×" only "at least 0", so level 1 is 6..9 and level 0 is 1..4.
        assertThat(marks.of("level=0")).isEqualTo(new Interval(1, 4));
        assertThat(marks.of("level=1")).isEqualTo(new Interval(6, 9));
    }

    @Test
    void marksAPrimaryCountThatOnlyItsOwnMarkPinsWithTheMarkThatSaysNothing() {
        // Editions of 1 and 1 and a programme of 2, all "< 3": 1..2 + 1..2 = 1..2 leaves one answer. With one of the
        // three marked "×" (any number), the others may be 1 or 2 again.
        CountSystem programme = CountSystem.builder()
                .cell("all", 2)
                .cell("E1", 1)
                .cell("E2", 1)
                .cell("E3", 0)
                .sum("all", List.of("E1", "E2", "E3"))
                .build();
        DisclosureRule three = new DisclosureRule(3);

        Suppression suppression = ComplementarySuppression.apply(programme, three);

        assertThat(suppression.hidden()).containsOnlyKeys("E1", "E2", "all");
        assertThat(suppression.hidden().values())
                .containsExactlyInAnyOrder(Reason.PRIMARY, Reason.PRIMARY, Reason.COMPLEMENTARY);
        assertNothingPinned(programme, suppression);
    }

    @Test
    void hidesTheCheapestCountThatUnpinsASmallOne() {
        // 6 = a + b with a = 1 ("< 5") and b = 5: hiding b ("×", any number) leaves a anywhere in 1..4.
        CountSystem pair = CountSystem.builder()
                .cell("total", 6)
                .cell("a", 1)
                .cell("b", 5)
                .sum("total", List.of("a", "b"))
                .build();

        Suppression suppression = ComplementarySuppression.apply(pair, FIVE);

        assertThat(suppression.hidden()).containsOnlyKeys("a", "b");
        assertNothingPinned(pair, suppression);
    }

    @Test
    void takesTheThresholdFromTheRule() {
        CountSystem rate = CountSystem.builder()
                .cell("enrolled", 30)
                .cell("responders", 7)
                .share("responders", "enrolled")
                .build();

        assertThat(ComplementarySuppression.apply(rate, FIVE).hidden()).isEmpty();
        assertThat(ComplementarySuppression.apply(rate, new DisclosureRule(10)).hidden())
                .containsEntry("responders", Reason.PRIMARY);
        assertThat(new DisclosureRule(10).symbol()).isEqualTo("< 10");
    }

    @Test
    void refusesRelationsThatDoNotHoldOnTheCounts() {
        CountSystem.Builder builder = CountSystem.builder()
                .cell("enrolled", 10)
                .cell("responders", 12)
                .atMost("responders", "enrolled");

        org.assertj.core.api.Assertions.assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not hold");
    }

    /**
     * Property: random tables with margins (2–4 rows and columns of counts 0–12, sensitive or not, margins not; k of 3,
     * 5 or 10)
     * leave no hidden count and no small sensitive count pinned for the independent simplex reader, and every
     * complementary count is needed (showing it again pins something).
     */
    @Test
    void randomTablesLeaveNothingPinnedAndHideNothingNeedless() {
        Random random = new Random(20261204);
        int hiddenTotal = 0;
        for (int trial = 0; trial < 60; trial++) {
            int rows = 2 + random.nextInt(3);
            int columns = 2 + random.nextInt(3);
            long[][] counts = new long[rows][columns];
            for (long[] row : counts) {
                for (int c = 0; c < columns; c++) {
                    row[c] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(13);
                }
            }
            DisclosureRule rule = new DisclosureRule(List.of(3, 5, 10).get(trial % 3));
            CountSystem table = table(counts, random.nextBoolean());
            Suppression suppression = ComplementarySuppression.apply(table, rule);

            assertThat(suppression.unresolved()).as("trial %d", trial).isEmpty();
            assertNothingPinned(table, suppression);
            suppression.hidden().forEach((key, reason) -> {
                if (reason == Reason.COMPLEMENTARY) {
                    Map<String, Reason> without = new LinkedHashMap<>(suppression.hidden());
                    without.remove(key);
                    assertThat(ComplementarySuppression.pinned(table, rule, without))
                            .as("%s is needed", key)
                            .isNotEmpty();
                }
            });
            hiddenTotal += suppression.hidden().size();
        }
        assertThat(hiddenTotal).isGreaterThan(60);
    }

    /** The independent reader: nothing hidden, and no small sensitive count that no page shows, is pinned. */
    static void assertNothingPinned(CountSystem system, Suppression suppression) {
        DisclosureRule rule = suppression.rule();
        Map<String, Long> shown = new LinkedHashMap<>();
        system.cells().values().forEach(cell -> {
            if (suppression.shown(cell.key())) {
                shown.put(cell.key(), cell.count());
            }
        });
        SimplexReader reader = new SimplexReader(shown);
        for (Cell cell : system.cells().values()) {
            Reason reason = suppression.hidden().get(cell.key());
            if (!cell.published()) {
                reader.unknown(cell.key(), 0, Long.MAX_VALUE);
            } else if (reason == Reason.PRIMARY) {
                reader.unknown(cell.key(), 1, rule.k() - 1);
            } else if (reason == Reason.COMPLEMENTARY) {
                reader.unknown(cell.key(), 0, Long.MAX_VALUE);
            }
        }
        for (LinearRelation relation : system.relations()) {
            if (relation.sense() == LinearRelation.Sense.EQUAL) {
                reader.equation(relation.terms());
            } else {
                reader.inequality(relation.terms());
            }
        }
        for (Cell cell : system.cells().values()) {
            boolean guarded = suppression.hidden().containsKey(cell.key())
                    || (!cell.published() && cell.sensitive() && rule.sensitive(cell.count()));
            if (guarded) {
                assertThat(reader.pins(Map.of(cell.key(), 1)))
                        .as("%s = %d is pinned", cell.key(), cell.count())
                        .isFalse();
            }
        }
    }

    private static CountSystem table(long[][] counts) {
        return table(counts, true);
    }

    private static CountSystem table(long[][] counts, boolean sensitive) {
        int rows = counts.length;
        int columns = counts[0].length;
        CountSystem.Builder builder = CountSystem.builder();
        long grand = 0;
        long[] columnTotals = new long[columns];
        for (int r = 0; r < rows; r++) {
            long rowTotal = 0;
            for (int c = 0; c < columns; c++) {
                builder.cell(name(r) + "|" + column(c), counts[r][c], sensitive);
                rowTotal += counts[r][c];
                columnTotals[c] += counts[r][c];
            }
            builder.cell(name(r) + "|total", rowTotal, false);
            grand += rowTotal;
        }
        for (int c = 0; c < columns; c++) {
            builder.cell("total|" + column(c), columnTotals[c], false);
        }
        builder.cell("total|total", grand, false);
        for (int r = 0; r < rows; r++) {
            int row = r;
            builder.sum(
                    name(r) + "|total",
                    java.util.stream.IntStream.range(0, columns)
                            .mapToObj(c -> name(row) + "|" + column(c))
                            .toList());
        }
        for (int c = 0; c < columns; c++) {
            int column = c;
            builder.sum(
                    "total|" + column(c),
                    java.util.stream.IntStream.range(0, rows)
                            .mapToObj(r -> name(r) + "|" + column(column))
                            .toList());
        }
        builder.sum(
                "total|total",
                java.util.stream.IntStream.range(0, rows)
                        .mapToObj(r -> name(r) + "|total")
                        .toList());
        builder.sum(
                "total|total",
                java.util.stream.IntStream.range(0, columns)
                        .mapToObj(c -> "total|" + column(c))
                        .toList());
        return builder.build();
    }

    private static String name(int row) {
        return String.valueOf((char) ('A' + row));
    }

    private static String column(int column) {
        return String.valueOf((char) ('X' + column));
    }
}
