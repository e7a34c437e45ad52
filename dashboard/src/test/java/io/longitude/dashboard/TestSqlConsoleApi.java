package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.dashboard.audit.Audit;
import io.longitude.dashboard.audit.AuditEntry;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The SQL console over HTTP on the real server: the page, the answer's shape, refusals, the row cap, cancel and downloads. */
class TestSqlConsoleApi {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static DemoServer server;

    @BeforeAll
    static void start() {
        server = DemoServer.get();
    }

    @Test
    void pageDocumentsTheViewsAndCarriesTheCsrfToken() {
        HttpResponse<String> page = server.signIn("analyst").get("/sql");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "<meta name=\"_csrf\"",
                        "<meta name=\"_csrf_header\"",
                        "/js/sql.js",
                        "id=\"sql-run\"",
                        "id=\"sql-cancel\"",
                        "<code>responses</code>",
                        "<code>metric_values</code>",
                        "<code>ties</code>",
                        "<code>participant_key</code>",
                        "One row per follow-up questionnaire answered");
        assertThat(page.body()).doesNotContain("source_submission_id", "batch_id", "<script>");
        assertThat(server.signIn("analyst").get("/sql", "fr").body()).contains("Console SQL", "Exécuter", "Annuler");
        assertThat(server.signIn("analyst").get("/sql", "nl").body()).contains("SQL-console", "Uitvoeren", "Annuleren");
        assertThat(server.signIn("analyst").get("/js/sql.js").statusCode()).isEqualTo(200);
    }

    @Test
    void queryAnswersColumnsRowsAndFlags() {
        HttpResponse<String> response = server.signIn("analyst")
                .postJson(
                        "/api/sql",
                        json("SELECT wave, count(*) AS responses FROM responses GROUP BY wave ORDER BY wave"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("columns").get(0).get("name").asString()).isEqualTo("wave");
        assertThat(body.get("columns").get(0).get("type").asString()).isEqualTo("string");
        assertThat(body.get("columns").get(1).get("type").asString()).isEqualTo("bigint");
        assertThat(body.get("rows").size()).isEqualTo(5);
        assertThat(body.get("rows").get(0).get(0).asString()).isEqualTo("W0");
        assertThat(body.get("rows").get(0).get(1).asLong()).isPositive();
        assertThat(body.get("truncated").asBoolean()).isFalse();
        assertThat(body.get("rowCount").asInt()).isEqualTo(5);
        assertThat(body.get("elapsedMillis").asLong()).isNotNegative();
        assertThat(body.get("queryId").asString()).isNotBlank();
    }

    @Test
    void refusedQueryAnswers400WithTheReasonAndIsAuditedByHashOnly() {
        String sql = "SELECT reflect('java.lang.System', 'getenv', 'HOME')";
        HttpResponse<String> response = server.signIn("analyst").postJson("/api/sql", json(sql));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asString()).startsWith("Cannot call reflect");
        List<AuditEntry> entries = server.context.getBean(Audit.class).entries();
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("sql.refused");
            assertThat(entry.object()).startsWith("sha256:").hasSize("sha256:".length() + 64);
        });
        assertThat(entries)
                .noneMatch(entry ->
                        entry.object().contains("reflect") || entry.object().contains("SELECT"));
        assertThat(server.signIn("analyst")
                        .postJson("/api/sql", json("DELETE FROM responses"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(server.signIn("analyst")
                        .postJson("/api/sql", json("SELECT 1; SELECT 2"))
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void resultOverTheCapIsTruncated() {
        HttpResponse<String> response =
                server.signIn("analyst").postJson("/api/sql", json("SELECT id FROM range(0, 10005)"));

        JsonNode body = JSON.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.get("truncated").asBoolean()).isTrue();
        assertThat(body.get("rowCount").asInt()).isEqualTo(10_000);
        assertThat(body.get("rows").size()).isEqualTo(10_000);
    }

    @Test
    void rowsAreLimitedToTheAnalystsProgrammes() {
        // The demo programme's responses: the outsider's own programme has responses of its own.
        String sql = "SELECT count(*) FROM responses WHERE edition_id LIKE 'E%'";

        long mine = JSON.readTree(
                        server.signIn("analyst").postJson("/api/sql", json(sql)).body())
                .get("rows")
                .get(0)
                .get(0)
                .asLong();
        long elsewhere = JSON.readTree(server.signIn("elsewhere-analyst")
                        .postJson("/api/sql", json(sql))
                        .body())
                .get("rows")
                .get(0)
                .get(0)
                .asLong();
        long admin = JSON.readTree(
                        server.signIn("admin").postJson("/api/sql", json(sql)).body())
                .get("rows")
                .get(0)
                .get(0)
                .asLong();

        assertThat(mine).isPositive();
        assertThat(elsewhere).isZero();
        assertThat(admin).isEqualTo(mine);
    }

    @Test
    void postWithoutTheCsrfTokenIsForbidden() {
        WebUser analyst = server.signIn("analyst");
        HttpResponse<String> response = analyst.send(
                analyst.request("/api/sql")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json("SELECT 1")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void cancelStopsTheQueryAndLeavesNoRunningJob() throws Exception {
        WebUser analyst = server.signIn("analyst");
        String queryId = "web-cancel-0001";
        CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(() -> analyst.postJson(
                "/api/sql",
                "{\"sql\": \"SELECT sum(id % 7) FROM range(0, 1000000000000, 1, 2000)\", \"queryId\": \"" + queryId
                        + "\"}"));
        while (server.spark.sparkContext().statusTracker().getJobIdsForGroup("longitude-sql-" + queryId).length == 0) {
            Thread.sleep(100);
        }

        assertThat(server.signIn("elsewhere-analyst")
                        .postJson("/api/sql/" + queryId + "/cancel", "{}")
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> cancelled = analyst.postJson("/api/sql/" + queryId + "/cancel", "{}");
        long at = System.nanoTime();

        assertThat(cancelled.statusCode()).isEqualTo(200);
        HttpResponse<String> answer = running.get(10, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(answer.body()).get("error").asString()).contains("cancelled");
        while (server.spark.sparkContext().statusTracker().getActiveJobIds().length > 0) {
            assertThat(System.nanoTime() - at)
                    .as("time to no running Spark job")
                    .isLessThan(TimeUnit.SECONDS.toNanos(10));
            Thread.sleep(50);
        }
    }

    @Test
    void csvDownloadIsFormulaSafe() {
        WebUser analyst = server.signIn("analyst");
        String sql =
                "SELECT '=1+2' AS formula, '+cmd' AS plus, '-2+3' AS minus, '@SUM(A1)' AS at, concat(char(9), 'x') AS tab, "
                        + "concat(char(13), 'y') AS cr, -3 AS negative, 'a,b' AS comma, 'say \\\"hi\\\"' AS quoted, 'plain' AS plain";
        HttpResponse<byte[]> response = analyst.send(
                analyst.request("/api/sql/csv")
                        .header("Content-Type", "application/json")
                        .header("X-CSRF-TOKEN", analyst.csrfToken("/"))
                        .POST(HttpRequest.BodyPublishers.ofString(json(sql)))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment", ".csv");
        assertThat(response.headers().firstValue("X-Longitude-Truncated")).hasValue("false");
        String csv = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(csv)
                .isEqualTo("formula,plus,minus,at,tab,cr,negative,comma,quoted,plain\r\n"
                        + "'=1+2,'+cmd,'-2+3,'@SUM(A1),'\tx,\"'\ry\",-3,\"a,b\",\"say \"\"hi\"\"\",plain\r\n");
        assertThat(server.context.getBean(Audit.class).entries())
                .anyMatch(entry -> entry.action().equals("sql.csv") && entry.rows() == 1);
    }

    @Test
    void parquetDownloadHoldsTheRows() throws Exception {
        WebUser analyst = server.signIn("analyst");
        HttpResponse<byte[]> response = analyst.send(
                analyst.request("/api/sql/parquet")
                        .header("Content-Type", "application/json")
                        .header("X-CSRF-TOKEN", analyst.csrfToken("/"))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                json("SELECT edition_id, number, start_date FROM editions ORDER BY number")))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        byte[] bytes = response.body();
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
        Path file = Files.createTempDirectory("longitude-sql-download").resolve("result.parquet");
        Files.write(file, bytes);
        List<Row> rows = server.spark.read().parquet(file.toUri().toString()).collectAsList();
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).getString(0)).isNotBlank();
        assertThat(server.context.getBean(Audit.class).entries())
                .anyMatch(entry -> entry.action().equals("sql.parquet"));
    }

    private static String json(String sql) {
        return JSON.writeValueAsString(java.util.Map.of("sql", sql));
    }
}
