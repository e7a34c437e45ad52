package io.longitude.analytics.collaboration;

import static io.longitude.analytics.collaboration.CollaborationFixtures.enrolment;
import static io.longitude.analytics.collaboration.CollaborationFixtures.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.longitude.analytics.AnalyticsTestBase;
import io.longitude.analytics.impact.TinyFixtures;
import io.longitude.core.metrics.WilsonInterval;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * M11 on a graph worked out by hand. Programme P, desks D1, D2, D3, editions E1 and E2:
 * <pre>
 *   E1: a(D1) b(D1) c(D2) d(D1)        E2: e(D1) f(D3) g(D2) h(D1)
 *
 *        a ─── b
 *        │     │
 *        c ─── d            g (isolate)
 *        │
 *        e ─── f
 *        │
 *        h
 * </pre>
 * Edges a-b (first named W0), a-c, b-d, c-d, c-e (W1), e-f, e-h (W2). Not edges: c's ties to the coach k and to
 * itself, h's tie to the referred-only i; a's second enrolment as alumnus speaker in E2 does not make a an E2 node.
 */
class TestNetworkCounts extends AnalyticsTestBase {
    /** The cells of the default bound, computed once for the tests that read them. */
    private static Map<String, Row> programme;

    private static Map<String, Row> programmeCells() {
        if (programme == null) {
            programme = cells(NetworkCounts.compute(enrolments(), responses(), 5));
        }
        return programme;
    }

    @AfterAll
    static void forget() {
        programme = null;
    }

    private static Dataset<Row> enrolments() {
        return CollaborationFixtures.enrolments(
                spark,
                enrolment("a", "E1", "candidate", "D1", "completed"),
                enrolment("b", "E1", "candidate", "D1", "completed"),
                enrolment("c", "E1", "candidate", "D2", "enrolled"),
                enrolment("d", "E1", "candidate", "D1", "dropped"),
                enrolment("k", "E1", "coach", null, "enrolled"),
                enrolment("a", "E2", "alumnus_speaker", "D1", "enrolled"),
                enrolment("e", "E2", "candidate", "D1", "enrolled"),
                enrolment("f", "E2", "candidate", "D3", "enrolled"),
                enrolment("g", "E2", "candidate", "D2", "enrolled"),
                enrolment("h", "E2", "candidate", "D1", "enrolled"),
                enrolment("i", "E2", "candidate", "D1", "referred"));
    }

    private static Dataset<Row> responses() {
        return CollaborationFixtures.responses(
                spark,
                response("a", "E1", "W0").ties("b"),
                response("a", "E1", "W1").ties("b"),
                response("c", "E1", "W1").ties("a", "k", "c"),
                response("d", "E1", "W1").ties("b", "c"),
                response("b", "E1", "W2").ties("a"),
                response("e", "E2", "W1").ties("c"),
                response("e", "E2", "W2").ties("f"),
                response("h", "E2", "W2").ties("e", "i"));
    }

    @Test
    void countsOfEachEditionAndOfTheWholeProgramme() {
        Map<String, Row> cells = programmeCells();

        // The whole programme: N = 8, E = 7.
        assertValue(cells, "||participants", 8);
        assertValue(cells, "||ties", 7);
        assertValue(cells, "||density", 2 * 7 / (8.0 * 7));
        assertThat(cells.get("||density").<Double>getAs("denominator")).isEqualTo(28.0);
        assertValue(cells, "||mean_degree", 14 / 8.0);
        assertValue(cells, "||share_with_tie", 7 / 8.0);
        assertThat(cells.get("||share_with_tie").<Double>getAs("lower"))
                .isCloseTo(WilsonInterval.of(7, 8).lower(), within(1e-12));
        // a-c, c-d, c-e, e-f join different desks; a-b, b-d, e-h do not.
        assertValue(cells, "||ties_across_desks", 4);
        // c-e: c is a candidate of E1, e of E2.
        assertValue(cells, "||ties_across_editions", 1);
        assertValue(cells, "|W0|new_ties|W0", 1);
        assertValue(cells, "|W1|new_ties|W1", 4);
        assertValue(cells, "|W2|new_ties|W2", 2);

        // E1: the square a-b-d-c.
        assertValue(cells, "E1||participants", 4);
        assertValue(cells, "E1||ties", 4);
        assertValue(cells, "E1||density", 8 / 12.0);
        assertValue(cells, "E1||mean_degree", 2);
        assertValue(cells, "E1||share_with_tie", 1);
        assertValue(cells, "E1||ties_across_desks", 2);
        assertValue(cells, "E1||ties_across_editions", 1);
        assertValue(cells, "E1|W0|new_ties|W0", 1);
        assertValue(cells, "E1|W1|new_ties|W1", 3);
        assertValue(cells, "E1|W2|new_ties|W2", 0);

        // E2: the path f-e-h and the isolate g.
        assertValue(cells, "E2||participants", 4);
        assertValue(cells, "E2||ties", 2);
        assertValue(cells, "E2||density", 4 / 12.0);
        assertValue(cells, "E2||mean_degree", 1);
        assertValue(cells, "E2||share_with_tie", 3 / 4.0);
        assertValue(cells, "E2||ties_across_desks", 1);
        assertValue(cells, "E2||ties_across_editions", 1);
        assertValue(cells, "E2|W1|new_ties|W1", 0);
        assertValue(cells, "E2|W2|new_ties|W2", 2);
        assertThat(cells.get("E2|W2|new_ties|W2").<String>getAs("status")).isEqualTo("small_n");
        assertThat(cells.get("||participants").<String>getAs("status")).isEqualTo("ok");
    }

