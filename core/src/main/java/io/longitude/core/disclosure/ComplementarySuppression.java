package io.longitude.core.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

/**
 * Primary and complementary suppression against a reader who solves linear programs ({@link ReaderBounds}).
 *
 * <p>Primary: every published count of a sensitive category with {@code 0 < n < k} is hidden and marked "< k". Then,
 * while the reader can pin some count exactly, the engine acts on the first such count: a hidden count, or a latent
 * count of a sensitive category with {@code 0 < n < k} (such as "dropped out" = enrolled − completed). A count is
 * pinned when its smallest and largest possible values are equal. In order of preference the engine
 * <ol>
 *   <li>hides the cheapest shown count ({@code cost}: by default its size, so a count of 6 goes before a count of 80;
 *       zeros last) among those linked to it through the relations that unpins it on its own, marked "×";</li>
 *   <li>or, for a primary count that only its own mark pins (three counts "< 3" that must add up to a total "< 3"),
 *       marks it "×" instead of "< k", which tells the reader nothing;</li>
 *   <li>or hides the cheapest linked count and looks again;</li>
 *   <li>or, with nothing left to hide, marks a primary count "×".</li>
 * </ol>
 * Then a release pass shows again every complementary count, most costly first, whose hiding has become
 * unnecessary, and a last check bounds every guarded count one by one, rounded to whole people (the fast test of
 * {@link ReaderBounds#pinned()} finds counts pinned in the linear sense), protecting any that rounding pins. This is the greedy heuristic of τ-ARGUS's "modular" and sdcTable's "SIMPLEHEURISTIC" families with the
 * linear bounds as the test: it does not promise the least loss of all, but it never hides a count that nothing needs
 * hidden.
 */
public final class ComplementarySuppression {
    private ComplementarySuppression() {}

    /** Suppression with a count's size as its cost. */
    public static Suppression apply(CountSystem system, DisclosureRule rule) {
        return apply(system, rule, Cell::count);
    }

    /** @param cost what hiding a count costs the reader (e.g. its size, weighted up for programme totals) */
    public static Suppression apply(CountSystem system, DisclosureRule rule, ToLongFunction<Cell> cost) {
        Comparator<Cell> cheapestFirst = Comparator.<Cell, Boolean>comparing(cell -> cell.count() == 0)
                .thenComparingLong(cost)
                .thenComparing(Cell::key);
        Map<String, Reason> hidden = new LinkedHashMap<>();
        for (Cell cell : system.cells().values()) {
            if (cell.published() && cell.sensitive() && rule.sensitive(cell.count())) {
                hidden.put(cell.key(), Reason.PRIMARY);
            }
        }
        Set<String> unresolved = new TreeSet<>();
        int limit = 2 * system.cells().size() + 1;
        boolean released = false;
        for (int round = 0; round < limit; round++) {
            Optional<String> pinned = firstPinned(system, rule, hidden, guarded(system, rule, hidden), unresolved);
            if (pinned.isEmpty() && !released) {
                release(system, rule, hidden, unresolved, cheapestFirst);
                released = true;
                pinned = firstPinned(system, rule, hidden, guarded(system, rule, hidden), unresolved);
            }
            if (pinned.isEmpty()) {
                // The fast test pins in the linear sense; a bound can also round to one whole number.
                ReaderBounds bounds = new ReaderBounds(system, rule, hidden);
                pinned = guarded(system, rule, hidden).stream()
                        .filter(key -> !unresolved.contains(key))
                        .filter(key -> bounds.of(key).pinned())
                        .findFirst();
            }
            if (pinned.isEmpty()) {
                break;
            }
            if (!protect(system, rule, hidden, pinned.get(), cheapestFirst)) {
                unresolved.add(pinned.get());
            }
        }
        return new Suppression(system, rule, hidden, unresolved);
    }

    /** The counts a reader can pin and must not: hidden ones, and small latent ones of a sensitive category. */
    public static List<String> pinned(CountSystem system, DisclosureRule rule, Map<String, Reason> hidden) {
        ReaderBounds bounds = new ReaderBounds(system, rule, hidden);
        Set<String> fixed = bounds.pinned();
        return guarded(system, rule, hidden).stream()
                .filter(key -> fixed.contains(key) || bounds.of(key).pinned())
                .toList();
    }

    /** One step towards unpinning the count; false when nothing is left to do. */
    private static boolean protect(
            CountSystem system,
            DisclosureRule rule,
            Map<String, Reason> hidden,
            String pinned,
            Comparator<Cell> cheapestFirst) {
        List<Cell> candidates = candidates(system, rule, hidden, pinned).stream()
                .sorted(cheapestFirst)
                .toList();
        ReaderBounds bounds = new ReaderBounds(system, rule, hidden);
        List<Map<String, Integer>> hull = bounds.hull();
        boolean linear = ReaderBounds.fixed(hull, bounds.unknown()).contains(pinned);
        for (Cell candidate : candidates) {
            // The hull's "yes" is sure and costs no program; its "no" may be wrong, so the bounds decide then.
            if ((linear && unpinsByHull(hull, bounds.unknown(), candidate, pinned))
                    || unpinsByBounds(system, rule, hidden, candidate, pinned)) {
                hidden.put(candidate.key(), Reason.COMPLEMENTARY);
                return true;
            }
        }
        boolean primary = hidden.get(pinned) == Reason.PRIMARY;
        if (primary) {
            Map<String, Reason> trial = new LinkedHashMap<>(hidden);
            trial.put(pinned, Reason.COMPLEMENTARY);
            if (!new ReaderBounds(system, rule, trial).of(pinned).pinned()) {
                hidden.put(pinned, Reason.COMPLEMENTARY);
                return true;
            }
        }
        if (!candidates.isEmpty()) {
            hidden.put(candidates.get(0).key(), Reason.COMPLEMENTARY);
            return true;
        }
        if (primary) {
            hidden.put(pinned, Reason.COMPLEMENTARY);
            return true;
        }
        return false;
    }

