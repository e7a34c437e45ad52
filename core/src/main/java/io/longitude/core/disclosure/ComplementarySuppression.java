package io.longitude.core.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Primary and complementary suppression. Primary: every published cell with {@code 0 < n < k} is hidden. Then, while
 * some small cell (hidden or latent) is still determined by the shown cells and the relations ({@link Determinacy}),
 * one more shown cell is hidden: among the shown cells linked to it through the relations, the smallest non-zero one
 * whose hiding leaves it undetermined, a zero only when no non-zero cell will do. The result guarantees that no small
 * cell is the unique solution of the linear system a reader can write from everything the funder can display.
 */
public final class ComplementarySuppression {
    private static final Comparator<Cell> HIDING_ORDER = Comparator.<Cell, Boolean>comparing(cell -> cell.count() == 0)
            .thenComparingLong(Cell::count).thenComparing(Cell::key);

    private ComplementarySuppression() {}

    public static Suppression apply(CountSystem system, DisclosureRule rule) {
        Map<String, Reason> hidden = new LinkedHashMap<>();
        Set<String> sensitive = new TreeSet<>();
        Set<String> unknown = new HashSet<>();
        for (Cell cell : system.cells().values()) {
            if (rule.sensitive(cell.count())) {
                sensitive.add(cell.key());
            }
            if (!cell.published()) {
                unknown.add(cell.key());
            } else if (rule.sensitive(cell.count())) {
                hidden.put(cell.key(), Reason.PRIMARY);
                unknown.add(cell.key());
            }
        }
        Set<String> unresolved = new TreeSet<>();
        while (true) {
            Set<String> determined = Determinacy.determined(system.relations(), unknown);
            String exposed = sensitive.stream().filter(determined::contains).filter(key -> !unresolved.contains(key))
                    .findFirst().orElse(null);
            if (exposed == null) {
                break;
            }
            List<LinearRelation> component = component(system, exposed, unknown);
            List<Cell> candidates = candidates(system, component, unknown);
            Cell chosen = null;
            for (Cell candidate : candidates) {
                Set<String> trial = new HashSet<>(unknown);
                trial.add(candidate.key());
                if (!Determinacy.determined(component, trial).contains(exposed)) {
                    chosen = candidate;
                    break;
                }
            }
            if (chosen == null && !candidates.isEmpty()) {
                chosen = candidates.get(0);
            }
            if (chosen == null) {
                unresolved.add(exposed);
                continue;
            }
            hidden.put(chosen.key(), Reason.COMPLEMENTARY);
            unknown.add(chosen.key());
        }
        return new Suppression(system, rule, hidden, unresolved);
    }

    /** The relations linked to the cell through unknown cells: the only ones that can fix its value. */
    private static List<LinearRelation> component(CountSystem system, String start, Set<String> unknown) {
        Set<String> reached = new HashSet<>(Set.of(start));
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        Set<LinearRelation> relations = new LinkedHashSet<>();
        while (!queue.isEmpty()) {
            String key = queue.poll();
            for (LinearRelation relation : system.relations()) {
                if (relation.terms().containsKey(key) && relations.add(relation)) {
                    for (String other : relation.terms().keySet()) {
                        if (unknown.contains(other) && reached.add(other)) {
                            queue.add(other);
                        }
                    }
                }
            }
        }
        return new ArrayList<>(relations);
    }

    private static List<Cell> candidates(CountSystem system, List<LinearRelation> component, Set<String> unknown) {
        Set<String> keys = new TreeSet<>();
        for (LinearRelation relation : component) {
            for (String key : relation.terms().keySet()) {
                if (!unknown.contains(key)) {
                    keys.add(key);
                }
            }
        }
        return keys.stream().map(system::cell).sorted(HIDING_ORDER).toList();
    }
}
