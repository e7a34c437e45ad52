package io.longitude.bench.load;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A finished run: its settings, the phases with their tallies, the server's samples (the idle one first, the full
 * collections marked), the load averages of the machine at start and end, and the first views (path → status and
 * time) that filled the server's caches before the users started.
 */
record Result(
        Settings settings,
        String programmeId,
        List<String> editionIds,
        Schedule schedule,
        List<ServerSample> samples,
        String serverCommandLine,
        Instant started,
        Instant ended,
        String loadAverageStart,
        String loadAverageEnd,
        Map<String, String> firstViews) {
    Result {
        firstViews = Map.copyOf(firstViews);
        samples = List.copyOf(samples);
        editionIds = List.copyOf(editionIds);
    }

    /** The samples taken after a full collection, in order. */
    List<ServerSample> collected() {
        return samples.stream()
                .filter(sample -> !sample.note().isEmpty() && sample.note().contains("full GC"))
                .toList();
    }

    /** The periodic samples of the measured phases. */
    List<ServerSample> measured() {
        return samples.stream()
                .filter(sample -> sample.note().isEmpty()
                        && !sample.phase().equals(Schedule.WARM_UP)
                        && !sample.phase().equals(LoadRun.IDLE))
                .toList();
    }
}
