package io.longitude.bench.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The latencies (microseconds, 3 significant digits, up to 10 minutes) and errors of one request class or endpoint in
 * one phase; safe to record from every virtual user's thread at once.
 */
final class Tally {
    static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);

    private final ConcurrentHistogram latencies = new ConcurrentHistogram(HIGHEST_MICROS, 3);
    private final LongAdder errors = new LongAdder();
    private final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();

    /** A request that ended after {@code nanos}; {@code error} is null when it succeeded, else what went wrong. */
    void record(long nanos, String error) {
        latencies.recordValue(Math.min(HIGHEST_MICROS, Math.max(1, TimeUnit.NANOSECONDS.toMicros(nanos))));
        if (error != null) {
            errors.increment();
            errorKinds.computeIfAbsent(error, kind -> new LongAdder()).increment();
        }
    }

    Histogram latencies() {
        return latencies.copy();
    }

    long errors() {
        return errors.sum();
    }

    /** How many errors of each kind (status or exception), sorted by kind. */
    Map<String, Long> errorKinds() {
        Map<String, Long> kinds = new TreeMap<>();
        errorKinds.forEach((kind, count) -> kinds.put(kind, count.sum()));
        return kinds;
    }
}
