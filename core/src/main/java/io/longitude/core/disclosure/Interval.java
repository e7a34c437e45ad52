package io.longitude.core.disclosure;

/**
 * The values a reader can still believe a count has: every whole number from {@code low} to {@code high}.
 *
 * @param low the smallest, at least 0
 * @param high the largest, or {@link Long#MAX_VALUE} when the reader has no upper bound
 */
public record Interval(long low, long high) {
    public Interval {
        if (low < 0 || high < low) {
            throw new IllegalArgumentException(
                    "Cannot create interval, need 0 ≤ low ≤ high: [" + low + ", " + high + "]");
        }
    }

    /** True when the reader knows the exact value. */
    public boolean pinned() {
        return low == high;
    }

    @Override
    public String toString() {
        return "[" + low + ", " + (high == Long.MAX_VALUE ? "∞" : Long.toString(high)) + "]";
    }
}
