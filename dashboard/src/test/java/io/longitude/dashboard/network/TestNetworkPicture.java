package io.longitude.dashboard.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.longitude.analytics.collaboration.GraphBound;
import io.longitude.core.metrics.MetricValue;
import io.longitude.dashboard.DemoAccess;
import io.longitude.dashboard.access.Role;
import io.longitude.dashboard.access.Viewer;
import io.longitude.dashboard.editions.EditionSummary;
import io.longitude.dashboard.editions.MetricStore;
import io.longitude.dashboard.system.NotFoundException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

/** The network picture of the demo programme's editions, checked against the lake and the metric table. */
class TestNetworkPicture {
    private static final Viewer MANAGER = new Viewer("manager", Role.MANAGER, List.of("*"));

    private final MetricStore store = DemoAccess.context().getBean(MetricStore.class);
    private final NetworkReader reader = DemoAccess.context().getBean(NetworkReader.class);
    private final NetworkController controller = DemoAccess.context().getBean(NetworkController.class);

    @Test
    void nodesAndTiesOfTheSvgAreThoseOfTheLakeAndOfM11() {
        // The demo's two programmes: three editions of the pilot, two of the second programme.
        assertThat(store.editions()).hasSize(5);
        for (EditionSummary edition : store.editions()) {
            EditionNetwork network = reader.network(edition);
            String svg = Pictures.svg(controller.picture(edition.editionId(), "edition", MANAGER, Locale.ENGLISH));

            assertThat(count(svg, "id='node-")).as(edition.editionId()).isEqualTo(network.nodes());
            assertThat(count(svg, "id='tie-")).as(edition.editionId()).isEqualTo(network.ties());
            assertThat(network.members()).isEqualTo(m11(edition, "participants"));
            assertThat(network.tiesWithin()).isEqualTo(m11(edition, "ties")).isPositive();
            assertThat(network.tiesAcross()).isEqualTo(m11(edition, "ties_across_editions"));
            assertThat(network.ties()).isEqualTo(lakePairs(edition));
            assertThat(network.kinds().values().stream()
                            .mapToLong(Long::longValue)
                            .sum())
                    .isEqualTo(network.ties());
        }
    }

    @Test
    void thePictureIsTheSameOnEveryRequest() {
        EditionSummary edition = store.editions().get(1);
        NetworkGraph graph = reader.network(edition).graph().orElseThrow();
        assertThat(NetworkLayout.of(graph)).isEqualTo(NetworkLayout.of(graph));
        assertThat(Pictures.svg(controller.picture(edition.editionId(), "desk", MANAGER, Locale.ENGLISH)))
                .isEqualTo(Pictures.svg(controller.picture(edition.editionId(), "desk", MANAGER, Locale.ENGLISH)));
    }

