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
