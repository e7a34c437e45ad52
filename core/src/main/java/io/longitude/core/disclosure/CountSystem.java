package io.longitude.core.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every count a funder can see about one programme, on any page, CSV or PDF and under any filter they can choose,
 * with the linear relations a reader knows between them (editions sum to the programme, levels sum to the answering,
 * answering ≤ responders ≤ enrolled, ...). Modelling all views as one system is what makes suppression hold across
 * views: a reader combining the programme page with an edition page, or one wave with another, works with a subset of
 * these relations.
 */
public record CountSystem(Map<String, Cell> cells, List<LinearRelation> relations, List<Share> shares) {
    public CountSystem {
        cells = Map.copyOf(cells);
        relations = List.copyOf(relations);
        shares = List.copyOf(shares);
        Map<String, Long> counts = new LinkedHashMap<>();
        cells.forEach((key, cell) -> counts.put(key, cell.count()));
        for (LinearRelation relation : relations) {
            for (String key : relation.terms().keySet()) {
                if (!cells.containsKey(key)) {
                    throw new IllegalArgumentException(
                            "Cannot create count system, relation names an unknown cell: " + key);
                }
            }
            if (!relation.holds(counts)) {
                throw new IllegalArgumentException(
                        "Cannot create count system, relation does not hold on the counts: " + relation);
            }
        }
        for (Share share : shares) {
            if (!cells.containsKey(share.numerator()) || !cells.containsKey(share.denominator())) {
                throw new IllegalArgumentException("Cannot create count system, share names an unknown cell: " + share);
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Cell cell(String key) {
        Cell cell = cells.get(key);
        if (cell == null) {
            throw new IllegalArgumentException("Cannot find cell: " + key);
        }
        return cell;
    }

    /** The true counts of every cell, by key (for checking relations). */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        cells.forEach((key, cell) -> counts.put(key, cell.count()));
        return counts;
    }

    /** Collects cells, relations and shares; a cell added twice must have the same count. */
    public static final class Builder {
        private final Map<String, Cell> cells = new LinkedHashMap<>();
        private final List<LinearRelation> relations = new ArrayList<>();
        private final List<Share> shares = new ArrayList<>();

        private Builder() {}

        /** A count that pages show (unless suppressed), of a sensitive category. */
        public Builder cell(String key, long count) {
            return cell(key, count, true);
        }

        /** A count that pages show (unless suppressed). */
        public Builder cell(String key, long count, boolean sensitive) {
            return add(new Cell(key, count, true, sensitive));
        }

        /** A count that no page shows but that a reader could work out, protected when its category is sensitive. */
        public Builder latent(String key, long count, boolean sensitive) {
            return add(new Cell(key, count, false, sensitive));
        }

        /** The latent count {@code total − part}, e.g. the candidates who dropped out (enrolled − completed). */
        public Builder rest(String key, String total, String part, boolean sensitive) {
            latent(key, Math.max(0, require(total).count() - require(part).count()), sensitive);
            return sum(total, List.of(part, key));
        }

        public boolean has(String key) {
            return cells.containsKey(key);
        }

        /** {@code total = Σ parts}; every cell must be added before {@link #build()}. */
        public Builder sum(String total, List<String> parts) {
            return relation(LinearRelation.sum(total, parts));
        }

        /** {@code part ≤ total}. */
        public Builder atMost(String part, String total) {
            return part.equals(total) ? this : relation(LinearRelation.atMost(part, total));
        }

        /** A share shown as {@code numerator / denominator}: shown only when both counts are. */
        public Builder share(String numerator, String denominator) {
            Share share = new Share(numerator, denominator);
            require(numerator);
            require(denominator);
            if (!shares.contains(share)) {
                shares.add(share);
            }
            return this;
        }

        public CountSystem build() {
            return new CountSystem(cells, relations, shares);
        }

        private Builder relation(LinearRelation relation) {
            if (relation.terms().size() >= 2 && !relations.contains(relation)) {
                relations.add(relation);
            }
            return this;
        }

        private Cell require(String key) {
            Cell cell = cells.get(key);
            if (cell == null) {
                throw new IllegalArgumentException("Cannot use cell, add it first: " + key);
            }
            return cell;
        }

        private Builder add(Cell cell) {
            Cell existing = cells.putIfAbsent(cell.key(), cell);
            if (existing != null && !existing.equals(cell)) {
                throw new IllegalArgumentException(
                        "Cannot add cell twice with different counts: " + existing + " and " + cell);
            }
            return this;
        }
    }
}
