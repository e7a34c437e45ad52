package io.longitude.dashboard.access;

import java.io.Serial;
import org.springframework.security.core.userdetails.User;

/** The Spring Security principal of a signed-in user; carries the user's {@link Viewer}. */
public final class SignedInUser extends User {
    @Serial
    private static final long serialVersionUID = 1L;

    private final Viewer viewer;

    SignedInUser(Account account) {
        this(account, account.viewer());
    }

    /** The account acting through a viewer narrower than its own (a personal API token's). */
    SignedInUser(Account account, Viewer viewer) {
        super(account.username(), account.passwordHash(), Viewer.authorities(account.role()));
        this.viewer = viewer;
    }

    public Viewer viewer() {
        return viewer;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