    /**
     * Whether hiding the candidate leaves the pinned count with more than one value, decided without a program: hiding
     * a count can only drop implicit equalities of the reader's feasible set, never add one (but the candidate's own
     * "at least 0" when it is 0), so if the current ones no longer fix the count once the candidate is unknown, the
     * true ones do not either. A "no" may be wrong: the caller then asks the bounds.
     */
    private static boolean unpinsByHull(
            List<Map<String, Integer>> hull, Set<String> unknown, Cell candidate, String pinned) {
        List<Map<String, Integer>> rows = new ArrayList<>(hull);
        if (candidate.count() == 0) {
            rows.add(Map.of(candidate.key(), 1));
        }
        Set<String> trial = new TreeSet<>(unknown);
        trial.add(candidate.key());
        return !ReaderBounds.fixed(rows, trial).contains(pinned);
    }

    private static boolean unpinsByBounds(
            CountSystem system, DisclosureRule rule, Map<String, Reason> hidden, Cell candidate, String pinned) {
        Map<String, Reason> trial = new LinkedHashMap<>(hidden);
        trial.put(candidate.key(), Reason.COMPLEMENTARY);
        return !new ReaderBounds(system, rule, trial).of(pinned).pinned();
    }

    private static List<String> guarded(CountSystem system, DisclosureRule rule, Map<String, Reason> hidden) {
        List<String> keys = new ArrayList<>(new TreeSet<>(hidden.keySet()));
        system.cells().values().stream()
                .filter(cell -> !cell.published() && cell.sensitive() && rule.sensitive(cell.count()))
                .map(Cell::key)
                .sorted()
                .forEach(keys::add);
        return keys;
    }

    /** The first of the keys that the reader pins in the linear sense ({@link ReaderBounds#pinned()}, all at once). */
    private static Optional<String> firstPinned(
            CountSystem system, DisclosureRule rule, Map<String, Reason> hidden, List<String> keys, Set<String> skip) {
        Set<String> fixed = new ReaderBounds(system, rule, hidden).pinned();
        return keys.stream()
                .filter(key -> !skip.contains(key))
                .filter(fixed::contains)
                .findFirst();
    }

    /** The shown counts in the relations reached from a count through unknown counts: the only ones that can unpin it. */
    private static List<Cell> candidates(
            CountSystem system, DisclosureRule rule, Map<String, Reason> hidden, String start) {
        ReaderBounds bounds = new ReaderBounds(system, rule, hidden);
        Set<String> shown = new TreeSet<>();
        for (LinearRelation relation : bounds.component(start)) {
            relation.terms().keySet().stream()
                    .filter(key -> !bounds.unknown().contains(key))
                    .forEach(shown::add);
        }
        return shown.stream().map(system::cell).toList();
    }

    /**
     * Shows again each complementary count, most costly first, when nothing becomes pinned without it; only the
     * guarded counts its relations reach can become pinned, so only those are checked.
     */
    private static void release(
            CountSystem system,
            DisclosureRule rule,
            Map<String, Reason> hidden,
            Set<String> unresolved,
            Comparator<Cell> cheapestFirst) {
        List<Cell> complementary = hidden.entrySet().stream()
                .filter(entry -> entry.getValue() == Reason.COMPLEMENTARY
                        && system.cell(entry.getKey()).published()
                        && !(system.cell(entry.getKey()).sensitive()
                                && rule.sensitive(system.cell(entry.getKey()).count())))
                .map(entry -> system.cell(entry.getKey()))
                .sorted(cheapestFirst.reversed())
                .toList();
        for (Cell cell : complementary) {
            Map<String, Reason> trial = new LinkedHashMap<>(hidden);
            trial.remove(cell.key());
            ReaderBounds before = new ReaderBounds(system, rule, hidden);
            Set<String> reached = new TreeSet<>();
            before.component(cell.key())
                    .forEach(relation -> reached.addAll(relation.terms().keySet()));
            List<String> affected = guarded(system, rule, trial).stream()
                    .filter(reached::contains)
                    .filter(key -> !unresolved.contains(key))
                    .toList();
            // Showing a count keeps every implicit equality: if the current ones already fix an affected count once
            // the shown count is known, it stays hidden without a program.
            Set<String> knownAfter = new TreeSet<>(before.unknown());
            knownAfter.remove(cell.key());
            Set<String> fixedByHull = ReaderBounds.fixed(before.hull(), knownAfter);
            if (affected.stream().anyMatch(fixedByHull::contains)) {
                continue;
            }
            if (firstPinned(system, rule, trial, affected, unresolved).isEmpty()) {
                hidden.remove(cell.key());
            }
        }
    }
}
