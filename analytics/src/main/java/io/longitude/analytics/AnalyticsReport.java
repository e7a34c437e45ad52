package io.longitude.analytics;

/**
 * What one analysis run wrote: the number of metric rows, where, and the lake versions it read.
 *
 * @param unchanged true when the metric table was already up to date and nothing was computed
 */
public record AnalyticsReport(long metricRows, String metricsTable, String inputVersions, long millis, boolean unchanged) {
    /** The one summary line the CLI prints. */
    public String summary() {
        if (unchanged) {
            return "Metrics are up to date with the lake (" + inputVersions + "): " + metricRows + " rows in " + metricsTable;
        }
        return "Analysed the lake (" + inputVersions + "): " + metricRows + " metric rows written to " + metricsTable + " in " + millis + " ms";
    }
}
