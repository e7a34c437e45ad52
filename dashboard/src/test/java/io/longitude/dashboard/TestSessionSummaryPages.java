package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.ingest.summaries.SessionSummaries;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Session summaries on the real application: a manager writes one (as an attacker would try to smuggle script into
 * it), every role that sees the edition reads it rendered and sanitised, each save is a version in the lake's table
 * with its author, and nobody but the programme's managers and admins writes.
 */
class TestSessionSummaryPages {
    private static final String SESSION = "E01-S03";
    private static final String ATTACK = "**Tip**: measure your *energy* use.\n\n"
            + "- <script>alert('x')</script>\n"
            + "- [click](javascript:alert(1))\n"
            + "- <img src=x onerror=alert(2)>\n"
            + "- [source](https://example.org/tips)\n";

    static DemoServer server;

    @BeforeAll
    static void start() {
        server = DemoServer.get();
    }

    @Test
    void aManagersSummaryIsReadRenderedAndSanitisedAndKeptAsAVersion() {
        WebUser manager = server.signIn("manager");
        HttpResponse<String> saved = manager.postForm(
                "/editions/E01/sessions/" + SESSION,
                Map.of("summary_en", ATTACK, "summary_nl", "**Tip**: meet uw energieverbruik.", "summary_fr", ""));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/editions/E01/sessions#" + SESSION);

        for (String role : List.of("manager", "analyst", "admin")) {
            String page =
                    server.signIn(role).get("/editions/E01/sessions", "en").body();
            String section = page.substring(page.indexOf("id=\"" + SESSION + "\""));
            section = section.substring(0, section.indexOf("</section>"));
            String rendered = section.substring(section.indexOf("<div class=\"summary"), section.indexOf("</div>"));
            // What would run is gone; what was typed as HTML shows as text.
            assertThat(rendered)
                    .as(role)
                    .contains("<strong>Tip</strong>", "<em>energy</em>", "href=\"https://example.org/tips\"")
                    .contains("&lt;script&gt;")
                    .doesNotContain("<script", "<img", "href=\"javascript")
                    .doesNotContainPattern("<[^>]*onerror");
            assertThat(section).contains("Last edited by manager");
            assertThat(section.contains("<form")).as(role + " may write").isEqualTo(!role.equals("analyst"));
        }
        String french =
                server.signIn("analyst").get("/editions/E01/sessions", "fr").body();
        assertThat(french).contains("Résumé pas encore disponible en français ; affiché en néerlandais.");

        List<SessionSummaries.Summary> versions = new SessionSummaries(server.spark, server.lake).versions("E01");
        assertThat(versions)
                .filteredOn(summary -> summary.sessionId().equals(SESSION))
                .extracting(SessionSummaries.Summary::language, SessionSummaries.Summary::author)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("en", "manager"),
                        org.assertj.core.groups.Tuple.tuple("nl", "manager"));
        assertThat(versions.stream()
                        .filter(summary -> summary.language().equals("en"))
                        .findFirst()
                        .orElseThrow()
                        .markdown())
                .isEqualTo(ATTACK.strip());

        // Saving again with only the Dutch changed adds one version, in Dutch.
        manager.postForm(
                "/editions/E01/sessions/" + SESSION,
                Map.of("summary_en", ATTACK, "summary_nl", "**Tip**: meet en vergelijk.", "summary_fr", ""));
        assertThat(new SessionSummaries(server.spark, server.lake)
                        .versions("E01").stream()
                                .filter(summary -> summary.sessionId().equals(SESSION)))
                .hasSize(3);
    }

    @Test
    void onlyTheProgrammesManagersAndAdminsWrite() {
        Map<String, String> form = Map.of("summary_en", "defaced", "summary_nl", "", "summary_fr", "");
        assertThat(server.signIn("analyst")
                        .postForm("/editions/E01/sessions/E01-S04", form)
                        .statusCode())
                .isEqualTo(403);
        assertThat(server.signIn("funder")
                        .postForm("/editions/E01/sessions/E01-S04", form)
                        .statusCode())
                .isEqualTo(403);
        assertThat(server.signIn("funder").get("/editions/E01/sessions").statusCode())
                .isEqualTo(403);
        WebUser outsider = server.signIn("elsewhere-manager");
        assertThat(outsider.get("/editions/E01/sessions").statusCode()).isEqualTo(404);
        assertThat(outsider.postForm("/editions/E01/sessions/E01-S04", form).statusCode())
                .isEqualTo(404);
        assertThat(server.signIn("manager")
                        .postForm("/editions/E01/sessions/E02-S04", form)
                        .statusCode())
                .as("a session of another edition")
                .isEqualTo(404);
        assertThat(new SessionSummaries(server.spark, server.lake).versions("E01"))
                .noneMatch(summary -> summary.markdown().equals("defaced"));
    }
}
