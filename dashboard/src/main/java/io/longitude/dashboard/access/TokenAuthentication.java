package io.longitude.dashboard.access;

import java.io.Serial;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by a personal API token: the principal carries the token's (possibly narrower) viewer. */
final class TokenAuthentication extends AbstractAuthenticationToken {
    @Serial
    private static final long serialVersionUID = 1L;

    private final SignedInUser user;
    private final ApiToken token;

    TokenAuthentication(SignedInUser user, ApiToken token) {
        super(user.getAuthorities());
        this.user = user;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public SignedInUser getPrincipal() {
        return user;
    }

    ApiToken token() {
        return token;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TokenAuthentication that && super.equals(that) && token.equals(that.token);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + token.hashCode();
    }
}
