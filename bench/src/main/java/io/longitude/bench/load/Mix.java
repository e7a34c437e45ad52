package io.longitude.bench.load;

import java.util.List;
import java.util.Objects;

/**
 * A weighted choice: {@link #pick} maps a uniform number in [0, 1) to an entry with probability proportional to its
 * weight, so a run draws its requests (or its users' personas) in fixed shares.
 */
record Mix<T>(List<Weighted<T>> entries, double total) {
    Mix {
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("Cannot build a mix, no entries");
        }
        double sum = entries.stream().mapToDouble(Weighted::weight).sum();
        if (Math.abs(sum - total) > 1e-9) {
            throw new IllegalArgumentException("Cannot build a mix, total is not the sum of the weights: " + total);
        }
    }

    /** A value and its weight (a positive share, in any unit). */
    record Weighted<T>(T value, double weight) {
        Weighted {
            Objects.requireNonNull(value, "value is null");
            if (!(weight > 0)) {
                throw new IllegalArgumentException("Cannot weigh " + value + ", weight is not positive: " + weight);
            }
        }
    }

    static <T> Mix<T> of(List<Weighted<T>> entries) {
        return new Mix<>(entries, entries.stream().mapToDouble(Weighted::weight).sum());
    }

    /** The entry whose share of [0, total) holds {@code uniform * total}. */
    T pick(double uniform) {
        if (uniform < 0 || uniform >= 1) {
            throw new IllegalArgumentException("Cannot pick, not in [0, 1): " + uniform);
        }
        double target = uniform * total;
        double cumulative = 0;
        for (Weighted<T> entry : entries) {
            cumulative += entry.weight();
            if (target < cumulative) {
                return entry.value();
            }
        }
        return entries.get(entries.size() - 1).value();
    }

    /** The share of {@code value}'s entries, 0..1. */
    double share(T value) {
        return entries.stream()
                        .filter(entry -> entry.value().equals(value))
                        .mapToDouble(Weighted::weight)
                        .sum()
                / total;
    }
}