    @Test
    void thePngHasTheSizeOfTheSvg() throws IOException {
        NetworkPicture picture =
                controller.picture(store.editions().get(0).editionId(), "edition", MANAGER, Locale.ENGLISH);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Pictures.png(picture)));
        assertThat(image.getWidth()).isEqualTo(picture.width());
        assertThat(image.getHeight()).isEqualTo(picture.height());
        assertThat(Pictures.svg(picture)).contains("width='" + picture.width() + "'");
    }

    @Test
    void thePictureShowsNoParticipantKey() {
        List<String> keys = DemoAccess.spark()
                .read()
                .format("delta")
                .load(DemoAccess.lake() + "/enrolments")
                .select("participant_key")
                .distinct()
                .collectAsList()
                .stream()
                .map(row -> row.getString(0))
                .toList();
        for (EditionSummary edition : store.editions()) {
            for (String colour : List.of("edition", "desk")) {
                String svg = Pictures.svg(controller.picture(edition.editionId(), colour, MANAGER, Locale.ENGLISH));
                assertThat(keys).noneMatch(key -> svg.contains(key) || svg.contains(key.substring(0, 12)));
            }
        }
    }

    @Test
    void legendCountsEveryGroupOfTheColouring() {
        EditionSummary edition = store.editions().get(2);
        NetworkGraph graph = reader.network(edition).graph().orElseThrow();
        String svg = Pictures.svg(controller.picture(edition.editionId(), "edition", MANAGER, Locale.ENGLISH));
        graph.nodes().stream()
                .map(NetworkGraph.Node::edition)
                .distinct()
                .forEach(name -> assertThat(svg).contains(name + " ("));
        String byDesk = Pictures.svg(controller.picture(edition.editionId(), "desk", MANAGER, Locale.ENGLISH));
        graph.nodes().stream()
                .map(NetworkGraph.Node::desk)
                .filter(desk -> !desk.isEmpty())
                .distinct()
                .forEach(desk -> assertThat(byDesk).contains(desk + " ("));
    }

    @Test
    void anEditionOutsideTheViewersScopeIsNotFound() {
        Viewer elsewhere = new Viewer("other-manager", Role.MANAGER, List.of("another-programme"));
        String editionId = store.editions().get(0).editionId();
        assertThatThrownBy(
                        () -> controller.page(editionId, "edition", elsewhere, new ExtendedModelMap(), Locale.ENGLISH))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> controller.picture(editionId, "edition", elsewhere, Locale.ENGLISH))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aNetworkAboveTheBoundIsCountedNotDrawn() {
        EditionNetwork large = new EditionNetwork(
                2_400, 10, 9_000, 20, java.util.Map.of("referral", 9_020L), java.util.Optional.empty());
        String svg = Pictures.svg(new NetworkPicture(
                large, new NetworkLayout(List.of(), List.of()), Colouring.EDITION, "title", key -> key));
        assertThat(GraphBound.DEFAULT.admits(2_410, 9_020)).isFalse();
        assertThat(svg).contains("network-map.too-large").doesNotContain("id='node-");
    }

    @Test
    void theLayoutOfTheLargestDrawnNetworkTakesSeconds() {
        List<NetworkGraph.Node> nodes = new ArrayList<>();
        List<NetworkGraph.Tie> ties = new ArrayList<>();
        java.util.Random random = new java.util.Random(1);
        for (int i = 1; i <= GraphBound.DEFAULT_MAX_NODES; i++) {
            nodes.add(new NetworkGraph.Node(i, "E0" + (i % 3), "desk-" + (i % 5), true));
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        while (ties.size() < 3 * GraphBound.DEFAULT_MAX_NODES) {
            int a = 1 + random.nextInt((int) GraphBound.DEFAULT_MAX_NODES);
            int b = 1 + random.nextInt((int) GraphBound.DEFAULT_MAX_NODES);
            if (a < b && seen.add(a * 10_000L + b)) {
                ties.add(new NetworkGraph.Tie(a, b, "referral", false));
            }
        }
        NetworkGraph graph = new NetworkGraph("E01", nodes, ties);
        long start = System.nanoTime();
        NetworkLayout layout = NetworkLayout.of(graph);
        long layoutMillis = (System.nanoTime() - start) / 1_000_000;
        EditionNetwork network = new EditionNetwork(
                graph.members(), 0, graph.tiesWithin(), 0, graph.tiesByKind(), java.util.Optional.of(graph));
        start = System.nanoTime();
        String svg = Pictures.svg(new NetworkPicture(network, layout, Colouring.DESK, "title", key -> key));
        byte[] png = Pictures.png(new NetworkPicture(network, layout, Colouring.DESK, "title", key -> key));
        long drawMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "Network of %d nodes and %d ties: layout %d ms, SVG (%d kB) and PNG (%d kB) %d ms%n",
                nodes.size(), ties.size(), layoutMillis, svg.length() / 1024, png.length / 1024, drawMillis);
        assertThat(layoutMillis).isLessThan(60_000);
        assertThat(count(svg, "id='node-")).isEqualTo(GraphBound.DEFAULT_MAX_NODES);
    }

    private long m11(EditionSummary edition, String groupKey) {
        MetricValue row = store.metrics(edition.editionId()).stream()
                .filter(metric ->
                        metric.metricId().equals("M11") && metric.key().text().equals(groupKey))
                .findFirst()
                .orElseThrow();
        return Math.round(row.value());
    }

    /** Distinct pairs with at least one end an enrolled candidate of the edition and both ends candidates of the programme. */
    private static long lakePairs(EditionSummary edition) {
        DemoAccess.spark()
                .read()
                .format("delta")
                .load(DemoAccess.lake() + "/enrolments")
                .createOrReplaceTempView("network_enrolments");
        DemoAccess.spark()
                .read()
                .format("delta")
                .load(DemoAccess.lake() + "/responses")
                .createOrReplaceTempView("network_responses");
        Row row = DemoAccess.spark()
                .sql("""
                WITH candidates AS (SELECT DISTINCT edition_id, participant_key FROM network_enrolments
                                    WHERE programme_id = '%1$s' AND role = 'candidate' AND status <> 'referred'),
                     named AS (SELECT participant_key AS r, tie.participant_key AS t
                               FROM network_responses LATERAL VIEW explode(ties) AS tie WHERE programme_id = '%1$s'),
                     pairs AS (SELECT DISTINCT least(r, t) AS a, greatest(r, t) AS b FROM named WHERE t IS NOT NULL AND r <> t)
                SELECT count(*) FROM pairs
                WHERE a IN (SELECT participant_key FROM candidates) AND b IN (SELECT participant_key FROM candidates)
                  AND (a IN (SELECT participant_key FROM candidates WHERE edition_id = '%2$s')
                       OR b IN (SELECT participant_key FROM candidates WHERE edition_id = '%2$s'))
                """.formatted(edition.programmeId(), edition.editionId()))
                .first();
        return row.getLong(0);
    }

    private static long count(String text, String fragment) {
        Matcher matcher = Pattern.compile(Pattern.quote(fragment)).matcher(text);
        long count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
