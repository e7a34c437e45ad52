package io.longitude.analytics;

/**
 * Shuffle partitions scaled to the input: 2 for a programme's few megabytes (a shuffle partition per core of a
 * laptop), one more per 64 MiB of input tables, at most 200 (Spark's default). Adaptive query execution still
 * coalesces small partitions at run time.
 */
public final class ShufflePartitions {
    static final int MINIMUM = 2;
    static final int MAXIMUM = 200;
    static final long BYTES_PER_PARTITION = 64L << 20;

    private ShufflePartitions() {}

    public static int forBytes(long bytes) {
        return (int) Math.max(MINIMUM, Math.min(MAXIMUM, bytes / BYTES_PER_PARTITION + MINIMUM));
    }
}
