package io.longitude.analytics;

import io.longitude.core.lake.LakeUri;
import java.util.Objects;

/**
 * One run of the analysis.
 *
 * @param lakeRoot URI of the lake the jobs read
 * @param metricsRoot URI under which the metric tables are written
 * @param minimumN cells whose n is below this are marked {@code small_n}
 * @param completedSessions sessions a candidate must attend to count as completed (M1)
 */
public record AnalyticsConfig(String lakeRoot, String metricsRoot, int minimumN, int completedSessions) {
    public static final int DEFAULT_MINIMUM_N = 5;
    public static final int DEFAULT_COMPLETED_SESSIONS = 7;

    public AnalyticsConfig {
        Objects.requireNonNull(lakeRoot, "lakeRoot is null");
        Objects.requireNonNull(metricsRoot, "metricsRoot is null");
        lakeRoot = LakeUri.normalise(lakeRoot);
        metricsRoot = LakeUri.normalise(metricsRoot);
        if (minimumN < 1) {
            throw new IllegalArgumentException("Cannot analyse, analytics.minimum-n must be at least 1: " + minimumN);
        }
        if (completedSessions < 1) {
            throw new IllegalArgumentException(
                    "Cannot analyse, analytics.completed-sessions must be at least 1: " + completedSessions);
        }
    }

    public static AnalyticsConfig of(String lakeRoot, String metricsRoot) {
        return new AnalyticsConfig(lakeRoot, metricsRoot, DEFAULT_MINIMUM_N, DEFAULT_COMPLETED_SESSIONS);
    }
}
