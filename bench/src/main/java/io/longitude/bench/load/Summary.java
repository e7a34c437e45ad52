package io.longitude.bench.load;

import java.time.Duration;
import org.HdrHistogram.Histogram;

/**
 * One row of the results: requests, errors, throughput and latency percentiles (milliseconds) of a request class or
 * an endpoint over a phase. The histogram holds microseconds.
 */
record Summary(
        String name, long count, long errors, double throughput, double p50, double p95, double p99, double max) {
    Summary {
        if (count < 0 || errors < 0 || errors > count) {
            throw new IllegalArgumentException("Cannot summarise " + name + ", errors " + errors + " of " + count);
        }
    }

    static Summary of(String name, Histogram micros, long errors, Duration span) {
        long count = micros.getTotalCount();
        double seconds = Math.max(1e-3, span.toMillis() / 1000.0);
        if (count == 0) {
            return new Summary(name, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Summary(
                name,
                count,
                errors,
                count / seconds,
                millis(micros.getValueAtPercentile(50)),
                millis(micros.getValueAtPercentile(95)),
                millis(micros.getValueAtPercentile(99)),
                millis(micros.getMaxValue()));
    }

    /** Errors as a percentage of requests, 0..100. */
    double errorPercent() {
        return count == 0 ? 0 : 100.0 * errors / count;
    }

    /** How many times this row's p95 is {@code baseline}'s. */
    double p95Ratio(Summary baseline) {
        return p95 / baseline.p95();
    }

    private static double millis(long micros) {
        return micros / 1000.0;
    }
}
