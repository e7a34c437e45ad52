package io.longitude.bench.speed;

import java.util.Objects;

/**
 * The README's test command measured outside the bench (a test run takes longer than the whole bench and is not
 * repeated by it): its wall time and where it was measured, as given with {@code --test-run-seconds} and
 * {@code --test-run-source}.
 */
record TestRun(double seconds, String source) {
    TestRun {
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("--test-run-seconds must be positive, got " + seconds);
        }
        Objects.requireNonNull(source, "source is null");
    }
}
