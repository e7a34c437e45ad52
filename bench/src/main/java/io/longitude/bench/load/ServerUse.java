package io.longitude.bench.load;

import java.time.Duration;
import java.util.List;

/** The server's CPU use over a phase, from its periodic samples: CPU seconds per second, i.e. cores kept busy. */
final class ServerUse {
    private ServerUse() {}

    /** Between the first and the last periodic sample of the phase; NaN with fewer than two. */
    static double cores(List<ServerSample> samples, String phase) {
        List<ServerSample> within = samples.stream()
                .filter(sample -> sample.phase().equals(phase) && sample.note().isEmpty())
                .toList();
        if (within.size() < 2) {
            return Double.NaN;
        }
        ServerSample first = within.get(0);
        ServerSample last = within.get(within.size() - 1);
        double seconds = Duration.between(first.at(), last.at()).toMillis() / 1000.0;
        return seconds <= 0 ? Double.NaN : (last.cpuSeconds() - first.cpuSeconds()) / seconds;
    }
}
