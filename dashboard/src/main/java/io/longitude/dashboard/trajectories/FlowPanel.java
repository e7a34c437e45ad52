package io.longitude.dashboard.trajectories;

import java.util.Arrays;
import java.util.Objects;

/**
 * How many candidates moved from each level of sd_integration (0, 1, 2) at one wave to each level at a later wave.
 *
 * @param pair the two waves, {@code W0>W1}
 * @param counts {@code counts[from][to]}, candidates answering in both waves
 * @param fromMetricTable true for M4's rows of consecutive waves; false for intake to the latest wave, counted from the lake
 * @param status the worst status of the M4 rows ({@code ok}, {@code small_n}); {@code ok} for lake counts
 */
public record FlowPanel(String pair, long[][] counts, boolean fromMetricTable, String status) {
    public static final int LEVELS = 3;

    public FlowPanel {
        Objects.requireNonNull(pair, "pair is null");
        Objects.requireNonNull(status, "status is null");
        if (counts.length != LEVELS || Arrays.stream(counts).anyMatch(row -> row.length != LEVELS)) {
            throw new IllegalArgumentException("Cannot create flow panel, expected 3 x 3 counts: " + pair);
        }
        counts = Arrays.stream(counts).map(long[]::clone).toArray(long[][]::new);
    }

    public long count(int from, int to) {
        return counts[from][to];
    }

    /** Candidates at level {@code from} at the first wave. */
    public long fromTotal(int from) {
        return Arrays.stream(counts[from]).sum();
    }

    /** Candidates at level {@code to} at the second wave. */
    public long toTotal(int to) {
        return Arrays.stream(counts).mapToLong(row -> row[to]).sum();
    }

    public long total() {
        return Arrays.stream(counts).flatMapToLong(Arrays::stream).sum();
    }

    public long up() {
        return sum(1);
    }

    public long stayed() {
        return sum(0);
    }

    public long down() {
        return sum(-1);
    }

    /** The first wave's code. */
    public String before() {
        return pair.substring(0, pair.indexOf('>'));
    }

    /** The second wave's code. */
    public String after() {
        return pair.substring(pair.indexOf('>') + 1);
    }

    private long sum(int direction) {
        long sum = 0;
        for (int from = 0; from < LEVELS; from++) {
            for (int to = 0; to < LEVELS; to++) {
                if (Integer.signum(to - from) == direction) {
                    sum += counts[from][to];
                }
            }
        }
        return sum;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FlowPanel panel
                && pair.equals(panel.pair)
                && Arrays.deepEquals(counts, panel.counts)
                && fromMetricTable == panel.fromMetricTable
                && status.equals(panel.status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pair, Arrays.deepHashCode(counts), fromMetricTable, status);
    }

    @Override
    public String toString() {
        return pair + Arrays.deepToString(counts);
    }
}
