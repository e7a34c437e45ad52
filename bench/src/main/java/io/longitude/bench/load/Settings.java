package io.longitude.bench.load;

import java.nio.file.Path;
import java.time.Duration;

/** What a load run does, from the command line. {@code serverPid} is 0 when the server is not sampled. */
record Settings(
        String baseUrl,
        int users,
        Duration warmUp,
        Duration duration,
        Think think,
        int heavyAnalysts,
        Duration heavyFor,
        String heavySql,
        Path credentials,
        long serverPid,
        Duration sampleEvery,
        boolean images,
        long seed,
        Duration timeout) {
    Settings {
        if (users < 1) {
            throw new IllegalArgumentException("Cannot run, at least one user is needed: " + users);
        }
        if (heavyAnalysts < 0) {
            throw new IllegalArgumentException("Cannot run, negative heavy analysts: " + heavyAnalysts);
        }
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("Cannot run, the duration is not positive: " + duration);
        }
        baseUrl = baseUrl.replaceAll("/+$", "");
    }
}
