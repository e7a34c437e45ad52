package io.longitude.bench.load;

import java.time.Instant;

/**
 * The server process at one moment: resident memory from {@code /proc/<pid>/status} (kB), the heap from
 * {@code jstat -gc} (kB; old-generation occupancy changes only at collections, so it is the occupancy after the last
 * one), collection counts, and the CPU time the process used so far (seconds). {@code note} marks a sample taken right
 * after a full collection the probe asked for.
 */
record ServerSample(
        Instant at,
        String phase,
        String note,
        long rssKb,
        long hwmKb,
        double heapUsedKb,
        double heapCapacityKb,
        double oldUsedKb,
        long youngCollections,
        long fullCollections,
        long concurrentCycles,
        double cpuSeconds) {
    static final String CSV_HEADER =
            "at,phase,note,rss_kb,hwm_kb,heap_used_kb,heap_capacity_kb,old_used_kb,young_gcs,full_gcs,"
                    + "concurrent_cycles,cpu_seconds";

    String csv() {
        return String.join(
                ",",
                at.toString(),
                phase,
                note,
                Long.toString(rssKb),
                Long.toString(hwmKb),
                Long.toString(Math.round(heapUsedKb)),
                Long.toString(Math.round(heapCapacityKb)),
                Long.toString(Math.round(oldUsedKb)),
                Long.toString(youngCollections),
                Long.toString(fullCollections),
                Long.toString(concurrentCycles),
                String.format(java.util.Locale.ROOT, "%.1f", cpuSeconds));
    }

    ServerSample withNote(String text) {
        return new ServerSample(
                at,
                phase,
                text,
                rssKb,
                hwmKb,
                heapUsedKb,
                heapCapacityKb,
                oldUsedKb,
                youngCollections,
                fullCollections,
                concurrentCycles,
                cpuSeconds);
    }
}