    @Test
    void degreeAndStructurePerGraph() {
        Map<String, Row> cells = programmeCells();

        assertThat(participantValues(cells, "|", "degree|"))
                .isEqualTo(Map.of("a", 2.0, "b", 2.0, "c", 3.0, "d", 2.0, "e", 3.0, "f", 1.0, "h", 1.0));
        assertThat(participantValues(cells, "E1|", "degree|"))
                .isEqualTo(Map.of("a", 2.0, "b", 2.0, "c", 2.0, "d", 2.0));
        assertThat(participantValues(cells, "E2|", "degree|")).isEqualTo(Map.of("e", 2.0, "f", 1.0, "h", 1.0));

        // Components {a, b, c, d, e, f, h} and {g}.
        assertValue(cells, "||components", 2);
        assertValue(cells, "||largest_component_share", 7 / 8.0);
        assertValue(cells, "E1||components", 1);
        assertValue(cells, "E1||largest_component_share", 1);
        assertValue(cells, "E2||components", 2);
        assertValue(cells, "E2||largest_component_share", 3 / 4.0);

        // Betweenness of the programme graph, over the 21 pairs of the big component, shortest paths by hand:
        //   a-d: a-b-d and a-c-d (b, c get 1/2 each);  b-c: b-a-c and b-d-c (a, d get 1/2 each);
        //   b-e, b-f, b-h: via a or d (1/2 each), then c (1), and e (1) for f and h;
        //   a-e, d-e: via c;  a-f, a-h, d-f, d-h: via c and e;  c-f, c-h, f-h: via e;  the other 7 pairs are edges.
        //   a: 4 × 1/2 = 2;  b: 1/2;  d: 2;  c: 1/2 + 3 + 3 + 3 = 9.5;  e: 4 + 4 + 1 = 9 (total 23 = Σ(d−1) over
        // pairs).
        // Normalised by the (N−1)(N−2)/2 = 21 pairs of other nodes.
        assertThat(participantValues(cells, "|", "betweenness|"))
                .isEqualTo(Map.of(
                        "a", 2 / 21.0, "b", 0.5 / 21, "c", 9.5 / 21, "d", 2 / 21.0, "e", 9 / 21.0, "f", 0.0, "h", 0.0));
        assertThat(cells.get("||betweenness|c").<Double>getAs("numerator")).isEqualTo(9.5);
        assertThat(cells.get("||betweenness|c").<Double>getAs("denominator")).isEqualTo(21.0);
        // E1, the square: each node lies on one of the two shortest paths between its two neighbours: 1/2 of 3 pairs.
        assertThat(participantValues(cells, "E1|", "betweenness|"))
                .isEqualTo(Map.of("a", 0.5 / 3, "b", 0.5 / 3, "c", 0.5 / 3, "d", 0.5 / 3));
        // E2: e lies on the only path f-e-h.
        assertThat(participantValues(cells, "E2|", "betweenness|")).isEqualTo(Map.of("e", 1 / 3.0, "f", 0.0, "h", 0.0));
        assertThat(cells).doesNotContainKeys("||degree|g", "||betweenness|g", "E1||degree|k", "||degree|i");
    }

    @Test
    void brokerageRolesByDeskAndByEdition() {
        Map<String, Row> cells = programmeCells();

        // Open two-paths of the programme graph (broker in the middle), each counted in both directions:
        //   b-a-c (D1 D1 D2): b→a→c representative, c→a→b gatekeeper   | editions E1 E1 E1: coordinator ×2
        //   a-b-d (D1 D1 D1): coordinator ×2                            | E1: coordinator ×2
        //   b-d-c (D1 D1 D2): representative + gatekeeper               | E1: coordinator ×2
        //   a-c-d, a-c-e, d-c-e (D1 D2 D1): consultant ×2 each          | a-c-d coordinator ×2; a-c-e, d-c-e (E1 E1
        // E2):
        //                                                                  representative + gatekeeper each
        //   c-e-f (D2 D1 D3): liaison ×2                                 | c-e-f, c-e-h (E1 E2 E2): gatekeeper +
        // representative
        //   c-e-h (D2 D1 D1): gatekeeper + representative                | f-e-h (E2 E2 E2): coordinator ×2
        //   f-e-h (D3 D1 D1): gatekeeper + representative
        assertRoles(cells, "||brokerage|desk|", 2, 4, 4, 6, 2);
        assertRoles(cells, "||brokerage|edition|", 10, 4, 4, 0, 0);
        assertThat(participantValues(cells, "|", "brokerage_total|"))
                .isEqualTo(Map.of("a", 2.0, "b", 2.0, "c", 6.0, "d", 2.0, "e", 6.0, "f", 0.0, "h", 0.0));
        // E1: b-a-c and b-d-c representative + gatekeeper, a-b-d coordinator ×2, a-c-d consultant ×2; all of E1.
        assertRoles(cells, "E1||brokerage|desk|", 2, 2, 2, 2, 0);
        assertRoles(cells, "E1||brokerage|edition|", 8, 0, 0, 0, 0);
        // E2: f-e-h (D3 D1 D1).
        assertRoles(cells, "E2||brokerage|desk|", 0, 1, 1, 0, 0);
        assertRoles(cells, "E2||brokerage|edition|", 2, 0, 0, 0, 0);
    }

