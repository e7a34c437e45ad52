package io.longitude.dashboard.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.disclosure.DisclosureRule;
import io.longitude.core.disclosure.SimplexReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The audit an attacker would run on what a funder can see, from the rendered outputs alone: every count shown
 * anywhere is known, every mark says what the notes say it says ("< k": 1..k−1; "×": hidden, any number), and the
 * reader knows the relations of {@link ReaderModel}. With Commons Math's simplex (not the engine's solver) it bounds every hidden count
 * and every small sensitive quantity, and fails when one of them has a single possible value, when a mark is false,
 * or when a small sensitive count or a share of fewer than k people is shown.
 */
final class DisclosureAudit {
    /** What the audit counted: count cells shown or hidden, hidden ones, small sensitive quantities checked. */
    record Result(int countCells, int hidden, int primary, int complementary, int smallQuantities) {
        double hiddenShare() {
            return countCells == 0 ? 0 : (double) hidden / countCells;
        }
    }

    private DisclosureAudit() {}

    /**
     * @param truth the true counts by cell key
     * @param editions the programme's editions
     * @param displayed cell key → what the outputs display (shares as {@code share:numerator/denominator})
     * @param context named in failures
     */
    static Result run(
            Map<String, Long> truth,
            List<String> editions,
            Map<String, String> displayed,
            DisclosureRule rule,
            String context) {
        Map<String, Long> shown = new HashMap<>();
        Set<String> primary = new LinkedHashSet<>();
        Set<String> complementary = new LinkedHashSet<>();
        displayed.forEach((key, display) -> {
            if (key.startsWith("share:")) {
                return;
            }
            assertThat(truth)
                    .as("%s: a displayed cell the audit does not know: %s", context, key)
                    .containsKey(key);
            boolean sensitive = ReaderModel.SENSITIVE_MEASURES.contains(ProgrammeCounts.measure(key));
            long value = truth.get(key);
            if (display.replaceAll("\\s", "").equals(rule.symbol().replaceAll("\\s", ""))) {
                assertThat(rule.sensitive(value))
                        .as("%s: %s is marked %s but is %d", context, key, display, value)
                        .isTrue();
                assertThat(sensitive)
                        .as("%s: %s is marked %s but its category is not sensitive", context, key, display)
                        .isTrue();
                primary.add(key);
            } else if (display.equals(rule.complementarySymbol())) {
                complementary.add(key);
            } else {
                long count = Long.parseLong(display.replaceAll("\\D", ""));
                assertThat(count).as("%s shows %s", context, key).isEqualTo(value);
                assertThat(sensitive && rule.sensitive(count))
                        .as("%s shows a small sensitive count %s = %d", context, key, count)
                        .isFalse();
                shown.put(key, count);
            }
        });
        displayed.forEach((key, display) -> {
            if (key.startsWith("share:") && display.matches("\\d+\\s?%")) {
                String[] parts = key.substring("share:".length()).split("/");
                assertThat(shown)
                        .as("%s: share %s shown without both its counts", context, key)
                        .containsKeys(parts[0], parts[1]);
                assertThat(truth.get(parts[1]))
                        .as("%s: share %s of fewer than k people", context, key)
                        .isGreaterThanOrEqualTo(rule.k());
            }
        });
        ReaderModel model = new ReaderModel(truth, editions);
        SimplexReader reader = new SimplexReader(shown);
        for (String key : truth.keySet()) {
            if (shown.containsKey(key)) {
                continue;
            }
            if (primary.contains(key)) {
                reader.unknown(key, 1, rule.k() - 1);
            } else {
                reader.unknown(key, 0, Long.MAX_VALUE);
            }
        }
        model.equations.forEach(reader::equation);
        model.inequalities.forEach(reader::inequality);
        List<String> pinned = new ArrayList<>();
        for (String key : primary) {
            if (reader.pins(Map.of(key, 1))) {
                pinned.add(key + " = " + truth.get(key) + " (marked " + rule.symbol() + ")");
            }
        }
        for (String key : complementary) {
            if (reader.pins(Map.of(key, 1))) {
                pinned.add(key + " = " + truth.get(key) + " (marked ×)");
            }
        }
        int small = 0;
        for (ReaderModel.Quantity quantity : model.sensitive) {
            boolean visible = quantity.terms().keySet().stream().allMatch(shown::containsKey);
            if (rule.sensitive(quantity.truth())) {
                small++;
                assertThat(visible)
                        .as(
                                "%s: the small quantity %s = %d is in plain sight",
                                context, quantity.name(), quantity.truth())
                        .isFalse();
                if (reader.pins(quantity.terms())) {
                    pinned.add(quantity.name() + " = " + quantity.truth());
                }
            }
        }
        assertThat(pinned)
                .as("%s: counts the reader can work out exactly", context)
                .isEmpty();
        int countCells = shown.size() + primary.size() + complementary.size();
        return new Result(
                countCells, primary.size() + complementary.size(), primary.size(), complementary.size(), small);
    }

    /** Adds an output's displayed cells; fails when a cell shows two values in two outputs (blanks aside). */
    static void merge(Map<String, String> all, Map<String, String> output) {
        output.forEach((key, shown) -> {
            String display = shown.replaceAll("\\s", "");
            String before = all.putIfAbsent(key, display);
            assertThat(before == null || before.equals(display))
                    .as("%s shows %s in one output and %s in another", key, before, display)
                    .isTrue();
        });
    }
}
