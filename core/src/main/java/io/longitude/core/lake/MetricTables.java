package io.longitude.core.lake;

import static io.longitude.core.lake.Column.optional;
import static io.longitude.core.lake.Column.required;
import static io.longitude.core.lake.ColumnType.DOUBLE;
import static io.longitude.core.lake.ColumnType.LONG;
import static io.longitude.core.lake.ColumnType.STRING;
import static io.longitude.core.lake.ColumnType.TIMESTAMP;

import java.util.List;

/** The tables that analytics writes under the metrics root and the dashboard reads. */
public final class MetricTables {
    /**
     * One row per metric cell. {@code edition_id}, {@code wave} and {@code group_key} are empty strings where a
     * metric is not broken down that way, so that every row has a complete key.
     * {@code status} is {@code ok}, {@code small_n} (n below the minimum) or {@code not_computable} (see {@code note}).
     * {@code input_versions} lists the Delta version of every lake table read, e.g. {@code enrolments=3,responses=7}.
     */
    public static final TableDefinition METRIC_VALUES = new TableDefinition("metric_values", List.of(
            required("metric_id", STRING),
            required("programme_id", STRING),
            required("edition_id", STRING),
            required("wave", STRING),
            required("group_key", STRING),
            optional("numerator", DOUBLE),
            optional("denominator", DOUBLE),
            required("n", LONG),
            optional("value", DOUBLE),
            optional("lower", DOUBLE),
            optional("upper", DOUBLE),
            required("status", STRING),
            optional("note", STRING),
            required("input_versions", STRING),
            required("job_version", STRING),
            required("computed_at", TIMESTAMP)),
            List.of(), List.of("metric_id", "programme_id", "edition_id", "wave", "group_key"));

    private MetricTables() {}
}
