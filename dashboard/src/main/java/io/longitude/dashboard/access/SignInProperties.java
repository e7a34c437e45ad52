package io.longitude.dashboard.access;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How failed sign-ins slow down and lock an account and an address ({@code longitude.sign-in.*}): the first
 * {@code accountFreeFailures} failures of an account ({@code addressFreeFailures} of an address, all accounts
 * together: an office behind one address makes typos too) cost nothing; each further one makes it wait
 * {@code firstDelay}, doubling up to {@code maxDelay}, before its next attempt is even checked; at {@code accountLock}
 * failures (an account) or {@code addressLock} failures (an address) it is locked for {@code lockDuration}. Failures
 * older than {@code lockDuration} are forgotten.
 */
@Validated
@ConfigurationProperties("longitude.sign-in")
public record SignInProperties(
        @DefaultValue("3") @Min(0) int accountFreeFailures,
        @DefaultValue("20") @Min(0) int addressFreeFailures,
        @DefaultValue("1s") Duration firstDelay,
        @DefaultValue("60s") Duration maxDelay,
        @DefaultValue("10") @Min(1) int accountLock,
        @DefaultValue("50") @Min(1) int addressLock,
        @DefaultValue("15m") Duration lockDuration) {
    public SignInProperties {
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || lockDuration.compareTo(maxDelay) < 0) {
            throw new IllegalArgumentException("Cannot throttle sign-ins with first delay " + firstDelay
                    + ", max delay " + maxDelay + " and lock " + lockDuration + ": they must grow in that order");
        }
    }

    /** The defaults, as when nothing is configured. */
    public static SignInProperties defaults() {
        return new SignInProperties(
                3, 20, Duration.ofSeconds(1), Duration.ofSeconds(60), 10, 50, Duration.ofMinutes(15));
    }
}
