package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signed-out calls of the API answer 401, the answer that tells a client to authenticate, including the POSTs that
 * the CSRF filter sees first (it used to answer 403); a signed-in session without its CSRF token is still refused 403.
 */
class TestSignedOutApi {
    static final List<String> POSTS = List.of(
            "/api/sql", "/api/sql/csv", "/api/sql/parquet", "/api/sql/0b9e7c55-0000-4000-8000-000000000000/cancel");
    static DemoServer server;

    @BeforeAll
    static void start() {
        server = DemoServer.get();
    }

    @Test
    void signedOutPostsAnswer401() {
        for (String path : POSTS) {
            assertThat(post(WebUser.anonymous(server.url), path))
                    .as("POST " + path + " without a session")
                    .isEqualTo(401);
        }
        WebUser visitor = WebUser.anonymous(server.url);
        visitor.get("/login");
        assertThat(post(visitor, "/api/sql"))
                .as("with an anonymous session's cookie")
                .isEqualTo(401);
        assertThat(WebUser.anonymous(server.url).get("/api/editions").statusCode())
                .isEqualTo(401);
    }

    @Test
    void aSignedInSessionWithoutItsCsrfTokenIsStillForbidden() {
        WebUser analyst = server.signIn("analyst");
        assertThat(post(analyst, "/api/sql")).isEqualTo(403);
        assertThat(analyst.postJson("/api/sql", "{\"sql\":\"SELECT count(*) AS n FROM editions\"}")
                        .statusCode())
                .isEqualTo(200);
    }

    private static int post(WebUser user, String path) {
        HttpRequest request = user.request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"sql\":\"SELECT 1 AS one\"}"))
                .build();
        return user.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
