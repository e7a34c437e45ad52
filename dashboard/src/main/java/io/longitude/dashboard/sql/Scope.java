package io.longitude.dashboard.sql;

import io.longitude.dashboard.access.Account;
import io.longitude.dashboard.access.Role;
import io.longitude.dashboard.access.Viewer;
import java.util.List;

/**
 * The programmes whose rows a console session shows: every programme for an admin (or an account scoped to
 * {@code *}), otherwise the viewer's own. Sessions are shared between viewers of the same scope.
 *
 * @param everything true when no programme filter applies
 * @param programmes the programme ids in scope, sorted; empty when {@code everything}
 */
record Scope(boolean everything, List<String> programmes) {
    static final Scope EVERYTHING = new Scope(true, List.of());

    Scope {
        programmes = everything ? List.of() : programmes.stream().distinct().sorted().toList();
    }

    static Scope of(Viewer viewer) {
        if (viewer.is(Role.ADMIN) || viewer.programmes().contains(Account.EVERY_PROGRAMME)) {
            return EVERYTHING;
        }
        return new Scope(false, viewer.programmes());
    }

    static Scope programmes(String... programmeIds) {
        return new Scope(false, List.of(programmeIds));
    }
}
