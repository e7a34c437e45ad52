package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.longitude.core.lake.LakeUri;
import io.longitude.core.lake.MetricTables;
import io.longitude.dashboard.charts.ChartKind;
import io.longitude.dashboard.charts.EditionsComparedChart;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Generate, ingest, analyse, then read the pages, charts and API of the real server over HTTP. */
class TestEndToEnd {
    private static final Pattern CELL =
            Pattern.compile("data-key=\"([^\"]*)\">\\s*<td>[^<]*</td>\\s*<td class=\"value\"([^>]*)>");
    /** The value of a cell; Thymeleaf leaves the attribute out when the value is null (not computable). */
    private static final Pattern VALUE = Pattern.compile("data-value=\"([^\"]*)\"");

    static DemoServer server;
    static WebUser manager;

    @BeforeAll
    static void start() {
        server = DemoServer.get();
        manager = server.signIn("manager");
    }

    @Test
    void homeListsTheEditions() throws Exception {
        HttpResponse<String> home = get("/", "en");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("brussels-sd-pilot", "/editions/E01", "/editions/E02", "/editions/E03");
    }

    @Test
    void editionPageShowsEveryFamilyAndTheNumbersOfTheMetricTable() throws Exception {
        HttpResponse<String> page = get("/editions/E01", "en");

        assertThat(page.statusCode()).isEqualTo(200);
        for (String chart : List.of("funnel", "response-rate", "integration", "network")) {
            assertThat(page.body())
                    .contains("src=\"/charts/E01/" + chart + ".png\"", "href=\"/charts/E01/" + chart + ".svg\"");
        }
        for (ChartKind kind : ChartKind.values()) {
            assertThat(page.body()).contains("id=\"" + kind.slug() + "\"");
        }
        assertThat(page.body()).contains("href=\"/editions/compared\"");
        Map<String, String> shown = new HashMap<>();
        Matcher matcher = CELL.matcher(page.body());
        while (matcher.find()) {
            String key = org.springframework.web.util.HtmlUtils.htmlUnescape(matcher.group(1));
            if (key.startsWith("E01|")
                    && !key.contains("|betweenness|rank=")
                    && !key.contains("|brokerage_total|rank=")
                    && !key.endsWith("||brokers")) {
                Matcher value = VALUE.matcher(matcher.group(2));
                shown.put(key, value.find() ? value.group(1) : "");
            }
        }
        Map<String, Row> table = metricTable("E01");
        table.values()
                .removeIf(row -> row.getAs("metric_id").equals("M10")
                        || row.<String>getAs("group_key").startsWith("degree|")
                        || row.<String>getAs("group_key").startsWith("betweenness|")
                        || row.<String>getAs("group_key").startsWith("brokerage_total|"));
        assertThat(shown.keySet()).containsExactlyInAnyOrderElementsOf(table.keySet());
        for (Map.Entry<String, Row> entry : table.entrySet()) {
            Double expected = entry.getValue().getAs("value");
            String value = shown.get(entry.getKey());
            if (expected == null) {
                assertThat(value).as(entry.getKey()).isEmpty();
            } else {
                assertThat(Double.parseDouble(value)).as(entry.getKey()).isCloseTo(expected, within(1e-12));
            }
        }
        assertThat(table.keySet())
                .contains("E01|W0|response_rate", "E01|W4|level=2", "E01||all|completed", "E01||density");
    }

    /** Every chart slug answers for the demo edition, as an image saying "not available" where the family has no rows yet. */
    @Test
    void chartsComeAsPngAndSvg() throws Exception {
        for (ChartKind kind : ChartKind.values()) {
            assertImages("/charts/E01/" + kind.slug());
        }
        for (String measure : EditionsComparedChart.MEASURES) {
            assertImages("/editions/compared/charts/brussels-sd-pilot/" + measure);
        }
        assertThat(get("/charts/E01/integration.svg", "en").body()).contains("core business");
        assertThat(get("/charts/E01/integration.svg", "nl").body()).contains("kernactiviteit");
    }

    @Test
    void editionsComparedPageShowsHeadlinesOfEveryEdition() throws Exception {
        HttpResponse<String> page = get("/editions/compared", "en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "Editions compared",
                        "brussels-sd-pilot",
                        "headline-response_rate",
                        "headline-integrated",
                        ">E01<",
                        ">E02<",
                        ">E03<");
        assertThat(get("/", "en").body()).contains("href=\"/editions/compared\"");
        assertThat(get("/editions/compared", "fr-BE").body()).contains("Éditions comparées");
    }

