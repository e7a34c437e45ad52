package io.longitude.sql;

import java.util.List;

/**
 * The programmes whose rows a console session shows: every programme for an admin or an account scoped to
 * every programme, otherwise the user's own (the application decides which). Sessions are shared between users of the
 * same scope.
 *
 * @param everything true when no programme filter applies
 * @param programmes the programme ids in scope, sorted; empty when {@code everything}
 */
public record Scope(boolean everything, List<String> programmes) {
    public static final Scope EVERYTHING = new Scope(true, List.of());

    public Scope {
        programmes =
                everything ? List.of() : programmes.stream().distinct().sorted().toList();
    }

    /** The scope of these programmes only. */
    public static Scope programmes(List<String> programmeIds) {
        return new Scope(false, programmeIds);
    }

    public static Scope programmes(String... programmeIds) {
        return programmes(List.of(programmeIds));
    }
}
