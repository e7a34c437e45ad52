package io.longitude.bench.load;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.HdrHistogram.Histogram;

/**
 * A stretch of the run with its own tallies per request class and per endpoint: the warm-up, the quiet phases and
 * the phase with heavy analysts. Requests count in the phase they started in.
 */
final class Phase {
    private final String name;
    private final Duration planned;
    private final int heavyAnalysts;
    private final Map<RequestClass, Tally> classes = new EnumMap<>(RequestClass.class);
    private final Map<String, Tally> endpoints = new ConcurrentHashMap<>();
    private volatile Instant start;
    private volatile Instant end;

    Phase(String name, Duration planned, int heavyAnalysts) {
        this.name = name;
        this.planned = planned;
        this.heavyAnalysts = heavyAnalysts;
        for (RequestClass requestClass : RequestClass.values()) {
            classes.put(requestClass, new Tally());
        }
    }

    void record(Request request, long nanos, String error) {
        classes.get(request.requestClass()).record(nanos, error);
        endpoints
                .computeIfAbsent(request.requestClass().name() + " " + request.endpoint(), key -> new Tally())
                .record(nanos, error);
    }

    void start(Instant at) {
        start = at;
    }

    void end(Instant at) {
        end = at;
    }

    String name() {
        return name;
    }

    Duration planned() {
        return planned;
    }

    int heavyAnalysts() {
        return heavyAnalysts;
    }

    Instant started() {
        return start;
    }

    /** How long the phase ran (so far). */
    Duration span() {
        return start == null ? Duration.ZERO : Duration.between(start, end == null ? Instant.now() : end);
    }

    Tally tally(RequestClass requestClass) {
        return classes.get(requestClass);
    }

    /** The classes that {@code included} accepts, over the phases together (their spans added). */
    static Summary merged(String label, List<Phase> phases, Predicate<RequestClass> included) {
        Histogram all = new Histogram(Tally.HIGHEST_MICROS, 3);
        long errors = 0;
        Duration span = Duration.ZERO;
        for (Phase phase : phases) {
            for (RequestClass requestClass : RequestClass.values()) {
                if (included.test(requestClass)) {
                    all.add(phase.classes.get(requestClass).latencies());
                    errors += phase.classes.get(requestClass).errors();
                }
            }
            span = span.plus(phase.span());
        }
        return Summary.of(label, all, errors, span);
    }

    /** Every endpoint's summary over the phases together, by class and endpoint. */
    static Map<String, Summary> endpoints(List<Phase> phases) {
        Map<String, Histogram> latencies = new TreeMap<>();
        Map<String, Long> errors = new TreeMap<>();
        Duration span = Duration.ZERO;
        for (Phase phase : phases) {
            phase.endpoints.forEach((endpoint, tally) -> {
                latencies
                        .computeIfAbsent(endpoint, key -> new Histogram(Tally.HIGHEST_MICROS, 3))
                        .add(tally.latencies());
                errors.merge(endpoint, tally.errors(), Long::sum);
            });
            span = span.plus(phase.span());
        }
        Map<String, Summary> summaries = new TreeMap<>();
        for (Map.Entry<String, Histogram> entry : latencies.entrySet()) {
            summaries.put(
                    entry.getKey(), Summary.of(entry.getKey(), entry.getValue(), errors.get(entry.getKey()), span));
        }
        return summaries;
    }

    /** Errors by kind over every class, e.g. {@code PAGE 500}. */
    Map<String, Long> errorKinds() {
        Map<String, Long> kinds = new TreeMap<>();
        classes.forEach((requestClass, tally) -> tally.errorKinds()
                .forEach((kind, count) -> kinds.merge(requestClass.name() + " " + kind, count, Long::sum)));
        return kinds;
    }
}