    @Test
    void aGraphAboveTheBoundKeepsItsCountsAndHasNoStructure() {
        Map<String, Row> cells = cells(NetworkCounts.compute(enrolments(), responses(), 5, new GraphBound(5, 100)));

        assertValue(cells, "||participants", 8);
        assertValue(cells, "||degree|c", 3);
        for (String key : new String[] {
            "||components",
            "||largest_component_share",
            "||betweenness|c",
            "||brokerage_total|e",
            "||brokerage|desk|liaison",
            "||brokerage|edition|coordinator"
        }) {
            Row row = cells.get(key);
            assertThat(row).as(key).isNotNull();
            assertThat(row.<Object>getAs("value")).as(key).isNull();
            assertThat(row.<String>getAs("status")).as(key).isEqualTo("not_computable");
            assertThat(row.<String>getAs("note"))
                    .as(key)
                    .contains("8 nodes and 7 edges", "bound of 5 nodes or 100 edges");
        }
        assertThat(cells).doesNotContainKey("||betweenness|g");
        assertValue(cells, "E1||components", 1);
        assertValue(cells, "E2||betweenness|e", 1 / 3.0);
    }

    @Test
    void theBoundComesFromTheSparkSettingsOrTheDefault() {
        assertThat(GraphBound.of(spark)).isEqualTo(new GraphBound(2_000, 20_000));
        spark.conf().set(GraphBound.MAX_NODES_SETTING, "5");
        spark.conf().set(GraphBound.MAX_EDGES_SETTING, "100");
        try {
            assertThat(GraphBound.of(spark)).isEqualTo(new GraphBound(5, 100));
        } finally {
            spark.conf().unset(GraphBound.MAX_NODES_SETTING);
            spark.conf().unset(GraphBound.MAX_EDGES_SETTING);
        }
        assertThat(new GraphBound(5, 100).admits(5, 100)).isTrue();
        assertThat(new GraphBound(5, 100).admits(6, 0)).isFalse();
        assertThat(new GraphBound(5, 100).admits(2, 101)).isFalse();
    }

    @Test
    void tinyProgrammeCounts() {
        Map<String, Row> cells =
                cells(NetworkCounts.compute(TinyFixtures.enrolments(spark), TinyFixtures.responses(spark), 5));

        assertValue(cells, "E1||participants", 4);
        assertValue(cells, "E1||ties", 2);
        assertValue(cells, "E1||density", 2 * 2 / (4.0 * 3));
        assertValue(cells, "E1||mean_degree", 1);
        assertValue(cells, "E1||share_with_tie", 0.75);
        assertValue(cells, "E1||ties_across_editions", 1);
        assertValue(cells, "E2||participants", 1);
        assertValue(cells, "E2||ties", 0);
        Row density = cells.get("E2||density");
        assertThat(density.<Object>getAs("value")).isNull();
        assertThat(density.<String>getAs("status")).isEqualTo("not_computable");
        assertThat(density.<String>getAs("note")).isEqualTo("denominator is zero");
        assertValue(cells, "E2||components", 1);
        assertValue(cells, "||ties", 3);
        assertValue(cells, "||ties_across_editions", 1);
    }

    private static void assertRoles(
            Map<String, Row> cells,
            String prefix,
            int coordinator,
            int gatekeeper,
            int representative,
            int consultant,
            int liaison) {
        assertValue(cells, prefix + "coordinator", coordinator);
        assertValue(cells, prefix + "gatekeeper", gatekeeper);
        assertValue(cells, prefix + "representative", representative);
        assertValue(cells, prefix + "consultant", consultant);
        assertValue(cells, prefix + "liaison", liaison);
    }

    /** The values of the rows {@code <edition>|<wave>|<prefix><participant>} by participant. */
    private static Map<String, Double> participantValues(Map<String, Row> cells, String editionAndWave, String prefix) {
        String start = editionAndWave + "|" + prefix;
        return cells.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(start))
                .collect(Collectors.toMap(
                        entry -> entry.getKey().substring(start.length()),
                        entry -> entry.getValue().<Double>getAs("value")));
    }

    private static void assertValue(Map<String, Row> cells, String key, double expected) {
        Row row = cells.get(key);
        assertThat(row).as(key).isNotNull();
        assertThat(row.<Double>getAs("value")).as(key).isCloseTo(expected, within(1e-12));
    }
}
