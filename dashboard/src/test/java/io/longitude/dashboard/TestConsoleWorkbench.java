package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.ingest.generate.DemoProgrammeGenerator;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console as an analyst works in it, over HTTP on the real server: error kinds, the schema, history and saved
 * queries (owner-only files), charts, the OpenAPI description, and the scoped notebook export.
 */
class TestConsoleWorkbench {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PROGRAMME = DemoProgrammeGenerator.PROGRAMME_ID;
    static DemoServer server;

    @BeforeAll
    static void start() {
        server = DemoServer.get();
    }

    private static String json(String sql) {
        return JSON.writeValueAsString(java.util.Map.of("sql", sql));
    }

    @Test
    void errorsSayWhatKindTheyAreAndWhere() {
        WebUser analyst = server.signIn("analyst");

        HttpResponse<String> typo = analyst.postJson("/api/sql", json("SELECT wave FORM responses"));
        JsonNode syntax = JSON.readTree(typo.body());
        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(syntax.get("kind").asString()).isEqualTo("syntax");
        assertThat(syntax.get("line").asInt()).isEqualTo(1);
        assertThat(syntax.get("column").asInt()).isPositive();
        assertThat(syntax.get("error").asString())
                .contains("syntax error at line 1")
                .doesNotContain("Refused");

        JsonNode unknown = JSON.readTree(
                analyst.postJson("/api/sql", json("SELECT * FROM respones")).body());
        assertThat(unknown.get("kind").asString()).isEqualTo("unknown-name");
        assertThat(unknown.get("error").asString()).contains("the views you can read are", "responses", "editions");

        JsonNode refused = JSON.readTree(
                analyst.postJson("/api/sql", json("DROP TABLE responses")).body());
        assertThat(refused.get("kind").asString()).isEqualTo("refused");

        JsonNode tables =
                JSON.readTree(analyst.postJson("/api/sql", json("SHOW TABLES")).body());
        assertThat(tables.get("rows").size()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void schemaListsTheViewsWithColumnsTypesAndRowsInScope() {
        JsonNode views = JSON.readTree(
                        server.signIn("analyst").get("/api/sql/schema").body())
                .get("views");
        JsonNode elsewhere = JSON.readTree(server.signIn("elsewhere-analyst")
                        .get("/api/sql/schema")
                        .body())
                .get("views");

        List<String> names = new ArrayList<>();
        views.forEach(view -> names.add(view.get("name").asString()));
        assertThat(names).contains("editions", "enrolments", "responses", "ties", "metric_values");
        JsonNode responses = find(views, "responses");
        assertThat(responses.get("rows").asLong()).isEqualTo(responsesOf(PROGRAMME));
        assertThat(responses.get("columns").get(0).get("name").asString()).isEqualTo("participant_key");
        assertThat(responses.toString()).doesNotContain("source_submission_id", "batch_id");
        assertThat(find(elsewhere, "responses").get("rows").asLong())
                .as("another programme's analyst counts the rows of their own programme only")
                .isEqualTo(responsesOf(DemoServer.OTHER_PROGRAMME))
                .isPositive();
        assertThat(server.signIn("manager").get("/api/sql/schema").statusCode()).isEqualTo(403);
    }

    @Test
    void historyAndSavedQueriesBelongToTheirUserInOwnerOnlyFiles() throws Exception {
        WebUser analyst = server.signIn("analyst");
        String sql =
                "SELECT edition_id, count(*) AS n FROM enrolments GROUP BY edition_id -- history " + System.nanoTime();
        assertThat(analyst.postJson("/api/sql", json(sql)).statusCode()).isEqualTo(200);
        analyst.postJson("/api/sql", json("SELEC 1"));

        JsonNode history = JSON.readTree(analyst.get("/api/sql/history").body()).get("history");
        assertThat(history.get(0).get("sql").asString()).isEqualTo("SELEC 1");
        assertThat(history.get(0).get("outcome").asString()).isEqualTo("syntax");
        assertThat(history.get(1).get("sql").asString()).isEqualTo(sql);
        assertThat(history.get(1).get("outcome").asString()).isEqualTo("ok");
        assertThat(JSON.readTree(server.signIn("admin").get("/api/sql/history").body())
                        .toString())
                .doesNotContain(sql);

        HttpResponse<String> saved = analyst.postJson(
                "/api/sql/saved", JSON.writeValueAsString(java.util.Map.of("name", "per edition", "sql", sql)));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(analyst.get("/api/sql/saved").body())
                        .get("saved")
                        .get(0)
                        .get("sql")
                        .asString())
                .isEqualTo(sql);
        assertThat(analyst.postJson(
                                "/api/sql/saved", JSON.writeValueAsString(java.util.Map.of("name", " ", "sql", sql)))
                        .statusCode())
                .isEqualTo(400);
        assertThat(analyst.get("/sql").body()).contains("per edition", "history ");

        Path folder = server.folder.resolve("console");
        Path file = folder.resolve("analyst.json");
        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(file)).contains("per edition");

        HttpResponse<String> deleted = analyst.send(
                analyst.request("/api/sql/saved/per%20edition")
                        .header("X-CSRF-TOKEN", analyst.csrfToken("/"))
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(analyst.get("/api/sql/saved").body()).toString())
                .doesNotContain("per edition");
        HttpResponse<String> again = analyst.send(
                analyst.request("/api/sql/saved/per%20edition")
                        .header("X-CSRF-TOKEN", analyst.csrfToken("/"))
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(404);
    }

    @Test
    void chartDrawsTwoColumnsAsPngAndSvg() {
        WebUser analyst = server.signIn("analyst");
        String body = json("SELECT wave, count(*) AS responses FROM responses GROUP BY wave ORDER BY wave");

        HttpResponse<byte[]> png = analyst.send(
                analyst.request("/api/sql/chart?kind=bar&x=wave&y=responses&format=png")
                        .header("Content-Type", "application/json")
                        .header("X-CSRF-TOKEN", analyst.csrfToken("/"))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(png.body()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');

        HttpResponse<String> svg = analyst.send(
                analyst.request("/api/sql/chart?kind=line&x=wave&y=responses&format=svg")
                        .header("Content-Type", "application/json")
                        .header("X-CSRF-TOKEN", analyst.csrfToken("/"))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.body()).contains("<svg", ">W0<", ">wave<"); // the y label is rotated, drawn as a path

        HttpResponse<String> text = analyst.send(
                analyst.request("/api/sql/chart?kind=bar&x=responses&y=wave&format=png")
                        .header("Content-Type", "application/json")
                        .header("X-CSRF-TOKEN", analyst.csrfToken("/"))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(text.body()).get("error").asString())
                .contains("Cannot draw wave on y, it is not numeric");
    }

    @Test
    void openApiDescribesBodiesErrorsAndExamples() {
        JsonNode paths = JSON.readTree(
                        server.signIn("analyst").get("/v3/api-docs").body())
                .get("paths");

        JsonNode query = paths.get("/api/sql").get("post");
        assertThat(query.get("requestBody").get("required").asBoolean()).isTrue();
        assertThat(query.get("requestBody").toString()).contains("count per wave", "SqlRequest");
        assertThat(query.get("responses").has("400")).isTrue();
        assertThat(query.get("responses").has("409")).isTrue();
        assertThat(query.get("responses").get("400").toString()).contains("SqlError", "unknown-name", "syntax");
        assertThat(paths.has("/api/sql/schema")).isTrue();
        assertThat(paths.has("/api/sql/chart")).isTrue();
        assertThat(paths.has("/api/sql/saved")).isTrue();
        assertThat(paths.has("/api/sql/export/{programme}")).isTrue();
    }

    @Test
    void notebookExportHoldsOnlyTheProgrammesPseudonymisedViews() throws Exception {
        for (String format : List.of("parquet", "delta")) {
            HttpResponse<byte[]> zip =
                    server.signIn("analyst").bytes("/api/sql/export/" + PROGRAMME + "?format=" + format);
            assertThat(zip.statusCode()).as(format).isEqualTo(200);
            Path folder = Files.createTempDirectory("longitude-export-test");
            List<String> names = unzip(zip.body(), folder);
            Path root = folder.resolve("longitude-" + PROGRAMME);
            assertThat(names).contains("longitude-" + PROGRAMME + "/manifest.json");
            assertThat(Files.readString(root.resolve("manifest.json")))
                    .contains("\"programme\" : \"" + PROGRAMME + "\"", "\"responses\"");
            if (format.equals("delta")) {
                assertThat(names).anyMatch(name -> name.contains("/responses/_delta_log/"));
            }
            int views = 0;
            try (var list = Files.list(root)) {
                for (Path view : list.filter(Files::isDirectory).toList()) {
                    Dataset<Row> rows = format.equals("delta")
                            ? server.spark
                                    .read()
                                    .format("delta")
                                    .load(view.toUri().toString())
                            : server.spark.read().parquet(view.toUri().toString());
                    assertThat(rows.columns())
                            .as(view.toString())
                            .contains("programme_id")
                            .doesNotContain("source_submission_id", "batch_id", "key_version");
                    assertThat(rows.select("programme_id").distinct().collectAsList())
                            .as(view.toString())
                            .allSatisfy(row -> assertThat(row.getString(0)).isEqualTo(PROGRAMME));
                    views++;
                }
            }
            assertThat(views).isGreaterThanOrEqualTo(8);
        }
        assertThat(server.signIn("elsewhere-analyst")
                        .bytes("/api/sql/export/" + PROGRAMME)
                        .statusCode())
                .isEqualTo(404);
        assertThat(server.signIn("analyst")
                        .bytes("/api/sql/export/no-such-programme")
                        .statusCode())
                .isEqualTo(404);
        assertThat(server.signIn("manager")
                        .bytes("/api/sql/export/" + PROGRAMME)
                        .statusCode())
                .isEqualTo(403);
        assertThat(server.signIn("admin")
                        .bytes("/api/sql/export/" + PROGRAMME + "?format=csv")
                        .statusCode())
                .isEqualTo(400);
    }

    private static JsonNode find(JsonNode views, String name) {
        for (JsonNode view : views) {
            if (view.get("name").asString().equals(name)) {
                return view;
            }
        }
        throw new AssertionError("no view " + name + " in " + views);
    }

    private static List<String> unzip(byte[] zip, Path folder) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                Path target = folder.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(folder)).as(entry.getName()).isTrue();
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            }
        }
        return names;
    }

    /** The lake's responses of one programme, counted with Spark, not through the console. */
    private static long responsesOf(String programme) {
        return server.spark
                .read()
                .format("delta")
                .load(server.lake + "/responses")
                .where(org.apache.spark.sql.functions.col("programme_id").equalTo(programme))
                .count();
    }
}
