package io.longitude.core.disclosure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A linear relation between cells that a reader can know from the structure of the figures alone: {@code Σ coefficient
 * × cell = 0} ("a total is the sum of its parts") or {@code Σ coefficient × cell ≥ 0} ("a part is at most its total",
 * e.g. the candidates who answered the integration question are at most those who responded).
 *
 * @param terms cell key → integer coefficient (non-zero)
 * @param sense whether the sum is zero or at least zero
 */
public record LinearRelation(Map<String, Integer> terms, Sense sense) {
    /** Whether a relation is an equation or an inequality. */
    public enum Sense {
        /** {@code Σ coefficient × cell = 0}. */
        EQUAL,
        /** {@code Σ coefficient × cell ≥ 0}. */
        AT_LEAST_ZERO
    }

    public LinearRelation {
        Objects.requireNonNull(terms, "terms is null");
        Objects.requireNonNull(sense, "sense is null");
        if (terms.size() < 2) {
            throw new IllegalArgumentException("Cannot create relation, it needs at least two cells: " + terms);
        }
        terms.forEach((key, coefficient) -> {
            if (coefficient == null || coefficient == 0) {
                throw new IllegalArgumentException("Cannot create relation, coefficient of " + key + " is zero");
            }
        });
        terms = Map.copyOf(terms);
    }

    /** {@code total = Σ parts}. A part named twice counts twice. */
    public static LinearRelation sum(String total, List<String> parts) {
        return new LinearRelation(difference(total, parts), Sense.EQUAL);
    }

    /** {@code part ≤ total}. */
    public static LinearRelation atMost(String part, String total) {
        return new LinearRelation(difference(total, List.of(part)), Sense.AT_LEAST_ZERO);
    }

    private static Map<String, Integer> difference(String total, List<String> parts) {
        Map<String, Integer> terms = new LinkedHashMap<>();
        terms.put(total, 1);
        for (String part : parts) {
            terms.merge(part, -1, Integer::sum);
        }
        terms.values().removeIf(coefficient -> coefficient == 0);
        return terms;
    }

    /** The relation's value on these counts: zero for an equation that holds, at least zero for an inequality. */
    public long residual(Map<String, Long> counts) {
        long residual = 0;
        for (Map.Entry<String, Integer> term : terms.entrySet()) {
            residual += term.getValue() * counts.get(term.getKey());
        }
        return residual;
    }

    /** True when the relation holds on these counts. */
    public boolean holds(Map<String, Long> counts) {
        long residual = residual(counts);
        return sense == Sense.EQUAL ? residual == 0 : residual >= 0;
    }
}
