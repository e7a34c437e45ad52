package io.longitude.dashboard.network;

import java.util.List;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Node positions in the unit square, from JGraphT's Fruchterman–Reingold layout with the Barnes–Hut approximation
 * ({@link IndexedFRLayoutAlgorithm2D}). The random start comes from a fixed seed and the nodes are added in index
 * order, so the same graph always gets the same picture, and SVG and PNG agree.
 *
 * @param x horizontal position of node i + 1, in [0, 1]
 * @param y vertical position of node i + 1, in [0, 1]
 */
public record NetworkLayout(List<Double> x, List<Double> y) {
    public static final long SEED = 20_240_501L;
    private static final int ITERATIONS = 150;

    public NetworkLayout {
        x = List.copyOf(x);
        y = List.copyOf(y);
    }

    public static NetworkLayout of(NetworkGraph network) {
        Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        network.nodes().forEach(node -> graph.addVertex(node.index()));
        network.ties().forEach(tie -> graph.addEdge(tie.from(), tie.to()));
        MapLayoutModel2D<Integer> model = new InsetModel();
        new IndexedFRLayoutAlgorithm2D<Integer, DefaultEdge>(
                        ITERATIONS,
                        IndexedFRLayoutAlgorithm2D.DEFAULT_THETA_FACTOR,
                        IndexedFRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR,
                        new Random(SEED))
                .layout(graph, model);
        Double[] xs = new Double[network.nodes().size()];
        Double[] ys = new Double[network.nodes().size()];
        for (int index : graph.vertexSet()) {
            Point2D point = model.get(index);
            xs[index - 1] = Math.min(1, Math.max(0, point.getX()));
            ys[index - 1] = Math.min(1, Math.max(0, point.getY()));
        }
        return new NetworkLayout(List.of(xs), List.of(ys));
    }

    /**
     * The unit square, keeping every node strictly inside it. The layout clamps nodes pushed out of the frame onto its
     * edge, and JGraphT 1.5.3's quadtree then fails to place a point lying exactly on the outer edge of a cell whose
     * bounds were rounded ({@code FRQuadTree.insert} throws); isolated nodes are pushed there all the time. A clamped
     * node is moved just inside, by a distance that differs per node so that no two land on the same point.
     */
    private static final class InsetModel extends MapLayoutModel2D<Integer> {
        private static final double INSET = 1e-6;

        InsetModel() {
            super(new Box2D(1.0, 1.0));
        }

        @Override
        public Point2D put(Integer vertex, Point2D point) {
            double inset = INSET * (1 + vertex % 1_000);
            return super.put(vertex, Point2D.of(inside(point.getX(), inset), inside(point.getY(), inset)));
        }

        private static double inside(double value, double inset) {
            return Math.min(1 - inset, Math.max(inset, value));
        }
    }
}
