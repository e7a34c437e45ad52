package io.longitude.dashboard.access;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as pages and API see them: who, in which role, and over which programmes. Controllers take it as
 * a parameter (resolved from the security context) and filter everything they show through {@link #sees(String)}.
 *
 * @param username login name
 * @param role the user's role
 * @param programmes programme ids in scope; {@code *} means every programme
 */
public record Viewer(String username, Role role, List<String> programmes) implements Serializable {
    public Viewer {
        programmes = List.copyOf(programmes);
    }

    /** True when the programme is in this viewer's scope. */
    public boolean sees(String programmeId) {
        return programmes.contains(Account.EVERY_PROGRAMME) || programmes.contains(programmeId);
    }

    public boolean is(Role... roles) {
        return Set.of(roles).contains(role);
    }

    /** The viewer of the current request, or empty when nobody is signed in. */
    public static Optional<Viewer> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user.viewer());
        }
        return Optional.empty();
    }

    static List<GrantedAuthority> authorities(Role role) {
        return List.of(role::authority);
    }
}
