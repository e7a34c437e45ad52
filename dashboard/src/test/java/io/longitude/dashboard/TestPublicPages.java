package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The public pages of published editions, as a stranger, every role and an attacker would try them: a published
 * edition reads the same to everyone without sign-in; an unpublished or unknown one answers 404 to everyone, staff
 * included; nothing private is reachable from a public page (every address it links to opens without sign-in, under
 * {@code /public}); no pseudonym, no user name; the card is a 1200 × 630 PNG, the picture an SVG, the feed valid Atom;
 * taking an edition down removes all of it at once.
 */
class TestPublicPages {
    private static final Pattern LINK = Pattern.compile("(?:href|src|content)=\"([^\"]+)\"");
    private static final List<String> USERS = List.of(
            "manager", "funder", "analyst", "admin", "elsewhere-manager", "elsewhere-funder", "elsewhere-analyst");

    static DemoServer server;
    static final Map<String, WebUser> SIGNED_IN = new LinkedHashMap<>();

    @BeforeAll
    static void signIn() {
        server = DemoServer.get();
        SIGNED_IN.put("anonymous", WebUser.anonymous(server.url));
        for (String user : USERS) {
            SIGNED_IN.put(user, server.signIn(user));
        }
    }

    /** The public addresses of edition 1, which the demo publishes. */
    static List<String> publicUrls(String edition) {
        List<String> urls = new ArrayList<>();
        for (String language : List.of("nl", "fr", "en")) {
            urls.add("/public/editions/" + edition + "?lang=" + language);
            urls.add("/public/editions/" + edition + "/card.png?lang=" + language);
            urls.add("/public/editions/" + edition + "/headline.svg?lang=" + language);
        }
        return urls;
    }

    @Test
    void aPublishedEditionReadsTheSameToEveryoneWithoutSignIn() {
        List<String> urls = new ArrayList<>(publicUrls("E01"));
        urls.addAll(List.of("/public?lang=en", "/public?lang=nl", "/public/feed.atom?lang=fr"));
        List<String> differences = new ArrayList<>();
        for (String url : urls) {
            HttpResponse<byte[]> anonymous = SIGNED_IN.get("anonymous").bytes(url);
            assertThat(anonymous.statusCode()).as(url).isEqualTo(200);
            for (String user : USERS) {
                HttpResponse<byte[]> signedIn = SIGNED_IN.get(user).bytes(url);
                if (signedIn.statusCode() != 200 || !java.util.Arrays.equals(signedIn.body(), anonymous.body())) {
                    differences.add(url + " as " + user + ": " + signedIn.statusCode());
                }
            }
        }
        assertThat(differences)
                .as("public addresses that read differently by who asks")
                .isEmpty();
    }

    @Test
    void theSessionsOfAPublicPageAreReadOncePerVersionOfTheirTables() {
        var sessions = server.bean(io.longitude.dashboard.summaries.EditionSessions.class);
        var first = sessions.views("E01", "nl");

        assertThat(sessions.views("E01", "nl")).isSameAs(first);
        assertThat(sessions.views("E01", "fr")).isNotSameAs(first).hasSameSizeAs(first);
    }

