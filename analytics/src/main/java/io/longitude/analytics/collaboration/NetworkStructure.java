package io.longitude.analytics.collaboration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The structure of one collaboration graph, computed on the driver with JGraphT from the (small) node and edge lists
 * that {@link TieGraph} aggregated in Spark. The graph is simple and undirected: nodes are participant keys, an edge
 * is a distinct unordered pair of participants named as a tie.
 *
 * <ul>
 *   <li><b>Components</b>: the connected components of JGraphT's {@link ConnectivityInspector}, isolates included
 *       (each isolate is a component of size 1). The largest component's size is reported beside it.</li>
 *   <li><b>Betweenness</b> (Freeman 1977; computed by Brandes' 2001 algorithm in JGraphT's
 *       {@link BetweennessCentrality}, unweighted, {@code normalize = false}): for node v, the sum over unordered pairs
 *       {s, t} of other nodes of σ_st(v) / σ_st, the share of the shortest s–t paths that pass through v. Pairs in
 *       different components contribute nothing. {@link #normalisedBetweenness} divides it by the number of pairs of
 *       other nodes, (N−1)(N−2)/2, so that the centre of a star scores 1 (Freeman's normalisation, the one of
 *       networkx and igraph). JGraphT's own {@code normalize = true} divides the undirected score by (N−1)(N−2)
 *       instead, half of Freeman's, and computes that factor in {@code int}, which overflows beyond 46,341 nodes;
 *       we therefore take the raw score and normalise ourselves.</li>
 *   <li><b>Brokerage</b> (Gould &amp; Fernandez 1989, "Structures of mediation", Sociological Methodology 19:89–126).
 *       Brokerage is defined on directed graphs: a broker b mediates the two-path a→b→c when there is no arc a→c.
 *       Our ties are undirected, so each undirected tie is taken as two arcs (the usual treatment of symmetric data,
 *       as in statnet's {@code sna::brokerage}). Every open undirected two-path a–b–c (a and c not tied) then gives
 *       two directed two-paths, a→b→c and c→b→a, each classified by the groups of source, broker and target:
 *       <i>coordinator</i> (all three in one group), <i>representative</i> (source and broker share a group, the
 *       target is outside), <i>gatekeeper</i> (broker and target share a group, the source is outside),
 *       <i>consultant</i> (source and target share a group, the broker is outside), <i>liaison</i> (three groups).
 *       With symmetric arcs the representative and gatekeeper counts are always equal, and the coordinator,
 *       consultant and liaison counts are even. A two-path in which a node's group is unknown (no desk) is left out
 *       of that grouping's role counts. {@link Structure#brokerageTotal} counts, per broker, all its directed open
 *       two-paths (2 × the pairs of its neighbours that are not tied), whatever the groups.</li>
 * </ul>
 */
public final class NetworkStructure {
    /** The five Gould–Fernandez roles, in the order of their rows. */
    public static final List<String> ROLES =
            List.of("coordinator", "gatekeeper", "representative", "consultant", "liaison");

    private NetworkStructure() {}

    /**
     * The structure of one graph.
     *
     * @param nodes the graph's node count
     * @param edges the graph's edge count
     * @param components connected components, isolates included
     * @param largestComponent nodes in the largest component
     * @param betweenness per node, the raw (unnormalised) betweenness, over unordered pairs
     * @param brokerageTotal per node, its directed open two-paths as broker
     * @param deskRoles per role, the directed open two-paths classified by desk
     * @param editionRoles per role, the directed open two-paths classified by edition
     */
    public record Structure(
            int nodes,
            int edges,
            int components,
            int largestComponent,
            Map<String, Double> betweenness,
            Map<String, Long> brokerageTotal,
            Map<String, Long> deskRoles,
            Map<String, Long> editionRoles) {
        public Structure {
            betweenness = Collections.unmodifiableMap(new HashMap<>(betweenness));
            brokerageTotal = Collections.unmodifiableMap(new HashMap<>(brokerageTotal));
            deskRoles = Collections.unmodifiableMap(new LinkedHashMap<>(deskRoles));
            editionRoles = Collections.unmodifiableMap(new LinkedHashMap<>(editionRoles));
        }
    }

    /**
     * Computes the structure of the graph with these nodes and undirected edges.
     *
     * @param nodes participant keys
     * @param edges pairs of participant keys, each an array of two; both must be nodes; duplicates and loops are ignored
     * @param deskOf desk of each node, absent or null when unknown
     * @param editionOf edition of each node (the group for edition brokerage), absent or null when unknown
     */
    public static Structure compute(
            Collection<String> nodes,
            Collection<String[]> edges,
            Map<String, String> deskOf,
            Map<String, String> editionOf) {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        nodes.forEach(graph::addVertex);
        for (String[] edge : edges) {
            if (!graph.containsVertex(edge[0]) || !graph.containsVertex(edge[1])) {
                throw new IllegalArgumentException(
                        "Cannot compute the network structure, an edge ends outside the nodes: " + edge[0] + " - "
                                + edge[1]);
            }
            if (!edge[0].equals(edge[1])) {
                graph.addEdge(edge[0], edge[1]);
            }
        }
        List<Set<String>> components = new ConnectivityInspector<>(graph).connectedSets();
        int largest = components.stream().mapToInt(Set::size).max().orElse(0);
        Map<String, Double> betweenness = new BetweennessCentrality<>(graph, false).getScores();

        Map<String, Long> total = new HashMap<>();
        Map<String, Long> desk = zeroRoles();
        Map<String, Long> edition = zeroRoles();
        for (String broker : graph.vertexSet()) {
            List<String> neighbours = new ArrayList<>(Graphs.neighborSetOf(graph, broker));
            long open = 0;
            for (int i = 0; i < neighbours.size(); i++) {
                for (int j = i + 1; j < neighbours.size(); j++) {
                    String a = neighbours.get(i);
                    String c = neighbours.get(j);
                    if (graph.containsEdge(a, c)) {
                        continue;
                    }
                    open += 2;
                    count(desk, deskOf.get(a), deskOf.get(broker), deskOf.get(c));
                    count(edition, editionOf.get(a), editionOf.get(broker), editionOf.get(c));
                }
            }
            if (open > 0) {
                total.put(broker, open);
            }
        }
        return new Structure(
                graph.vertexSet().size(),
                graph.edgeSet().size(),
                components.size(),
                largest,
                betweenness,
                total,
                desk,
                edition);
    }

    /** Freeman's normalisation of an undirected betweenness: raw / ((N−1)(N−2)/2); NaN when N &lt; 3. */
    public static double normalisedBetweenness(double raw, long nodes) {
        double pairs = pairsOfOthers(nodes);
        return pairs > 0 ? raw / pairs : Double.NaN;
    }

    /** (N−1)(N−2)/2, the number of unordered pairs of nodes other than a given one, in double (no overflow). */
    static double pairsOfOthers(long nodes) {
        return nodes < 3 ? 0 : (nodes - 1) * (double) (nodes - 2) / 2;
    }

    /** The Gould–Fernandez role of the directed two-path source → broker → target, by the three nodes' groups. */
    public static String role(String source, String broker, String target) {
        Objects.requireNonNull(source, "source group is null");
        Objects.requireNonNull(broker, "broker group is null");
        Objects.requireNonNull(target, "target group is null");
        if (source.equals(broker)) {
            return broker.equals(target) ? "coordinator" : "representative";
        }
        if (broker.equals(target)) {
            return "gatekeeper";
        }
        return source.equals(target) ? "consultant" : "liaison";
    }

    /** Counts both directions of the open two-path a–b–c, when all three groups are known. */
    private static void count(Map<String, Long> roles, String a, String b, String c) {
        if (a == null || b == null || c == null) {
            return;
        }
        roles.merge(role(a, b, c), 1L, Long::sum);
        roles.merge(role(c, b, a), 1L, Long::sum);
    }

    private static Map<String, Long> zeroRoles() {
        Map<String, Long> roles = new LinkedHashMap<>();
        ROLES.forEach(role -> roles.put(role, 0L));
        return roles;
    }
}
