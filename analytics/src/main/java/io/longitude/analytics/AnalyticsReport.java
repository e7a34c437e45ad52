package io.longitude.analytics;

/** What one analysis run wrote: the number of metric rows, where, and the lake versions it read. */
public record AnalyticsReport(long metricRows, String metricsTable, String inputVersions, long millis) {
    /** The one summary line the CLI prints. */
    public String summary() {
        return "Analysed the lake (" + inputVersions + "): " + metricRows + " metric rows written to " + metricsTable + " in " + millis + " ms";
    }
}