    @Test
    void anUnpublishedOrUnknownEditionAnswers404ToEveryoneStaffIncluded() {
        List<String> leaks = new ArrayList<>();
        for (String edition : List.of("E03", "E99", "..%2FE01", "E01%00")) {
            for (String url : publicUrls(edition)) {
                for (Map.Entry<String, WebUser> user : SIGNED_IN.entrySet()) {
                    int status = user.getValue().get(url).statusCode();
                    if (status != 404 && status != 400) {
                        leaks.add(url + " as " + user.getKey() + ": " + status);
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(SIGNED_IN.get("anonymous").get("/public?lang=en").body()).doesNotContain("E03");
    }

    @Test
    void everyAddressAPublicPageNamesOpensWithoutSignInAndStaysPublic() {
        WebUser anonymous = SIGNED_IN.get("anonymous");
        Set<String> seen = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(List.of("/public?lang=en", "/public/editions/E01?lang=fr"));
        List<String> problems = new ArrayList<>();
        while (!queue.isEmpty()) {
            String page = queue.remove(0);
            if (!seen.add(page)) {
                continue;
            }
            HttpResponse<String> response = anonymous.get(page);
            if (response.statusCode() != 200) {
                problems.add(page + " answers " + response.statusCode() + " without sign-in");
                continue;
            }
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            Matcher links = LINK.matcher(response.body());
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                String local = link.startsWith(server.url) ? link.substring(server.url.length()) : link;
                if (!local.startsWith("/")) {
                    continue;
                }
                local = local.replaceFirst("#.*$", "");
                if (!local.startsWith("/public") && !local.equals("/longitude.css")) {
                    problems.add(page + " links to " + local + ", which is not public");
                } else {
                    queue.add(local.isEmpty() ? "/" : local);
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(seen)
                .as("pages, pictures and feed reached from the public pages")
                .anyMatch(url -> url.contains("/card.png"))
                .anyMatch(url -> url.contains("/headline.svg"))
                .anyMatch(url -> url.contains("/feed.atom"));
    }

    @Test
    void noPseudonymNoUserNameAndNoPrivateFigureOnAPublicPage() {
        List<String> keys = server.spark
                .read()
                .format("delta")
                .load(server.lake + "/enrolments")
                .select("participant_key")
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList();
        assertThat(keys).isNotEmpty();
        for (String url : List.of(
                "/public/editions/E01?lang=en",
                "/public/editions/E01/headline.svg?lang=en",
                "/public/feed.atom?lang=en",
                "/public?lang=en")) {
            String body = SIGNED_IN.get("anonymous").get(url).body();
            assertThat(keys).as(url).noneMatch(body::contains);
            assertThat(body).as(url).doesNotContainPattern("[0-9a-f]{64}").doesNotContain("manager", "Last edited");
        }
    }

    @Test
    void theShareCardIsA1200By630PngAndThePageCarriesItsOpenGraphAndTwitterTags() throws Exception {
        HttpResponse<byte[]> card = SIGNED_IN.get("anonymous").bytes("/public/editions/E01/card.png?lang=nl");
        assertThat(card.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(card.body()));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);

        String page =
                SIGNED_IN.get("anonymous").get("/public/editions/E01?lang=nl").body();
        assertThat(page)
                .contains("<meta property=\"og:image\" content=\"" + server.url
                        + "/public/editions/E01/card.png?lang=nl\">")
                .contains("<meta property=\"og:image:width\" content=\"1200\">")
                .contains("<meta name=\"twitter:card\" content=\"summary_large_image\">")
                .contains("<meta property=\"og:url\" content=\"" + server.url + "/public/editions/E01?lang=nl\">")
                .containsPattern("<meta property=\"og:description\" content=\"[^\"]*kandidaten namen deel");

        String svg = SIGNED_IN
                .get("anonymous")
                .get("/public/editions/E01/headline.svg?lang=fr")
                .body();
        Document picture = xml(svg);
        assertThat(picture.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(picture.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 1200 630");
        assertThat(svg).contains("candidats ont participé");
    }

    @Test
    void publishingAndTakingDownAnEditionIsTheManagersAndRemovesEverythingAtOnce() throws Exception {
        WebUser manager = SIGNED_IN.get("manager");
        manager.postForm(
                "/editions/E02/sessions/E02-S01",
                Map.of(
                        "summary_en",
                        "**Tip** for the public <script>alert(1)</script>",
                        "summary_nl",
                        "",
                        "summary_fr",
                        ""));
        for (String user : List.of("analyst", "funder", "elsewhere-manager")) {
            assertThat(SIGNED_IN
                            .get(user)
                            .postForm("/editions/E02/sessions/publish", Map.of())
                            .statusCode())
                    .as(user)
                    .isIn(403, 404);
        }
        assertThat(SIGNED_IN.get("anonymous").get("/public/editions/E02").statusCode())
                .isEqualTo(404);

        assertThat(manager.postForm("/editions/E02/sessions/publish", Map.of()).statusCode())
                .isEqualTo(302);
        HttpResponse<String> page = SIGNED_IN.get("anonymous").get("/public/editions/E02?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<strong>Tip</strong> for the public").doesNotContain("<script");
        Document feed =
                xml(SIGNED_IN.get("anonymous").get("/public/feed.atom?lang=en").body());
        assertThat(ids(feed)).contains("tag:longitude,2026:E02/E02-S01/en");
        assertThat(manager.get("/editions/E02/sessions").body()).contains("Public since");

        assertThat(manager.postForm("/editions/E02/sessions/unpublish", Map.of())
                        .statusCode())
                .isEqualTo(302);
        for (String url : publicUrls("E02")) {
            assertThat(SIGNED_IN.get("anonymous").get(url).statusCode()).as(url).isEqualTo(404);
        }
        assertThat(ids(xml(SIGNED_IN
                        .get("anonymous")
                        .get("/public/feed.atom?lang=en")
                        .body())))
                .noneMatch(id -> id.contains("E02"));
        assertThat(SIGNED_IN.get("anonymous").get("/public?lang=en").body()).doesNotContain("/public/editions/E02");
        assertThat(manager.get("/editions/E02/sessions").body()).contains("Publish this edition");
    }

    private static List<String> ids(Document feed) {
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<String> ids = new ArrayList<>();
        for (int index = 0; index < entries.getLength(); index++) {
            ids.add(((org.w3c.dom.Element) entries.item(index))
                    .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id")
                    .item(0)
                    .getTextContent());
        }
        return ids;
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
