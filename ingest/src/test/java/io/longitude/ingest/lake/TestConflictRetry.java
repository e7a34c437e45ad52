package io.longitude.ingest.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.delta.exceptions.ConcurrentAppendException;
import io.delta.exceptions.ConcurrentTransactionException;
import io.delta.exceptions.MetadataChangedException;
import io.delta.exceptions.ProtocolChangedException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TestConflictRetry {
    static final ConflictRetry QUICK =
            new ConflictRetry(new ConflictRetry.Policy(4, Duration.ofMillis(1), Duration.ofMillis(4)));

    @Test
    void aCommitThatLosesRacesIsRunAgainUntilItGetsThrough() {
        AtomicInteger attempts = new AtomicInteger();
        String result = QUICK.run("responses", () -> switch (attempts.incrementAndGet()) {
            case 1 -> throw new ConcurrentAppendException("a concurrent MERGE added data");
            case 2 ->
                throw new RuntimeException("wrapped", new ProtocolChangedException("two writers created the table"));
            case 3 -> throw new MetadataChangedException("the metadata changed");
            default -> "committed";
        });
        assertThat(result).isEqualTo("committed");
        assertThat(attempts).hasValue(4);
    }

    @Test
    void racesLostOnEveryAttemptEndInOneConflictNamingTheTableAndTheAttempts() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> QUICK.run("responses", () -> {
                    attempts.incrementAndGet();
                    throw new ConcurrentAppendException("a concurrent MERGE added data");
                }))
                .isInstanceOfSatisfying(CommitConflictException.class, conflict -> {
                    assertThat(conflict.table()).isEqualTo("responses");
                    assertThat(conflict.attempts()).isEqualTo(4);
                    assertThat(conflict.retryable()).isTrue();
                    assertThat(conflict.conflict()).isEqualTo("ConcurrentAppendException");
                });
        assertThat(attempts).hasValue(4);
    }

    @Test
    void aConflictRetryingCannotFixIsNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> QUICK.run("batches", () -> {
                    attempts.incrementAndGet();
                    throw new ConcurrentTransactionException("the same transaction id");
                }))
                .isInstanceOfSatisfying(
                        CommitConflictException.class,
                        conflict -> assertThat(conflict.retryable()).isFalse());
        assertThat(attempts).hasValue(1);
    }

    @Test
    void otherErrorsPassThroughAtOnce() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> QUICK.run("responses", () -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("disk full");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("disk full");
        assertThat(attempts).hasValue(1);
    }

    @Test
    void pausesDoubleUpToTheirBound() {
        ConflictRetry.Policy policy = new ConflictRetry.Policy(8, Duration.ofMillis(250), Duration.ofSeconds(2));
        assertThat(policy.pause(1)).isEqualTo(Duration.ofMillis(250));
        assertThat(policy.pause(2)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.pause(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.pause(7)).isEqualTo(Duration.ofSeconds(2));
    }
}
