package io.longitude.core.disclosure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A linear equation that holds between cells and that a reader can know from the structure of the figures alone:
 * {@code Σ coefficient × cell = 0}. Almost always "a total is the sum of its parts".
 *
 * @param terms cell key → integer coefficient (non-zero)
 */
public record LinearRelation(Map<String, Integer> terms) {
    public LinearRelation {
        Objects.requireNonNull(terms, "terms is null");
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
        Map<String, Integer> terms = new LinkedHashMap<>();
        terms.put(total, 1);
        for (String part : parts) {
            terms.merge(part, -1, Integer::sum);
        }
        terms.values().removeIf(coefficient -> coefficient == 0);
        return new LinearRelation(terms);
    }

    /** The relation's value on these counts; zero when it holds. */
    public long residual(Map<String, Long> counts) {
        long residual = 0;
        for (Map.Entry<String, Integer> term : terms.entrySet()) {
            residual += term.getValue() * counts.get(term.getKey());
        }
        return residual;
    }
}
