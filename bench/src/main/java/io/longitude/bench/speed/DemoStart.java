package io.longitude.bench.speed;

import java.util.List;
import java.util.Objects;

/**
 * {@code ./longitude demo} from a fresh data folder, timed from the command until the dashboard answers: whether it
 * answered, after how long, when each of its steps began (its own {@code [k/4]} lines), and why not when it did not.
 */
record DemoStart(boolean answered, long millis, long peakRssBytes, List<Step> steps, String failure) {
    DemoStart {
        steps = List.copyOf(steps);
        Objects.requireNonNull(failure, "failure is null");
    }

    /** A step of the demo's output and the milliseconds after the command at which its line appeared. */
    record Step(String line, long millis) {}
}
