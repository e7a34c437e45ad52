package io.longitude.dashboard.editions;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.metrics.MetricValue;
import io.longitude.dashboard.charts.Rows;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The cards at the top of the edition page, from rows whose figures are worked out by hand. */
class TestGlance {
    /** The key and its arguments, so that a test reads exactly what a sentence says. */
    static final Words WORDS = (key, arguments) -> arguments.length == 0
            ? key
            : key + MessageFormat.format("{0}", List.of(arguments).toString());

    static List<MetricValue> edition() {
        return List.of(
                Rows.share("M1", "E02", "", "all|enrolled", 31, 34, 0.7, 0.9),
                Rows.share("M1", "E02", "", "all|completed", 16, 34, 0.3, 0.6),
                Rows.share("M1", "E02", "", "all|business_active", 12, 34, 0.2, 0.5),
                Rows.share("M3", "E02", "W0", "level=1", 8, 28, 0.1, 0.4),
                Rows.share("M3", "E02", "W0", "level=2", 5, 28, 0.1, 0.3),
                Rows.share("M3", "E02", "W4", "level=1", 6, 16, 0.2, 0.6),
                Rows.share("M3", "E02", "W4", "level=2", 4, 16, 0.1, 0.5),
                Rows.row("M5", "E02", "W0>W4", "paired_difference|level>=1", 5.0, 2.0, 15, 0.2, 0.0, 0.4),
                Rows.share("M6", "E02", "W0", "unconscious_integrators", 3, 15, 0.07, 0.45),
                Rows.share("M7", "E02", "W0>W1", "interested", 7, 15, 0.2, 0.7),
                Rows.share("M7", "E02", "W0>W1", "acted", 2, 6, 0.1, 0.7),
                Rows.share("M7", "E02", "W1>W2", "acted", 2, 4, 0.1, 0.9),
                Rows.value("M11", "E02", "", "ties", 31, 24),
                Rows.value("M11", "E02", "", "ties_across_editions", 31, 13),
                Rows.value("M13", "E02", "", "speakers", 3, 3),
                Rows.value("M11", "", "", "ties", 90, 99));
    }

    static Map<String, Card> cards(List<MetricValue> previous) {
        return Glance.cards("E02", edition(), previous, WORDS, Locale.ENGLISH).stream()
                .collect(Collectors.toMap(Card::question, Function.identity()));
    }

    @Test
    void integrationCardSumsLevelsOneAndTwoAtTheLatestWaveWithThePairedChangeSinceIntake() {
        Card card = cards(List.of()).get("integration");

        assertThat(card.value()).isEqualTo(10.0 / 16);
        assertThat(card.figure()).isEqualTo("63%");
        assertThat(card.title()).isEqualTo("glance.integration.title[horizon.W4]");
        assertThat(card.change()).isEqualTo("glance.change.intake-paired[+20, 15]");
        assertThat(card.trend()).isEqualTo("up");
        // Wilson interval of 10/16: 0.3858 to 0.8248.
        assertThat(card.interval()).isEqualTo("glance.interval[39%, 82%]");
        assertThat(card.meaning())
                .startsWith("glance.integration.meaning[horizon.W4, 10, 16, 4, 6]")
                .endsWith("glance.integration.intake[46%, 18%]");
    }

    @Test
    void countCardsCompareWithThePreviousEditionAndOnlyTheEditionsOwnRows() {
        List<MetricValue> previous = List.of(
                Rows.share("M1", "E01", "", "all|enrolled", 34, 39, 0.7, 0.9),
                Rows.value("M11", "E01", "", "ties", 34, 18));
        Map<String, Card> cards = cards(previous);

        assertThat(cards.get("enrolment").figure()).isEqualTo("31");
        assertThat(cards.get("enrolment").change()).isEqualTo("glance.change.previous[−3]");
        assertThat(cards.get("enrolment").trend()).isEqualTo("down");
        assertThat(cards.get("collaboration").figure()).isEqualTo("24");
        assertThat(cards.get("collaboration").change()).isEqualTo("glance.change.previous[+6]");
        assertThat(cards.get("alumni").change()).isEqualTo("glance.change.previous[+3]");
        assertThat(cards.get("business").change()).isEmpty();
    }

    @Test
    void intentionCardTakesThePairWithMostInterestedAnsweringAgain() {
        Card card = cards(List.of()).get("intention");

        assertThat(card.figure()).isEqualTo("2 / 6");
        assertThat(card.meaning())
                .startsWith("glance.intention.meaning[7, 15, horizon.W0, 2, 6, horizon.W1]")
                .endsWith("glance.intention.waiting[4]");
    }

    @Test
    void cardsWithoutRowsSayTheyAreNotAvailableRatherThanZero() {
        List<Card> cards = Glance.cards("E09", edition(), List.of(), WORDS, Locale.ENGLISH);

        assertThat(cards).hasSize(Glance.QUESTIONS.size());
        assertThat(cards.stream().filter(card -> !card.question().equals("alumni")))
                .allSatisfy(card -> {
                    assertThat(card.status()).isEqualTo("not_available");
                    assertThat(card.figure()).isEqualTo("–");
                    assertThat(card.value()).isNull();
                });
    }

    @Test
    void frenchCardsWriteNumbersTheFrenchWay() {
        Card card =
                Glance.cards("E02", edition(), List.of(), WORDS, Locale.FRENCH).get(1);

        assertThat(card.figure())
                .isEqualTo(
                        java.text.NumberFormat.getPercentInstance(Locale.FRENCH).format(0.63))
                .startsWith("63")
                .endsWith("%")
                .doesNotContain(" ");
    }
}
