package io.longitude.ingest;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The programmes whose rows a write may touch. The CLI and the inbox without a rule's {@code programmes} write for
 * every programme; an upload writes only for its manager's programmes. Programme ids are compared exactly as the lake
 * holds them (trimmed, case kept): {@code b} or {@code " B "} is not {@code A}'s and not {@code B}'s either.
 *
 * @param everyProgramme true when no programme is out of scope
 * @param programmes the programmes in scope when not every one is
 */
public record WriteScope(boolean everyProgramme, Set<String> programmes) {
    /** Every programme: the CLI's and the administrator's scope. */
    public static final WriteScope EVERY_PROGRAMME = new WriteScope(true, Set.of());

    public WriteScope {
        programmes = Set.copyOf(new TreeSet<>(programmes));
        if (everyProgramme && !programmes.isEmpty()) {
            throw new IllegalArgumentException("Cannot scope a write to every programme and to some: " + programmes);
        }
    }

    /** Only these programmes (none: nothing may be written). */
    public static WriteScope only(Collection<String> programmes) {
        return new WriteScope(false, Set.copyOf(programmes));
    }

    /** True when rows of the programme may be written. */
    public boolean allows(String programme) {
        return everyProgramme || (programme != null && programmes.contains(programme));
    }

    /** The narrower of the two scopes (their intersection). */
    public WriteScope within(WriteScope outer) {
        if (everyProgramme) {
            return outer;
        }
        if (outer.everyProgramme) {
            return this;
        }
        return only(programmes.stream().filter(outer.programmes::contains).toList());
    }

    @Override
    public String toString() {
        return everyProgramme
                ? "every programme"
                : programmes.isEmpty() ? "no programme" : String.join(", ", new TreeSet<>(programmes));
    }
}
