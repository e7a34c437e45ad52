package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI description of the JSON API and the /api-docs page: for analysts and admins, HTTP Basic documented. */
class TestApiDocs {
    static DemoServer server;

    @BeforeAll
    static void start() {
        server = DemoServer.get();
    }

    @Test
    void descriptionListsTheApiAndItsSecurityScheme() {
        HttpResponse<String> description = server.signIn("analyst").get("/v3/api-docs");

        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.body())
                .contains(
                        "\"/api/editions\"",
                        "\"/api/editions/{editionId}/metrics\"",
                        "\"editionId\"",
                        "\"securitySchemes\"",
                        "\"scheme\":\"basic\"",
                        "\"type\":\"http\"",
                        "\"scheme\":\"bearer\"");
        assertThat(description.body())
                .as("only the JSON API, and no Viewer parameter")
                .doesNotContain("\"/upload\"", "\"/admin/audit\"", "\"viewer\"");
    }

    @Test
    void scriptsReadTheDescriptionWithHttpBasic() {
        String credentials = Base64.getEncoder()
                .encodeToString(("admin:" + server.passwords.get("admin")).getBytes(StandardCharsets.UTF_8));
        WebUser script = WebUser.anonymous(server.url);

        HttpResponse<String> yaml = script.send(
                script.request("/v3/api-docs.yaml")
                        .header("Authorization", "Basic " + credentials)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).contains("openapi:", "/api/editions/{editionId}/metrics:");
        assertThat(script.get("/v3/api-docs").statusCode()).as("no credentials").isEqualTo(401);
        assertThat(script.get("/v3/api-docs.yaml").statusCode())
                .as("no credentials")
                .isEqualTo(401);
    }

    /**
     * Every text the API page shows of an operation (summary, description, each parameter and response) has its Dutch
     * and French message, {@code api.op.<operationId>.…}; the OpenAPI description itself stays in English.
     */
    @Test
    void everyOperationTextHasItsDutchAndFrenchMessage() throws Exception {
        com.fasterxml.jackson.databind.JsonNode paths = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(server.signIn("analyst").get("/v3/api-docs").body())
                .get("paths");
        List<String> keys = new java.util.ArrayList<>();
        paths.properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    com.fasterxml.jackson.databind.JsonNode operation = method.getValue();
                    String prefix = "api.op." + operation.get("operationId").asText() + ".";
                    keys.add(prefix + "summary");
                    if (operation.has("description")) {
                        keys.add(prefix + "description");
                    }
                    operation.path("parameters").forEach(parameter -> {
                        keys.add(prefix + "parameter." + parameter.get("name").asText());
                        keys.add("apidocs.in." + parameter.get("in").asText());
                    });
                    operation
                            .path("responses")
                            .fieldNames()
                            .forEachRemaining(status -> keys.add(prefix + "response." + status));
                }));

        assertThat(keys).hasSizeGreaterThan(50);
        for (String language : List.of("nl", "fr")) {
            java.util.Properties messages = new java.util.Properties();
            try (var in = TestApiDocs.class.getResourceAsStream("/messages_" + language + ".properties")) {
                messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(keys.stream().filter(key -> !messages.containsKey(key)).distinct())
                    .as("operation texts without a %s message", language)
                    .isEmpty();
        }
        HttpResponse<String> dutch = server.signIn("analyst").get("/api-docs?lang=nl");
        assertThat(dutch.body())
                .contains("Elke indicatorrij van een editie", "id van de editie, zoals /api/editions ze opsomt", "pad")
                .doesNotContain("Every metric row of an edition");
    }

    @Test
    void managersAndFundersCannotReadIt() {
        for (String role : List.of("manager", "funder")) {
            WebUser user = server.signIn(role);
            assertThat(user.get("/v3/api-docs").statusCode()).as(role).isEqualTo(403);
            assertThat(user.get("/v3/api-docs.yaml").statusCode()).as(role).isEqualTo(403);
            assertThat(user.get("/api-docs").statusCode()).as(role).isEqualTo(403);
        }
    }

    @Test
    void pageListsTheOperationsUnderTheStrictPolicy() {
        WebUser analyst = server.signIn("analyst");

        HttpResponse<String> page = analyst.get("/api-docs");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "/api/editions/{editionId}/metrics",
                        "Every metric row of an edition",
                        "HTTP Basic",
                        "curl -u analyst " + server.url + "/api/editions",
                        "/v3/api-docs.yaml",
                        "personal API token",
                        "Authorization: Bearer $LONGITUDE_TOKEN");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .doesNotContain("unsafe");
        assertThat(analyst.get("/api-docs", "fr").body()).contains("Description OpenAPI", "Authentification");
        assertThat(analyst.get("/api-docs", "nl").body()).contains("OpenAPI-beschrijving", "Authenticatie");
    }
}
