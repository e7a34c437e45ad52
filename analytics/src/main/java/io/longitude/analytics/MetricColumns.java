package io.longitude.analytics;

import io.longitude.core.lake.MetricTables;
import java.util.List;

/** The columns of a metric cell as the transforms produce them: the metric table's, less the provenance. */
final class MetricColumns {
    static final List<String> PROVENANCE = List.of("input_versions", "job_version", "computed_at");
    static final String[] CELLS = MetricTables.METRIC_VALUES.columnNames().stream()
            .filter(column -> !PROVENANCE.contains(column))
            .toArray(String[]::new);

    private MetricColumns() {}
}
