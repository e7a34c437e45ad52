package io.longitude.bench.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The run's phases in order: a warm-up (recorded, not reported as a result), then the measured phases; with heavy
 * analysts, a quiet phase, the analysts' phase, and a quiet phase again, so the quiet figures frame the loaded ones
 * and the heap is compared before and after them.
 */
final class Schedule {
    static final String WARM_UP = "warm-up";
    static final String QUIET = "quiet";
    static final String QUIET_AFTER = "quiet-after";
    static final String ANALYSTS = "analysts";

    private final List<Phase> phases;
    private volatile Phase current;
    private volatile boolean over;

    private Schedule(List<Phase> phases) {
        this.phases = List.copyOf(phases);
        this.current = phases.get(0);
    }

    /** The phases of a run measuring {@code duration}, {@code heavyFor} of it in the middle with {@code heavyAnalysts}. */
    static Schedule of(Duration warmUp, Duration duration, int heavyAnalysts, Duration heavyFor) {
        if (heavyFor.compareTo(duration) > 0) {
            throw new IllegalArgumentException(
                    "Cannot schedule, the analysts' phase " + heavyFor + " is longer than the run " + duration);
        }
        List<Phase> phases = new ArrayList<>();
        phases.add(new Phase(WARM_UP, warmUp, 0));
        if (heavyAnalysts == 0 || heavyFor.isZero()) {
            phases.add(new Phase(QUIET, duration, 0));
        } else {
            Duration quiet = duration.minus(heavyFor);
            phases.add(new Phase(QUIET, quiet.dividedBy(2), 0));
            phases.add(new Phase(ANALYSTS, heavyFor, heavyAnalysts));
            phases.add(new Phase(QUIET_AFTER, quiet.minus(quiet.dividedBy(2)), 0));
        }
        return new Schedule(phases);
    }

    List<Phase> phases() {
        return phases;
    }

    /** The phases with no heavy analysts, warm-up excluded. */
    List<Phase> quiet() {
        return phases.stream()
                .filter(phase -> !phase.name().equals(WARM_UP) && phase.heavyAnalysts() == 0)
                .toList();
    }

    /** The phases with heavy analysts. */
    List<Phase> loaded() {
        return phases.stream().filter(phase -> phase.heavyAnalysts() > 0).toList();
    }

    Phase current() {
        return current;
    }

    void enter(Phase phase, Instant at) {
        current.end(at);
        phase.start(at);
        current = phase;
    }

    void finish(Instant at) {
        current.end(at);
        over = true;
    }

    boolean over() {
        return over;
    }
}
