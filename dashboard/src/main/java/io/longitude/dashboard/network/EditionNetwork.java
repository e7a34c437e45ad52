package io.longitude.dashboard.network;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the network page knows of an edition's network: its sizes, counted in Spark whatever the size, and the graph
 * itself only when it is within the bound of M11 ({@link io.longitude.analytics.collaboration.GraphBound#DEFAULT}) (otherwise the page says why there is no picture).
 *
 * @param members the edition's enrolled candidates (M11 participants)
 * @param others candidates of other editions of the programme tied to a member
 * @param tiesWithin distinct pairs of members (M11 ties)
 * @param tiesAcross distinct pairs of a member and another edition's candidate (M11 ties_across_editions)
 * @param tiesByKind all these pairs per kind code ({@link NetworkGraph#SEVERAL_KINDS} for several)
 * @param graph the graph to draw, empty above the bound
 */
public record EditionNetwork(
        long members,
        long others,
        long tiesWithin,
        long tiesAcross,
        Map<String, Long> tiesByKind,
        Optional<NetworkGraph> graph) {
    public EditionNetwork {
        tiesByKind = Map.copyOf(new TreeMap<>(tiesByKind));
        Objects.requireNonNull(graph, "graph is null");
    }

    public long nodes() {
        return members + others;
    }

    public long ties() {
        return tiesWithin + tiesAcross;
    }

    /** The kinds in code order. */
    public Map<String, Long> kinds() {
        return new TreeMap<>(tiesByKind);
    }
}
