package io.longitude.dashboard.network;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The collaboration network of one edition as it is drawn: the edition's enrolled candidates (the nodes of M11), the
 * candidates of the programme's other editions tied to them, and the ties between them. Nodes carry no participant
 * key, only an anonymous index (1, 2, …, in the order of desk and key), so nothing drawn from it can identify anyone.
 *
 * @param editionId the edition drawn
 * @param nodes every node, members first
 * @param ties every distinct pair, within the edition or across editions
 */
public record NetworkGraph(String editionId, List<Node> nodes, List<Tie> ties) {
    /** The kind of a pair reported with more than one kind of tie. */
    public static final String SEVERAL_KINDS = "several";

    /**
     * A participant in the picture.
     *
     * @param index anonymous index from 1, also the node's position in {@link #nodes}, plus one
     * @param edition the edition the node is coloured by: the drawn edition for members, otherwise the first edition
     *     (by edition id) in which the participant was a candidate
     * @param desk the referral desk, or "" when unknown
     * @param member true for the drawn edition's own candidates
     */
    public record Node(int index, String edition, String desk, boolean member) {
        public Node {
            Objects.requireNonNull(edition, "edition is null");
            Objects.requireNonNull(desk, "desk is null");
            if (index < 1) {
                throw new IllegalArgumentException("Cannot create node, index must be at least 1: " + index);
            }
        }
    }

    /**
     * One distinct unordered pair of participants named as a tie in any wave.
     *
     * @param from index of one end
     * @param to index of the other end
     * @param kind the tie kind's code, or {@link #SEVERAL_KINDS} when the pair was reported with several kinds
     * @param acrossEditions true when one end is not a candidate of the drawn edition
     */
    public record Tie(int from, int to, String kind, boolean acrossEditions) {
        public Tie {
            Objects.requireNonNull(kind, "kind is null");
        }
    }

    public NetworkGraph {
        Objects.requireNonNull(editionId, "editionId is null");
        nodes = List.copyOf(nodes);
        ties = List.copyOf(ties);
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).index() != i + 1) {
                throw new IllegalArgumentException("Cannot create network, node " + (i + 1) + " has index "
                        + nodes.get(i).index());
            }
        }
    }

    public long members() {
        return nodes.stream().filter(Node::member).count();
    }

    public long tiesWithin() {
        return ties.stream().filter(tie -> !tie.acrossEditions()).count();
    }

    public long tiesAcross() {
        return ties.stream().filter(Tie::acrossEditions).count();
    }

    /** Ties per kind code, in code order. */
    public Map<String, Long> tiesByKind() {
        Map<String, Long> counts = new TreeMap<>();
        ties.forEach(tie -> counts.merge(tie.kind(), 1L, Long::sum));
        return counts;
    }
}
