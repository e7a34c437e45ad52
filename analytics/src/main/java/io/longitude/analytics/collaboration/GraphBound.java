package io.longitude.analytics.collaboration;

import org.apache.spark.sql.SparkSession;

/**
 * The largest graph whose structure (components, betweenness, brokerage) M11 computes on the driver. Brandes'
 * betweenness takes O(N·E) time and the edge list is collected to the driver, so a graph above either bound gets its
 * structural rows as {@code not_computable} with a note naming the bound; its counts, computed in Spark, stay.
 * The defaults, {@value #DEFAULT_MAX_NODES} nodes and {@value #DEFAULT_MAX_EDGES} edges, keep one graph under about a
 * minute: JGraphT's betweenness (hash maps per source) took 9.5 s for a random graph of 1,000 nodes and 10,000 edges,
 * 42 s for 2,000 and 20,000 and 127 s for 3,000 and 30,000 on one core of the project's 2-core machine, so 50,000 nodes
 * would take hours. A programme's editions have tens to hundreds of candidates, its cumulative graph a few thousand at
 * most. A run may change them with the
 * Spark settings {@value #MAX_NODES_SETTING} and {@value #MAX_EDGES_SETTING} ({@code spark-submit --conf}).
 *
 * @param maxNodes the most nodes a graph may have
 * @param maxEdges the most edges a graph may have
 */
public record GraphBound(long maxNodes, long maxEdges) {
    public static final long DEFAULT_MAX_NODES = 2_000;
    public static final long DEFAULT_MAX_EDGES = 20_000;
    public static final String MAX_NODES_SETTING = "spark.longitude.network.max-nodes";
    public static final String MAX_EDGES_SETTING = "spark.longitude.network.max-edges";
    public static final GraphBound DEFAULT = new GraphBound(DEFAULT_MAX_NODES, DEFAULT_MAX_EDGES);

    public GraphBound {
        if (maxNodes < 1 || maxEdges < 0) {
            throw new IllegalArgumentException("Cannot bound the network, the bounds must be positive: " + maxNodes
                    + " nodes, " + maxEdges + " edges");
        }
    }

    /** The bound set on this Spark session, or the default. */
    public static GraphBound of(SparkSession spark) {
        return new GraphBound(
                Long.parseLong(spark.conf()
                        .get(MAX_NODES_SETTING, Long.toString(DEFAULT_MAX_NODES))
                        .trim()),
                Long.parseLong(spark.conf()
                        .get(MAX_EDGES_SETTING, Long.toString(DEFAULT_MAX_EDGES))
                        .trim()));
    }

    public boolean admits(long nodes, long edges) {
        return nodes <= maxNodes && edges <= maxEdges;
    }

    /** The note on a structural row of a graph above the bound. */
    public String note(long nodes, long edges) {
        return "graph of " + nodes + " nodes and " + edges + " edges is above the bound of " + maxNodes + " nodes or "
                + maxEdges + " edges for structure on the driver (" + MAX_NODES_SETTING + ", " + MAX_EDGES_SETTING
                + ")";
    }
}
