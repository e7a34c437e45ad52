package io.longitude.dashboard.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Counts failed sign-ins per account and per address and says when the next attempt may be checked: an exponential
 * delay after a few failures, a lock after many ({@link SignInProperties}). An attempt made while a key must wait is
 * refused unchecked and counts as a failure, so hammering a locked account keeps it locked. Success clears the
 * account's failures (not the address's: one good password does not pay for another account's guesses).
 * Accounts are counted whether they exist or not, so the answers tell nothing about which exist.
 */
public final class SignInThrottle {
    /** Keys kept at most; beyond that, forgotten failures are swept first. */
    private static final int SWEEP_ABOVE = 10_000;

    private final SignInProperties properties;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /**
     * @param locked told the key ({@code account <name>} or {@code address <ip>}) and its failures when a lock begins
     */
    private final BiConsumer<String, Integer> locked;

    public SignInThrottle(SignInProperties properties, Clock clock, BiConsumer<String, Integer> locked) {
        this.properties = properties;
        this.clock = clock;
        this.locked = locked;
    }

    /** How long the account or the address must still wait before an attempt is checked; empty when it may try now. */
    public Optional<Duration> wait(String account, String address) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String key : new String[] {accountKey(account), addressKey(address)}) {
            Failures counted = failures.get(key);
            if (counted != null && counted.until().isAfter(now)) {
                Duration left = Duration.between(now, counted.until());
                longest = left.compareTo(longest) > 0 ? left : longest;
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    /** A failed (or refused) attempt. */
    public void failed(String account, String address) {
        count(accountKey(account), properties.accountFreeFailures(), properties.accountLock());
        count(addressKey(address), properties.addressFreeFailures(), properties.addressLock());
    }

    /** A successful sign-in: the account starts afresh. */
    public void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    /** True while the account or the address is locked (not merely slowed down). */
    public boolean locked(String account, String address) {
        Instant now = clock.instant();
        return isLocked(failures.get(accountKey(account)), properties.accountLock(), now)
                || isLocked(failures.get(addressKey(address)), properties.addressLock(), now);
    }

    /** Forgets every failure (a restart does the same). */
    public void forgetAll() {
        failures.clear();
    }

    private boolean isLocked(Failures counted, int lockAt, Instant now) {
        return counted != null && counted.count() >= lockAt && counted.until().isAfter(now);
    }

    private void count(String key, int free, int lockAt) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(counted -> forgotten(counted, now));
        }
        boolean[] lockBegins = {false};
        Failures after = failures.compute(key, (ignored, before) -> {
            int count = before == null || forgotten(before, now) ? 1 : before.count() + 1;
            // A lock begins when the count reaches it, or again after one ended; not at each refusal during it.
            lockBegins[0] = count >= lockAt
                    && (before == null || count == lockAt || !before.until().isAfter(now));
            return new Failures(count, now, now.plus(delay(count, free, lockAt)));
        });
        if (lockBegins[0]) {
            locked.accept(key, after.count());
        }
    }

    private boolean forgotten(Failures counted, Instant now) {
        return counted.last().plus(properties.lockDuration()).isBefore(now)
                && !counted.until().isAfter(now);
    }

    /** The wait after the {@code count}th failure. */
    Duration delay(int count, int free, int lockAt) {
        if (count >= lockAt) {
            return properties.lockDuration();
        }
        int beyond = count - free;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        Duration delay = properties.firstDelay().multipliedBy(1L << Math.min(beyond - 1, 30));
        return delay.compareTo(properties.maxDelay()) > 0 ? properties.maxDelay() : delay;
    }

    private static String accountKey(String account) {
        return "account " + String.valueOf(account).trim().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address " + address;
    }

    /** Failures of one key: how many, the last one, and until when the next attempt is refused. */
    private record Failures(int count, Instant last, Instant until) {}
}
