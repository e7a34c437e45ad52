package io.longitude.bench.load;

import java.time.Duration;
import java.util.List;

/** The trend of the server's old generation over a run's samples: least-squares slope, in MB per minute. */
final class HeapTrend {
    private HeapTrend() {}

    static double oldGenerationSlopeMbPerMinute(List<ServerSample> samples) {
        if (samples.size() < 2) {
            return Double.NaN;
        }
        double n = samples.size();
        double sumX = 0;
        double sumY = 0;
        double sumXy = 0;
        double sumXx = 0;
        for (ServerSample sample : samples) {
            double minutes = Duration.between(samples.get(0).at(), sample.at()).toMillis() / 60_000.0;
            double megabytes = sample.oldUsedKb() / 1024;
            sumX += minutes;
            sumY += megabytes;
            sumXy += minutes * megabytes;
            sumXx += minutes * minutes;
        }
        double denominator = n * sumXx - sumX * sumX;
        return denominator == 0 ? Double.NaN : (n * sumXy - sumX * sumY) / denominator;
    }
}
