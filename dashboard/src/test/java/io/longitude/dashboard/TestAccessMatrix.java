package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint against every role, signed in through the login form: the status each one gets. Users of another
 * programme ("elsewhere-...") get 404 for every id of the demo programme their role could otherwise open, so swapping
 * an id in a URL reveals nothing, not even that the id exists.
 */
class TestAccessMatrix {
    /** Signed out: pages redirect to the login page, the API answers 401. */
    private static final int LOGIN = 302;
    /** The body of every POST: a query any analyst may run. */
    private static final String QUERY = "{\"sql\": \"SELECT 1 AS one\"}";

    private static final List<String> ROLES = List.of("manager", "funder", "analyst", "admin");

    /**
     * One endpoint: method and path, whether its object is scoped to a programme, then the status for anonymous,
     * manager, funder, analyst and admin.
     */
    private record Endpoint(
            String method,
            String path,
            boolean scoped,
            int anonymous,
            int manager,
            int funder,
            int analyst,
            int admin) {
        int expected(String role) {
            return switch (role) {
                case "manager" -> manager;
                case "funder" -> funder;
                case "analyst" -> analyst;
                case "admin" -> admin;
                default -> anonymous;
            };
        }

        /** The same role over another programme: 404 where the role could open the demo programme's object. */
        int expectedElsewhere(String role) {
            int inScope = expected(role);
            return scoped && inScope == 200 ? 404 : inScope;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/", false, LOGIN, 200, 200, 200, 200),
            new Endpoint("GET", "/glossary", false, LOGIN, 200, 200, 200, 200),
            new Endpoint("GET", "/methods/intervals", false, LOGIN, 200, 200, 200, 200),
            new Endpoint("GET", "/editions/E01/follow-up", true, LOGIN, 200, 403, 403, 200),
            new Endpoint("GET", "/editions/E01/sessions", true, LOGIN, 200, 403, 200, 200),
            new Endpoint("GET", "/methods/intervals/m2-response-rate.svg", false, LOGIN, 200, 200, 200, 200),
            new Endpoint("GET", "/methods/intervals/no-such-estimator.svg", false, LOGIN, 404, 404, 404, 404),
            new Endpoint("GET", "/account", false, LOGIN, 200, 200, 200, 200),
            new Endpoint("GET", "/login", false, 200, 200, 200, 200, 200),
            // The public pages: a published edition (the demo publishes E01) opens for all, any other is 404 for all.
            new Endpoint("GET", "/public", false, 200, 200, 200, 200, 200),
            new Endpoint("GET", "/public/editions/E01", false, 200, 200, 200, 200, 200),
            new Endpoint("GET", "/public/editions/E01/card.png", false, 200, 200, 200, 200, 200),
            new Endpoint("GET", "/public/editions/E01/headline.svg", false, 200, 200, 200, 200, 200),
            new Endpoint("GET", "/public/feed.atom", false, 200, 200, 200, 200, 200),
            new Endpoint("GET", "/public/editions/E03", false, 404, 404, 404, 404, 404),
            new Endpoint("GET", "/public/editions/E03/card.png", false, 404, 404, 404, 404, 404),
            new Endpoint("GET", "/public/no/such/page", false, 404, 404, 404, 404, 404),
            new Endpoint("GET", "/longitude.css", false, 200, 200, 200, 200, 200),
            new Endpoint("GET", "/editions/E01", true, LOGIN, 200, 403, 200, 200),
            new Endpoint("GET", "/editions/E99", false, LOGIN, 404, 403, 404, 404),
            new Endpoint("GET", "/editions/compared", false, LOGIN, 200, 403, 200, 200),
            new Endpoint("GET", "/charts/E01/funnel.png", true, LOGIN, 200, 403, 200, 200),
            new Endpoint("GET", "/charts/E02/response-rate.svg", true, LOGIN, 200, 403, 200, 200),
            new Endpoint(
                    "GET",
                    "/editions/compared/charts/brussels-sd-pilot/integrated.png",
                    true,
                    LOGIN,
                    200,
                    403,
                    200,
                    200),
            new Endpoint("GET", "/editions/E01/network", true, LOGIN, 200, 403, 200, 200),
            new Endpoint("GET", "/editions/E99/network", false, LOGIN, 404, 403, 404, 404),
            new Endpoint("GET", "/charts/E01/network-map.svg", true, LOGIN, 200, 403, 200, 200),
            new Endpoint("GET", "/charts/E02/network-map.png?colour=desk", true, LOGIN, 200, 403, 200, 200),
            new Endpoint("GET", "/editions/E01/trajectories", true, LOGIN, 200, 403, 200, 200),
            new Endpoint("GET", "/charts/E03/trajectory-flows.png", true, LOGIN, 200, 403, 200, 200),
            new Endpoint("GET", "/programmes/brussels-sd-pilot/quality", true, LOGIN, 200, 403, 200, 200),
            new Endpoint("GET", "/programmes/no-such-programme/quality", false, LOGIN, 404, 403, 404, 404),
            new Endpoint("GET", "/upload", false, LOGIN, 200, 403, 403, 200),
            new Endpoint("GET", "/upload/no-such-job", false, LOGIN, 404, 403, 403, 404),
            new Endpoint("GET", "/upload/check/no-such-check", false, LOGIN, 404, 403, 403, 404),
            new Endpoint("GET", "/api/editions", false, 401, 200, 403, 200, 200),
            new Endpoint("GET", "/api/editions/E01/metrics", true, 401, 200, 403, 200, 200),
            new Endpoint("GET", "/api/editions/E99/metrics", false, 401, 404, 403, 404, 404),
            new Endpoint("GET", "/portfolio", false, LOGIN, 200, 200, 403, 200),
            new Endpoint("GET", "/reports/brussels-sd-pilot", true, LOGIN, 200, 200, 403, 200),
            new Endpoint("GET", "/reports/brussels-sd-pilot.pdf", true, LOGIN, 200, 200, 403, 200),
            new Endpoint("GET", "/reports/brussels-sd-pilot.csv", true, LOGIN, 200, 200, 403, 200),
            new Endpoint("GET", "/reports/brussels-sd-pilot/charts/funnel.svg", true, LOGIN, 200, 200, 403, 200),
            new Endpoint("GET", "/reports/no-such-programme", false, LOGIN, 404, 404, 403, 404),
            new Endpoint("GET", "/admin/audit", false, LOGIN, 403, 403, 403, 200),
            new Endpoint("GET", "/api-docs", false, LOGIN, 403, 403, 200, 200),
            new Endpoint("GET", "/v3/api-docs", false, 401, 403, 403, 200, 200),
            new Endpoint("GET", "/v3/api-docs.yaml", false, 401, 403, 403, 200, 200),
            new Endpoint("GET", "/sql", false, LOGIN, 403, 403, 200, 200),
            new Endpoint("POST", "/api/sql", false, 401, 403, 403, 200, 200),
            new Endpoint("POST", "/api/sql/csv", false, 401, 403, 403, 200, 200),
            new Endpoint("POST", "/api/sql/parquet", false, 401, 403, 403, 200, 200),
            new Endpoint("POST", "/api/sql/no-such-query/cancel", false, 401, 403, 403, 404, 404),
            new Endpoint("GET", "/api/sql/schema", false, 401, 403, 403, 200, 200),
            new Endpoint("GET", "/api/sql/history", false, 401, 403, 403, 200, 200),
            new Endpoint("GET", "/api/sql/saved", false, 401, 403, 403, 200, 200),
            new Endpoint("GET", "/api/sql/export/brussels-sd-pilot", true, 401, 403, 403, 200, 200),
            new Endpoint("GET", "/admin/audit.csv", false, LOGIN, 403, 403, 403, 200),
            new Endpoint("GET", "/no/such/page", false, LOGIN, 403, 403, 403, 403),
            new Endpoint("GET", "/api/no/such/endpoint", false, 401, 403, 403, 403, 403));

    static DemoServer server;
    static final Map<String, WebUser> USERS = new LinkedHashMap<>();

    @BeforeAll
    static void signIn() {
        server = DemoServer.get();
        USERS.put("anonymous", WebUser.anonymous(server.url));
        for (String role : ROLES) {
            USERS.put(role, server.signIn(role));
            if (!role.equals("admin")) {
                USERS.put("elsewhere-" + role, server.signIn("elsewhere-" + role));
            }
        }
    }

    @Test
    void everyRoleGetsExactlyTheStatusOfTheMatrix() {
        List<String> leaks = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (Map.Entry<String, WebUser> user : USERS.entrySet()) {
                String name = user.getKey();
                int expected = name.startsWith("elsewhere-")
                        ? endpoint.expectedElsewhere(name.substring("elsewhere-".length()))
                        : endpoint.expected(name);
                int actual = endpoint.method().equals("POST")
                        ? user.getValue().postJson(endpoint.path(), QUERY).statusCode()
                        : user.getValue().get(endpoint.path()).statusCode();
                if (actual != expected) {
                    leaks.add(endpoint.method() + " " + endpoint.path() + " as " + name + ": expected " + expected
                            + ", got " + actual);
                }
            }
        }
        assertThat(leaks).as("endpoints whose status differs from the matrix").isEmpty();
    }

