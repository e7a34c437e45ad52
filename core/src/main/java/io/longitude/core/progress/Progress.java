package io.longitude.core.progress;

/**
 * A listener the long entry points (ingest, analytics, erasure) tell how far they are, so that a caller (the CLI's
 * progress line) can show it without reaching into them. Called on the caller's thread, except for the metric families
 * of an analysis, which finish on several threads: an implementation that prints must be thread-safe.
 */
@FunctionalInterface
public interface Progress {
    /** Tells no one. */
    Progress NONE = (step, steps, what) -> {};

    /**
     * Step {@code step} of {@code steps} (1-based) is under way or just done.
     *
     * @param what the step in a few words, e.g. a file name, a metric family or a table
     */
    void step(int step, int steps, String what);
}
