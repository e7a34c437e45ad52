package io.longitude.core.lake;

import static io.longitude.core.lake.Column.optional;
import static io.longitude.core.lake.Column.required;
import static io.longitude.core.lake.ColumnType.BOOLEAN;
import static io.longitude.core.lake.ColumnType.DOUBLE;
import static io.longitude.core.lake.ColumnType.INT;
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
    public static final TableDefinition METRIC_VALUES = new TableDefinition(
            "metric_values",
            List.of(
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
            List.of(),
            List.of("metric_id", "programme_id", "edition_id", "wave", "group_key"));

    /**
     * The nodes of each edition's network as the network picture draws it (M11's graph of the edition: its enrolled
     * candidates, the members, and the candidates of other editions of the programme tied to one of them), numbered
     * from 1 per edition (members first, then by edition, desk and participant key) and without their keys.
     * {@code node_edition} and {@code desk} are a member's own, another edition's candidate's first.
     */
    public static final TableDefinition NETWORK_NODES = new TableDefinition(
            "network_nodes",
            List.of(
                    required("programme_id", STRING),
                    required("edition_id", STRING),
                    required("node", INT),
                    required("node_edition", STRING),
                    required("desk", STRING),
                    required("member", BOOLEAN)),
            List.of(),
            List.of("edition_id", "node"));

    /**
     * The ties of each edition's network between the numbered nodes of {@link #NETWORK_NODES}: {@code from < to},
     * {@code kind} the tie kind's code ({@code several} when the pair named several kinds, empty when none), and
     * {@code across} when one end is another edition's candidate (M11 {@code ties_across_editions}).
     */
    public static final TableDefinition NETWORK_TIES = new TableDefinition(
            "network_ties",
            List.of(
                    required("programme_id", STRING),
                    required("edition_id", STRING),
                    required("from_node", INT),
                    required("to_node", INT),
                    required("kind", STRING),
                    required("across", BOOLEAN)),
            List.of(),
            List.of("edition_id", "from_node", "to_node"));

    /**
     * From intake (W0) to the latest wave, with M4's population: per edition, the enrolled candidates answering
     * sd_integration at W0 ({@code before}) and at the latest wave in which any of them did ({@code after}), counted.
     */
    public static final TableDefinition INTAKE_TO_LATEST = new TableDefinition(
            "intake_to_latest",
            List.of(
                    required("programme_id", STRING),
                    required("edition_id", STRING),
                    required("wave", STRING),
                    required("wave_index", INT),
                    required("before", INT),
                    required("after", INT),
                    required("candidates", LONG)),
            List.of(),
            List.of("edition_id", "before", "after"));

    /** What a page draws from, beside the metric table: written by the same run. */
    public static final List<TableDefinition> PICTURES = List.of(NETWORK_NODES, NETWORK_TIES, INTAKE_TO_LATEST);

    private MetricTables() {}
}
