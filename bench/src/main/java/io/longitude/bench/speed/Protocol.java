package io.longitude.bench.speed;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The timing protocol of the in-process measures: warm-up runs, then timed runs of which the median is reported. */
record Protocol(int warmups, int runs) {
    Protocol {
        if (warmups < 0 || runs < 1) {
            throw new IllegalArgumentException("Cannot time with " + warmups + " warm-up and " + runs + " timed runs");
        }
    }

    /** Runs {@code work} warmups + runs times; returns the last result and the timed runs. */
    <T> Result<T> time(Supplier<T> work) {
        T result = null;
        for (int i = 0; i < warmups; i++) {
            result = work.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            result = work.get();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        return new Result<>(result, new Timed(millis));
    }

    record Result<T>(T value, Timed timed) {}
}