    private static void assertImages(String path) throws Exception {
        HttpResponse<byte[]> png = manager.bytes(path + ".png");
        assertThat(png.statusCode()).as(path).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(png.body()).startsWith(0x89, 'P', 'N', 'G');
        HttpResponse<String> svg = get(path + ".svg", "en");
        assertThat(svg.statusCode()).as(path).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
        assertThat(svg.body()).contains("<svg").contains("</svg>");
    }

    @Test
    void apiReturnsEveryMetricRowOfTheEditionButThePerParticipantRowsToAManager() throws Exception {
        HttpResponse<String> editions = get("/api/editions", "en");
        assertThat(editions.statusCode()).isEqualTo(200);
        assertThat(editions.body()).contains("\"editionId\":\"E01\"", "\"editionId\":\"E03\"");

        HttpResponse<String> metrics = get("/api/editions/E02/metrics", "en");
        assertThat(metrics.statusCode()).isEqualTo(200);
        Map<String, Row> table = metricTable("E02");
        int perParticipant = (int) table.values().stream()
                .filter(row -> row.<String>getAs("group_key").matches(".*\\|[0-9a-f]{64}"))
                .count();
        assertThat(perParticipant)
                .as("the demo has per-participant network rows")
                .isPositive();
        assertThat(count(metrics.body(), "\"metricId\":")).isEqualTo(table.size() - perParticipant);
        assertThat(metrics.body()).as("no participant key for a manager").doesNotContainPattern("[0-9a-f]{64}");
        HttpResponse<String> analysts = server.signIn("analyst").get("/api/editions/E02/metrics", "en");
        assertThat(count(analysts.body(), "\"metricId\":"))
                .as("analysts get every row")
                .isEqualTo(table.size());
        Row rate = table.get("E02|W1|response_rate");
        assertThat(metrics.body()).contains("\"groupKey\":\"response_rate\"", "\"value\":" + rate.getAs("value"));
    }

    @Test
    void theDemoProgrammeHasEveryMetricOfTheCatalogue() {
        List<String> computed = server.spark
                .read()
                .format("delta")
                .load(LakeUri.table(server.metrics, MetricTables.METRIC_VALUES))
                .filter("status = 'ok'")
                .select("metric_id")
                .distinct()
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList();

        assertThat(computed)
                .containsExactlyInAnyOrderElementsOf(io.longitude.core.metrics.MetricCatalogue.ALL.stream()
                        .map(io.longitude.core.metrics.MetricDefinition::id)
                        .toList());
    }

    @Test
    void unknownEditionOrChartIsNotFound() throws Exception {
        assertThat(get("/editions/E99", "en").statusCode()).isEqualTo(404);
        assertThat(get("/api/editions/E99/metrics", "en").statusCode()).isEqualTo(404);
        assertThat(get("/charts/E01/pie.png", "en").statusCode()).isEqualTo(404);
        assertThat(get("/charts/E99/survival.svg", "en").statusCode()).isEqualTo(404);
        assertThat(get("/editions/compared/charts/nowhere/integrated.png", "en").statusCode())
                .isEqualTo(404);
    }

    @Test
    void pagesSpeakDutchFrenchAndEnglish() throws Exception {
        assertThat(get("/editions/E01", "fr-BE").body()).contains("Taux de réponse par vague", "lang=\"fr\"");
        assertThat(get("/editions/E01", "nl-BE").body()).contains("Respons per meetmoment");
        assertThat(get("/editions/E01?lang=en", "nl-BE").body()).contains("Response rate per wave");
    }

    private static Map<String, Row> metricTable(String edition) {
        Map<String, Row> rows = new HashMap<>();
        for (Row row : server.spark
                .read()
                .format("delta")
                .load(LakeUri.table(server.metrics, MetricTables.METRIC_VALUES))
                .filter("edition_id = '" + edition + "'")
                .collectAsList()) {
            rows.put(row.getAs("edition_id") + "|" + row.getAs("wave") + "|" + row.getAs("group_key"), row);
        }
        return rows;
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }

    static HttpResponse<String> get(String path, String language) {
        return manager.get(path, language);
    }
}
