package io.longitude.dashboard.network;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import io.longitude.analytics.collaboration.GraphBound;
import io.longitude.core.lake.MetricTables;
import io.longitude.core.lake.TableDefinition;
import io.longitude.dashboard.editions.EditionSummary;
import io.longitude.dashboard.system.VersionedCache;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.springframework.stereotype.Component;

/**
 * An edition's {@link EditionNetwork}, read from the tables analytics writes for the picture
 * ({@code MetricTables.NETWORK_NODES} and {@code NETWORK_TIES}, M11's graph of the edition with numbered nodes): the
 * sizes are counted in Spark whatever the size, and the graph is collected only within M11's {@link GraphBound}.
 * Kept per edition until the two tables get a new Delta version.
 */
@Component
public class NetworkReader {
    private static final List<TableDefinition> TABLES = List.of(MetricTables.NETWORK_NODES, MetricTables.NETWORK_TIES);

    private final LakeReads lake;
    private final VersionedCache<String, EditionNetwork> cache = new VersionedCache<>(1_000);
    private final VersionedCache<String, NetworkLayout> layouts = new VersionedCache<>(1_000);

    public NetworkReader(LakeReads lake) {
        this.lake = lake;
    }

    public EditionNetwork network(EditionSummary edition) {
        List<Long> versions = lake.metricVersions(TABLES);
        return cache.get(edition.editionId(), versions, () -> read(edition, versions.get(0), versions.get(1)));
    }

    /**
     * Where each node of the edition's network is drawn: laid out once per edition and version of the tables, so the
     * colourings, the SVG and the PNG share one layout; empty when the network is not drawn.
     */
    NetworkLayout layout(EditionSummary edition) {
        return layouts.get(
                edition.editionId(),
                lake.metricVersions(TABLES),
                () -> network(edition).graph().map(NetworkLayout::of).orElse(new NetworkLayout(List.of(), List.of())));
    }

    private EditionNetwork read(EditionSummary edition, long nodesVersion, long tiesVersion) {
        Dataset<Row> nodes = lake.readMetrics(MetricTables.NETWORK_NODES, nodesVersion)
                .filter(col("edition_id").equalTo(lit(edition.editionId())));
        Dataset<Row> ties = lake.readMetrics(MetricTables.NETWORK_TIES, tiesVersion)
                .filter(col("edition_id").equalTo(lit(edition.editionId())));
        Map<String, Long> byKind = new LinkedHashMap<>();
        long within = 0;
        long across = 0;
        for (Row row :
                ties.groupBy("kind", "across").agg(count(lit(1)).as("ties")).collectAsList()) {
            byKind.merge(row.getString(0), row.getLong(2), Long::sum);
            if (row.getBoolean(1)) {
                across += row.getLong(2);
            } else {
                within += row.getLong(2);
            }
        }
        long members = 0;
        long others = 0;
        for (Row row : nodes.groupBy("member").agg(count(lit(1)).as("nodes")).collectAsList()) {
            if (row.getBoolean(0)) {
                members = row.getLong(1);
            } else {
                others = row.getLong(1);
            }
        }
        Optional<NetworkGraph> graph = GraphBound.DEFAULT.admits(members + others, within + across)
                ? Optional.of(graph(edition.editionId(), nodes, ties))
                : Optional.empty();
        return new EditionNetwork(members, others, within, across, byKind, graph);
    }

    private static NetworkGraph graph(String editionId, Dataset<Row> nodes, Dataset<Row> ties) {
        List<NetworkGraph.Node> nodeList = nodes.orderBy("node").collectAsList().stream()
                .map(row -> new NetworkGraph.Node(
                        row.<Integer>getAs("node"),
                        row.getAs("node_edition"),
                        row.getAs("desk"),
                        row.<Boolean>getAs("member")))
                .toList();
        List<NetworkGraph.Tie> tieList = ties.orderBy("from_node", "to_node").collectAsList().stream()
                .map(row -> new NetworkGraph.Tie(
                        row.<Integer>getAs("from_node"),
                        row.<Integer>getAs("to_node"),
                        row.getAs("kind"),
                        row.<Boolean>getAs("across")))
                .toList();
        return new NetworkGraph(editionId, nodeList, tieList);
    }
}