    @Test
    void signedOutPagesRedirectToTheLoginPage() {
        HttpResponse<String> response = USERS.get("anonymous").get("/editions/E01");

        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void outsidersSeeNoneOfTheDemoProgrammeInListings() {
        for (String role : List.of("manager", "analyst")) {
            WebUser outsider = USERS.get("elsewhere-" + role);
            assertThat(outsider.get("/").body()).doesNotContain("brussels-sd-pilot", "/editions/E01");
            // Their own programme's editions, and only those.
            assertThat(outsider.get("/api/editions").body())
                    .contains("\"P01\"", "\"P02\"")
                    .doesNotContain("\"E01\"", "brussels-sd-pilot");
            assertThat(outsider.get("/editions/compared").body()).doesNotContain("brussels-sd-pilot", ">E01<");
        }
        assertThat(USERS.get("elsewhere-funder").get("/").body()).doesNotContain("brussels-sd-pilot");
        assertThat(USERS.get("elsewhere-funder").get("/portfolio").body())
                .contains(DemoServer.OTHER_PROGRAMME)
                .doesNotContain("brussels-sd-pilot");
    }

    /**
     * The demo's two programmes: the second programme's objects exist (its own users open them), and the first
     * programme's users get 404 for each of them, in pages, JSON, charts, reports and summaries, as for an id that does
     * not exist.
     */
    @Test
    void eachProgrammesUsersSeeNothingOfTheOther() {
        String other = DemoServer.OTHER_PROGRAMME;
        List<String> objects = List.of(
                "/editions/P01",
                "/editions/P01/network",
                "/editions/P01/trajectories",
                "/editions/P01/sessions",
                "/charts/P01/funnel.png",
                "/charts/P02/response-rate.svg",
                "/api/editions/P01/metrics",
                "/programmes/" + other + "/quality");
        List<String> leaks = new ArrayList<>();
        for (String path : objects) {
            expect(leaks, "elsewhere-manager", path, 200);
            expect(leaks, "elsewhere-analyst", path, 200);
            expect(leaks, "manager", path, 404);
            expect(leaks, "analyst", path, 404);
        }
        for (String path : List.of("/reports/" + other, "/reports/" + other + ".pdf", "/reports/" + other + ".csv")) {
            expect(leaks, "elsewhere-funder", path, 200);
            expect(leaks, "elsewhere-manager", path, 200);
            expect(leaks, "manager", path, 404);
        }
        expect(leaks, "elsewhere-manager", "/editions/P01/follow-up", 200);
        expect(leaks, "manager", "/editions/P01/follow-up", 404);
        assertThat(leaks).isEmpty();
        assertThat(USERS.get("manager").get("/").body()).doesNotContain(other, "/editions/P01");
        assertThat(USERS.get("manager").get("/portfolio").body()).doesNotContain(other);
        assertThat(USERS.get("funder").get("/portfolio").body())
                .as("the demo's funder funds both programmes")
                .contains(other, "brussels-sd-pilot");
    }

    @Test
    void analystsQueryOnlyTheRowsOfTheirProgrammes() {
        String pilot = "{\"sql\": \"SELECT count(*) AS n FROM responses WHERE edition_id LIKE 'E%'\"}";
        String second = "{\"sql\": \"SELECT count(*) AS n FROM responses WHERE edition_id LIKE 'P%'\"}";

        assertThat(USERS.get("analyst").postJson("/api/sql", pilot).body())
                .containsPattern("\"rows\":\\[\\[[1-9][0-9]*\\]\\]");
        assertThat(USERS.get("analyst").postJson("/api/sql", second).body()).contains("\"rows\":[[0]]");
        assertThat(USERS.get("elsewhere-analyst").postJson("/api/sql", second).body())
                .containsPattern("\"rows\":\\[\\[[1-9][0-9]*\\]\\]");
        assertThat(USERS.get("elsewhere-analyst").postJson("/api/sql", pilot).body())
                .contains("\"rows\":[[0]]");
    }

    private static void expect(List<String> leaks, String user, String path, int status) {
        int actual = USERS.get(user).get(path).statusCode();
        if (actual != status) {
            leaks.add(path + " as " + user + ": expected " + status + ", got " + actual);
        }
    }
}
