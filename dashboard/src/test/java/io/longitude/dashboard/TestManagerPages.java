package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.metrics.MetricValue;
import io.longitude.dashboard.editions.MetricStore;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The manager pages on the real server, signed in as the demo manager: links, numbers, pictures, languages, timings. */
class TestManagerPages {
    private static DemoServer server;
    private static WebUser manager;

    @BeforeAll
    static void signIn() {
        server = DemoServer.get();
        manager = server.signIn("manager");
    }

    @Test
    void theEditionPageLinksToTheNetworkAndTrajectoriesAndHomeToQuality() {
        assertThat(manager.get("/editions/E01").body())
                .contains("href=\"/editions/E01/network\"")
                .contains("href=\"/editions/E01/trajectories\"");
        assertThat(manager.get("/").body()).contains("href=\"/programmes/brussels-sd-pilot/quality\"");
        assertThat(server.signIn("funder").get("/").body()).doesNotContain("/quality");
    }

    @Test
    void theNetworkTableHoldsTheMetricTablesNumbers() {
        MetricStore store = server.context.getBean(MetricStore.class);
        for (String edition : List.of("E01", "E02", "E03")) {
            String page = manager.get("/editions/" + edition + "/network").body();
            for (String key : List.of("participants", "ties", "ties_across_editions", "components")) {
                MetricValue row = store.metrics(edition).stream()
                        .filter(metric -> metric.metricId().equals("M11")
                                && metric.key().text().equals(key))
                        .findFirst()
                        .orElseThrow();
                assertThat(value(page, key)).as(edition + " " + key).isEqualTo(Double.toString(row.value()));
            }
            assertThat(page).contains("src=\"/charts/" + edition + "/network-map.png?colour=edition\"");
        }
        assertThat(manager.get("/editions/E01/network?colour=desk").body()).contains("network-map.png?colour=desk");
        assertThat(manager.get("/editions/E01/network?colour=shoe-size").statusCode())
                .isEqualTo(400);
    }

    @Test
    void picturesAreServedAsSvgAndPng() {
        HttpResponse<String> svg = manager.get("/charts/E02/network-map.svg?colour=desk");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        HttpResponse<byte[]> png = manager.bytes("/charts/E02/trajectory-flows.png");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.body()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @Test
    void trajectoryCellsAreM4Counts() {
        MetricStore store = server.context.getBean(MetricStore.class);
        String page = manager.get("/editions/E02/trajectories").body();
        for (MetricValue row : store.metrics("E02").stream()
                .filter(metric -> metric.metricId().equals("M4")
                        && metric.wave().equals("W0>W1")
                        && metric.key().text().startsWith("from="))
                .toList()) {
            Matcher cell = Pattern.compile("data-pair=\"W0&gt;W1\"[\\s\\S]*?data-key=\""
                            + Pattern.quote(row.key().text()) + "\" data-value=\"(\\d+)\"")
                    .matcher(page);
            assertThat(cell.find()).as(row.key().text()).isTrue();
            assertThat(Long.parseLong(cell.group(1))).isEqualTo(Math.round(row.numerator()));
        }
    }

    @Test
    void everyPageSpeaksTheThreeLanguages() {
        for (String path : List.of(
                "/editions/E01/network", "/editions/E01/trajectories", "/programmes/brussels-sd-pilot/quality")) {
            for (String language : List.of("en", "fr", "nl")) {
                HttpResponse<String> response = manager.get(path, language);
                assertThat(response.statusCode()).as(path + " " + language).isEqualTo(200);
                assertThat(response.body()).as(path + " " + language).doesNotContain("??");
            }
        }
    }

    @Test
    void pagesAndPicturesAnswerQuickly() {
        for (String path : List.of(
                "/editions/E01/network",
                "/charts/E01/network-map.svg",
                "/charts/E01/network-map.png",
                "/editions/E01/trajectories",
                "/charts/E01/trajectory-flows.svg",
                "/charts/E01/trajectory-flows.png",
                "/programmes/brussels-sd-pilot/quality")) {
            long start = System.nanoTime();
            int status = manager.bytes(path).statusCode();
            long first = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            manager.bytes(path);
            long second = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("Timing %s: %d (first %d ms, again %d ms)%n", path, status, first, second);
            assertThat(status).isEqualTo(200);
            assertThat(second).as(path).isLessThan(5_000);
        }
    }

    private static String value(String page, String key) {
        Matcher matcher = Pattern.compile("data-key=\"" + Pattern.quote(key)
                        + "\"[^>]*>\\s*<td>[^<]*</td>\\s*<td class=\"value\" data-value=\"([^\"]*)\"")
                .matcher(page);
        return matcher.find() ? matcher.group(1) : "";
    }
}
