package io.longitude.dashboard.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Remembers successful password checks for a short while ({@link ApiAccessProperties#basicCache}), so that a script
 * sending HTTP Basic with every request costs one bcrypt check per period rather than one per request. The key is an
 * HMAC of user name and password under a key made at start-up (the password is never kept); an entry is used only
 * while the user exists with the same password hash it had when checked, so a password change or a removal ends it at
 * the next request. Failed checks are not remembered: they go on to bcrypt and to the throttle around this class.
 */
final class RememberedPasswords implements AuthenticationProvider {
    private static final int SWEEP_ABOVE = 10_000;

    private final AuthenticationProvider passwords;
    private final Accounts accounts;
    private final Duration period;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    RememberedPasswords(AuthenticationProvider passwords, Accounts accounts, Duration period, Clock clock) {
        this.passwords = passwords;
        this.accounts = accounts;
        this.period = period;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        if (period.isZero() || attempt.getCredentials() == null) {
            return passwords.authenticate(attempt);
        }
        String credentials =
                credentials(attempt.getName(), attempt.getCredentials().toString());
        Instant now = clock.instant();
        Remembered known = remembered.get(credentials);
        if (known != null) {
            Optional<Account> account = accounts.find(known.username());
            if (known.until().isAfter(now)
                    && account.isPresent()
                    && account.get().passwordHash().equals(known.passwordHash())) {
                SignedInUser user = new SignedInUser(account.get());
                return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            }
            remembered.remove(credentials);
        }
        // The hash before the check: if the password changes during it, the entry is stale at once, never too new.
        Optional<Account> before = accounts.find(attempt.getName());
        Authentication checked = passwords.authenticate(attempt);
        if (checked != null && before.isPresent()) {
            if (remembered.size() > SWEEP_ABOVE) {
                remembered.values().removeIf(entry -> !entry.until().isAfter(now));
            }
            remembered.put(
                    credentials,
                    new Remembered(before.get().username(), before.get().passwordHash(), now.plus(period)));
        }
        return checked;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    private String credentials(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((username + '\0' + password).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java has HmacSHA256", e);
        }
    }

    /** A successful check: whose, against which hash, until when. */
    private record Remembered(String username, String passwordHash, Instant until) {}
}
