package io.longitude.analytics;

import java.util.Map;

/**
 * What one analysis run wrote: the number of metric rows, where, and the lake versions it read.
 *
 * @param unchanged true when the metric table was already up to date and nothing was computed
 * @param millisByFamily wall time of each metric family, in the order computed
 * @param sparkJobs the Spark jobs the run started (0 when nothing was computed)
 */
public record AnalyticsReport(
        long metricRows,
        String metricsTable,
        String inputVersions,
        long millis,
        boolean unchanged,
        Map<String, Long> millisByFamily,
        long sparkJobs) {
    public AnalyticsReport {
        millisByFamily = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(millisByFamily));
    }

    /** The one summary line the CLI prints. */
    public String summary() {
        if (unchanged) {
            return "Metrics are up to date with the lake (" + inputVersions + "): " + metricRows + " rows in "
                    + metricsTable;
        }
        return "Analysed the lake (" + inputVersions + "): " + metricRows + " metric rows written to " + metricsTable
                + " in " + millis
                + " ms ("
                + millisByFamily.entrySet().stream()
                        .map(entry -> entry.getKey() + " " + entry.getValue() + " ms")
                        .collect(java.util.stream.Collectors.joining(", "))
                + "), " + sparkJobs + " Spark jobs";
    }
}
