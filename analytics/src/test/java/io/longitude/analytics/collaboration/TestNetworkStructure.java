package io.longitude.analytics.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

/** NetworkStructure on the driver, without Spark, against brute-force counts written here. */
class TestNetworkStructure {
    private static final int NODES = 14;

    @Test
    void betweennessEqualsABruteForceCountOfAllShortestPaths() {
        for (long seed = 1; seed <= 5; seed++) {
            RandomGraph graph = RandomGraph.of(seed, NODES, 0.2);
            NetworkStructure.Structure structure =
                    NetworkStructure.compute(graph.names(), graph.edges(), Map.of(), Map.of());

            double[] expected = graph.bruteForceBetweenness();
            assertThat(java.util.Arrays.stream(expected).sum())
                    .as("seed %d has paths through nodes", seed)
                    .isPositive();
            for (int v = 0; v < NODES; v++) {
                assertThat(structure.betweenness().get(graph.name(v)))
                        .as("seed %d node %d", seed, v)
                        .isCloseTo(expected[v], within(1e-9));
                assertThat(NetworkStructure.normalisedBetweenness(
                                structure.betweenness().get(graph.name(v)), NODES))
                        .isCloseTo(expected[v] / ((NODES - 1) * (NODES - 2) / 2.0), within(1e-12));
            }
            assertThat(structure.components()).as("seed %d", seed).isEqualTo(graph.bruteForceComponents());
        }
    }

    @Test
    void freemanNormalisationIsTwiceJGraphTsNormaliseFlagOnUndirectedGraphs() {
        RandomGraph graph = RandomGraph.of(7, NODES, 0.25);
        Graph<String, DefaultEdge> jgrapht = new SimpleGraph<>(DefaultEdge.class);
        graph.names().forEach(jgrapht::addVertex);
        graph.edges().forEach(edge -> jgrapht.addEdge(edge[0], edge[1]));
        Map<String, Double> flagged = new BetweennessCentrality<>(jgrapht, true).getScores();
        NetworkStructure.Structure structure =
                NetworkStructure.compute(graph.names(), graph.edges(), Map.of(), Map.of());

        for (String node : graph.names()) {
            assertThat(NetworkStructure.normalisedBetweenness(
                            structure.betweenness().get(node), NODES))
                    .isCloseTo(2 * flagged.get(node), within(1e-12));
        }
        // The centre of a star lies on every path between the others: Freeman's normalisation gives it 1.
        List<String[]> star = List.of(new String[] {"s", "x"}, new String[] {"s", "y"}, new String[] {"s", "z"});
        NetworkStructure.Structure starStructure =
                NetworkStructure.compute(List.of("s", "x", "y", "z"), star, Map.of(), Map.of());
        assertThat(NetworkStructure.normalisedBetweenness(
                        starStructure.betweenness().get("s"), 4))
                .isEqualTo(1.0);
        assertThat(NetworkStructure.normalisedBetweenness(0, 2)).isNaN();
    }

    @Test
    void brokerageEqualsABruteForceClassificationOfEveryDirectedTwoPath() {
        String[] desks = {"D1", "D2", "D3"};
        for (long seed = 11; seed <= 15; seed++) {
            RandomGraph graph = RandomGraph.of(seed, NODES, 0.25);
            Random random = new Random(seed);
            Map<String, String> deskOf = new HashMap<>();
            Map<String, String> editionOf = new HashMap<>();
            for (String node : graph.names()) {
                if (random.nextInt(10) > 0) {
                    deskOf.put(node, desks[random.nextInt(desks.length)]);
                }
                editionOf.put(node, random.nextBoolean() ? "E1" : "E2");
            }
            NetworkStructure.Structure structure =
                    NetworkStructure.compute(graph.names(), graph.edges(), deskOf, editionOf);

            assertThat(structure.deskRoles()).as("seed %d", seed).isEqualTo(graph.bruteForceRoles(deskOf));
            assertThat(structure.editionRoles()).as("seed %d", seed).isEqualTo(graph.bruteForceRoles(editionOf));
            assertThat(structure.deskRoles().get("gatekeeper"))
                    .isEqualTo(structure.deskRoles().get("representative"));
            for (int b = 0; b < NODES; b++) {
                assertThat(structure.brokerageTotal().getOrDefault(graph.name(b), 0L))
                        .isEqualTo(graph.bruteForceTwoPaths(b));
            }
        }
    }

    @Test
    void rolesFollowGouldAndFernandez() {
        assertThat(NetworkStructure.role("A", "A", "A")).isEqualTo("coordinator");
        assertThat(NetworkStructure.role("B", "A", "A")).isEqualTo("gatekeeper");
        assertThat(NetworkStructure.role("A", "A", "B")).isEqualTo("representative");
        assertThat(NetworkStructure.role("B", "A", "B")).isEqualTo("consultant");
        assertThat(NetworkStructure.role("B", "A", "C")).isEqualTo("liaison");
    }

