package io.longitude.ingest.lake;

import io.delta.exceptions.ConcurrentAppendException;
import io.delta.exceptions.ConcurrentDeleteDeleteException;
import io.delta.exceptions.ConcurrentDeleteReadException;
import io.delta.exceptions.ConcurrentWriteException;
import io.delta.exceptions.DeltaConcurrentModificationException;
import io.delta.exceptions.MetadataChangedException;
import io.delta.exceptions.ProtocolChangedException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one Delta commit again, from a fresh snapshot, when it loses an optimistic-concurrency race to another writer:
 * a concurrent append or MERGE into what it read, a concurrent delete, or a protocol or metadata change (two writers
 * creating the same table), or a table another writer is still creating ({@link TableBeingCreatedException}). Each attempt must start from {@code DeltaTable.forPath}, which reads the latest snapshot,
 * and must be idempotent (a MERGE on the natural key is): the failed attempt committed nothing, its data files are
 * orphans that VACUUM removes. Pauses between attempts double, with jitter, up to a bound.
 *
 * <p>{@code ConcurrentTransactionException} (two writers using the same transaction id) and unknown conflicts are
 * not retried: retrying cannot fix them.
 */
public final class ConflictRetry {
    private static final Logger LOG = LoggerFactory.getLogger(ConflictRetry.class);

    /** Eight attempts, pauses from 0.25 s doubling to at most 8 s: about 30 s of waiting at most. */
    public static final Policy DEFAULT = new Policy(8, Duration.ofMillis(250), Duration.ofSeconds(8));

    private final Policy policy;

    public ConflictRetry(Policy policy) {
        this.policy = Objects.requireNonNull(policy, "policy is null");
    }

    /**
     * How often and how patiently to retry.
     *
     * @param attempts attempts in all, the first included
     * @param firstPause the pause after the first lost race; each next pause doubles
     * @param longestPause the bound of a pause
     */
    public record Policy(int attempts, Duration firstPause, Duration longestPause) {
        public Policy {
            if (attempts < 1) {
                throw new IllegalArgumentException("Cannot retry, attempts must be at least 1: " + attempts);
            }
            Objects.requireNonNull(firstPause, "firstPause is null");
            Objects.requireNonNull(longestPause, "longestPause is null");
            if (firstPause.isNegative() || longestPause.compareTo(firstPause) < 0) {
                throw new IllegalArgumentException(
                        "Cannot retry, pauses must be 0 <= first <= longest: " + firstPause + ", " + longestPause);
            }
        }

        /** The pause after attempt {@code attempt} (1-based) failed, before jitter. */
        Duration pause(int attempt) {
            long millis = firstPause.toMillis() << Math.min(attempt - 1, 20);
            return Duration.ofMillis(Math.min(millis, longestPause.toMillis()));
        }
    }

    /**
     * Runs {@code commit} until it gets through, retrying lost races on {@code table}; throws
     * {@link CommitConflictException} when the conflict cannot be retried or the attempts run out. Any other error
     * passes through at once.
     */
    public <T> T run(String table, Supplier<T> commit) {
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            try {
                return commit.get();
            } catch (RuntimeException error) {
                Optional<RuntimeException> conflict = conflict(error);
                if (conflict.isEmpty()) {
                    throw error;
                }
                Duration waited = Duration.ofNanos(System.nanoTime() - started);
                if (!retryable(conflict.get())) {
                    throw new CommitConflictException(table, attempt, waited, false, conflict.get());
                }
                if (attempt >= policy.attempts()) {
                    throw new CommitConflictException(table, attempt, waited, true, conflict.get());
                }
                Duration pause = jitter(policy.pause(attempt));
                LOG.warn(
                        "Commit to table {} lost a race to another writer ({}); retrying from a fresh snapshot in {} ms (attempt {} of {})",
                        table,
                        conflict.get().getClass().getSimpleName(),
                        pause.toMillis(),
                        attempt + 1,
                        policy.attempts());
                sleep(pause, table, attempt, started, conflict.get());
            }
        }
    }

    /** Runs a commit that returns nothing. */
    public void run(String table, Runnable commit) {
        run(table, () -> {
            commit.run();
            return null;
        });
    }

    /** The Delta conflict behind {@code error}, if it is one (Spark sometimes wraps it). */
    static Optional<RuntimeException> conflict(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DeltaConcurrentModificationException conflict) {
                return Optional.of(conflict);
            }
            if (cause instanceof TableBeingCreatedException creating) {
                return Optional.of(creating);
            }
        }
        return Optional.empty();
    }

    /** Conflicts that a new attempt from a fresh snapshot resolves. */
    static boolean retryable(RuntimeException conflict) {
        return conflict instanceof ConcurrentAppendException
                || conflict instanceof TableBeingCreatedException
                || conflict instanceof ConcurrentDeleteReadException
                || conflict instanceof ConcurrentDeleteDeleteException
                || conflict instanceof ConcurrentWriteException
                || conflict instanceof MetadataChangedException
                || conflict instanceof ProtocolChangedException;
    }

    private static Duration jitter(Duration pause) {
        long millis = pause.toMillis();
        return Duration.ofMillis(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
    }

    private static void sleep(Duration pause, String table, int attempt, long started, RuntimeException conflict) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommitConflictException(
                    table, attempt, Duration.ofNanos(System.nanoTime() - started), true, conflict);
        }
    }
}
