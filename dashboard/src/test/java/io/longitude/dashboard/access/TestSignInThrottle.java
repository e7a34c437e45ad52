package io.longitude.dashboard.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic on a clock the test moves: free failures, doubling delays, the lock and its end. */
class TestSignInThrottle {
    private final MovableClock clock = new MovableClock();
    private final List<String> locks = new ArrayList<>();
    private final SignInThrottle throttle =
            new SignInThrottle(SignInProperties.defaults(), clock, (key, failures) -> locks.add(key + "=" + failures));

    @Test
    void threeFailuresAreFreeThenEachWaitDoublesUpToAMinute() {
        for (int failure = 1; failure <= 3; failure++) {
            throttle.failed("ann", "10.0.0.1");
            assertThat(throttle.wait("ann", "10.0.0.1"))
                    .as("after failure " + failure)
                    .isEmpty();
        }
        throttle.failed("ann", "10.0.0.1");
        assertThat(throttle.wait("ann", "10.0.0.1")).hasValue(Duration.ofSeconds(1));
        clock.move(Duration.ofSeconds(1));
        throttle.failed("ann", "10.0.0.1");
        assertThat(throttle.wait("ann", "10.0.0.1")).hasValue(Duration.ofSeconds(2));
        assertThat(throttle.delay(9, 3, 10)).isEqualTo(Duration.ofSeconds(32));
        assertThat(throttle.delay(9, 1, 10)).as("capped").isEqualTo(Duration.ofSeconds(60));
        assertThat(throttle.delay(10, 3, 10)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void elevenWrongPasswordsLockTheAccountForFifteenMinutesNotOtherAccounts() {
        for (int failure = 0; failure < 11; failure++) {
            throttle.failed("Ann", "10.0.0.1");
        }
        assertThat(throttle.locked("ann", "10.0.0.2"))
                .as("the account, from any address, whatever the case")
                .isTrue();
        assertThat(throttle.wait("ann", "10.0.0.2")).hasValue(Duration.ofMinutes(15));
        assertThat(throttle.wait("bob", "10.0.0.1"))
                .as("another account from the same address")
                .isEmpty();
        assertThat(locks).containsExactly("account ann=10");

        clock.move(Duration.ofMinutes(15).plusSeconds(1));

        assertThat(throttle.locked("ann", "10.0.0.1")).isFalse();
        assertThat(throttle.wait("ann", "10.0.0.1")).isEmpty();
        throttle.failed("ann", "10.0.0.1");
        assertThat(throttle.wait("ann", "10.0.0.1"))
                .as("forgotten after the lock: the first failure of a new count")
                .isEmpty();
    }

    @Test
    void successClearsTheAccountButNotTheAddress() {
        for (int failure = 0; failure < 49; failure++) {
            throttle.failed("guess-" + failure, "10.0.0.9");
        }
        throttle.succeeded("guess-1");
        assertThat(throttle.locked("carol", "10.0.0.9")).isFalse();
        throttle.failed("guess-49", "10.0.0.9");
        assertThat(throttle.locked("carol", "10.0.0.9"))
                .as("fifty failures from one address lock it for every account")
                .isTrue();
        assertThat(throttle.locked("carol", "10.0.0.8")).isFalse();
        assertThat(locks).containsExactly("address 10.0.0.9=50");
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-05T01:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
