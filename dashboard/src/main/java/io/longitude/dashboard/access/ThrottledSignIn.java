package io.longitude.dashboard.access;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password checks (the form's and HTTP Basic's) through the {@link SignInThrottle}: while the account or the address
 * must wait, an attempt is refused without checking its password ({@link LockedException}), whatever the password.
 */
final class ThrottledSignIn implements AuthenticationProvider {
    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String account = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
        Optional<Duration> wait = throttle.wait(account, address);
        if (wait.isPresent()) {
            throttle.failed(account, address);
            throw new LockedException("Too many failed sign-ins; try again in "
                    + Math.max(1, wait.get().toSeconds()) + " s");
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(account);
            return signedIn;
        } catch (AuthenticationException e) {
            throttle.failed(account, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