    /** An Erdős–Rényi graph as an adjacency matrix, with brute-force answers. */
    private record RandomGraph(boolean[][] adjacent) {
        static RandomGraph of(long seed, int nodes, double p) {
            Random random = new Random(seed);
            boolean[][] adjacent = new boolean[nodes][nodes];
            for (int i = 0; i < nodes; i++) {
                for (int j = i + 1; j < nodes; j++) {
                    adjacent[i][j] = adjacent[j][i] = random.nextDouble() < p;
                }
            }
            return new RandomGraph(adjacent);
        }

        int size() {
            return adjacent.length;
        }

        String name(int node) {
            return "n" + node;
        }

        List<String> names() {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < size(); i++) {
                names.add(name(i));
            }
            return names;
        }

        List<String[]> edges() {
            List<String[]> edges = new ArrayList<>();
            for (int i = 0; i < size(); i++) {
                for (int j = i + 1; j < size(); j++) {
                    if (adjacent[i][j]) {
                        edges.add(new String[] {name(i), name(j)});
                    }
                }
            }
            return edges;
        }

        /** Floyd–Warshall distances, Integer.MAX_VALUE / 2 when unreachable. */
        int[][] distances() {
            int n = size();
            int[][] d = new int[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    d[i][j] = i == j ? 0 : adjacent[i][j] ? 1 : Integer.MAX_VALUE / 2;
                }
            }
            for (int k = 0; k < n; k++) {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        d[i][j] = Math.min(d[i][j], d[i][k] + d[k][j]);
                    }
                }
            }
            return d;
        }

        /**
         * For every unordered pair {s, t}, lists every shortest s–t path explicitly (depth-first, each step one closer to
         * t) and gives each interior node its share of the paths.
         */
        double[] bruteForceBetweenness() {
            int n = size();
            int[][] d = distances();
            double[] scores = new double[n];
            for (int s = 0; s < n; s++) {
                for (int t = s + 1; t < n; t++) {
                    if (d[s][t] >= Integer.MAX_VALUE / 2) {
                        continue;
                    }
                    List<List<Integer>> paths = new ArrayList<>();
                    walk(s, t, d, new ArrayList<>(List.of(s)), paths);
                    for (List<Integer> path : paths) {
                        for (int interior : path.subList(1, path.size() - 1)) {
                            scores[interior] += 1.0 / paths.size();
                        }
                    }
                }
            }
            return scores;
        }

        private void walk(int at, int target, int[][] d, List<Integer> path, List<List<Integer>> paths) {
            if (at == target) {
                paths.add(List.copyOf(path));
                return;
            }
            for (int next = 0; next < size(); next++) {
                if (adjacent[at][next] && d[next][target] == d[at][target] - 1) {
                    path.add(next);
                    walk(next, target, d, path, paths);
                    path.remove(path.size() - 1);
                }
            }
        }

        int bruteForceComponents() {
            int[] label = new int[size()];
            for (int i = 0; i < size(); i++) {
                label[i] = i;
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int i = 0; i < size(); i++) {
                    for (int j = 0; j < size(); j++) {
                        if (adjacent[i][j] && label[j] < label[i]) {
                            label[i] = label[j];
                            changed = true;
                        }
                    }
                }
            }
            return (int) java.util.Arrays.stream(label).distinct().count();
        }

        /** Every ordered triple a → b → c with arcs a-b and b-c and no a-c, by the groups of a, b and c. */
        Map<String, Long> bruteForceRoles(Map<String, String> group) {
            Map<String, Long> roles = new java.util.LinkedHashMap<>();
            for (String role : List.of("coordinator", "gatekeeper", "representative", "consultant", "liaison")) {
                roles.put(role, 0L);
            }
            for (int a = 0; a < size(); a++) {
                for (int b = 0; b < size(); b++) {
                    for (int c = 0; c < size(); c++) {
                        if (a == c || !adjacent[a][b] || !adjacent[b][c] || adjacent[a][c]) {
                            continue;
                        }
                        String ga = group.get(name(a));
                        String gb = group.get(name(b));
                        String gc = group.get(name(c));
                        if (ga == null || gb == null || gc == null) {
                            continue;
                        }
                        String role = ga.equals(gb) && gb.equals(gc)
                                ? "coordinator"
                                : ga.equals(gb)
                                        ? "representative"
                                        : gb.equals(gc) ? "gatekeeper" : ga.equals(gc) ? "consultant" : "liaison";
                        roles.merge(role, 1L, Long::sum);
                    }
                }
            }
            return roles;
        }

        long bruteForceTwoPaths(int b) {
            long count = 0;
            for (int a = 0; a < size(); a++) {
                for (int c = 0; c < size(); c++) {
                    if (a != c && adjacent[a][b] && adjacent[b][c] && !adjacent[a][c]) {
                        count++;
                    }
                }
            }
            return count;
        }
    }
}
