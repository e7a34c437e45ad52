package io.longitude.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page a role opens, in a real headless Chromium, in Dutch, French and English at 1,400 and 400 px: no
 * horizontal overflow, no Spring "Whitelabel" page, no {@code {0}} placeholder or raw message key, no English word on a
 * Dutch or French page, and for managers and funders no participant key (64 hex digits) in a page or in the JSON of
 * the edition's metrics. One browser per role over the shared demo server; screenshots in target/screenshots.
 */
class TestPagesInEveryLanguage {
    static final List<String> LANGUAGES = List.of("nl", "fr", "en");
    static final List<Integer> WIDTHS = List.of(1400, 400);
    /** Words that are English and neither Dutch nor French, as whole words (case-insensitive). */
    static final List<String> ENGLISH = List.of(
            "the",
            "and",
            "with",
            "from",
            "not",
            "at risk",
            "all sectors",
            "crafts",
            "fewer than",
            "share",
            "weighted",
            "survival",
            "month",
            "months",
            "stops",
            "Statistical detail",
            "computed",
            "which",
            "level",
            "Sign out",
            "none",
            "between",
            "candidates",
            "response",
            "edition",
            "interval",
            "coach's");
    /** English words that are also Dutch or French, left out of the check in that language. */
    static final java.util.Map<String, List<String>> ALSO =
            java.util.Map.of("nl", List.of("interval"), "fr", List.of("interval"));

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");
    static final Pattern PSEUDONYM = Pattern.compile("\\b[0-9a-f]{64}\\b");
    static final String EDITION = "E01";

    static DemoServer server;
    static List<String> keys;
    ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        server = DemoServer.get();
        Properties messages = new Properties();
        try (InputStream in = TestPagesInEveryLanguage.class.getResourceAsStream("/messages.properties")) {
            messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        keys = messages.stringPropertyNames().stream()
                .filter(key -> key.contains("."))
                .toList();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"manager", "funder", "analyst", "public"})
    void everyPageReadsInTheViewersLanguageAtEveryWidth(String role) {
        browser = Browser.start();
        if (!role.equals("public")) {
            Browser.signIn(browser, server, role);
        }
        List<String> pages = pages(role);
        SoftAssertions softly = new SoftAssertions();
        for (int width : WIDTHS) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (String language : LANGUAGES) {
                for (String page : pages) {
                    browser.get(server.url + page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                    check(softly, role, page, language, width);
                    if (page.equals("/editions/" + EDITION)
                            || page.equals("/")
                            || page.startsWith("/reports/")
                            || page.equals("/account")
                            || page.equals("/methods/intervals")
                            || page.endsWith("/follow-up")
                            || page.equals("/api-docs")
                            || page.startsWith("/public/")) {
                        String name = page.equals("/")
                                ? "home"
                                : page.startsWith("/public/")
                                        ? "edition"
                                        : page.startsWith("/reports/")
                                                ? "report"
                                                : page.endsWith("/follow-up")
                                                        ? "follow-up"
                                                        : page.startsWith("/editions/")
                                                                ? "edition"
                                                                : page.substring(1)
                                                                        .replace('/', '-');
                        Browser.screenshot(browser, "pages-" + role + "-" + name + "-" + language + "-" + width);
                    }
                }
            }
        }
        if (role.equals("manager") || role.equals("funder")) {
            String json = (String) script("return fetch('/api/editions/" + EDITION + "/metrics').then(r => r.text())");
            softly.assertThat(PSEUDONYM.matcher(json).find())
                    .as("a participant key in /api/editions/%s/metrics for %s", EDITION, role)
                    .isFalse();
        }
        softly.assertAll();
    }

    static List<String> pages(String role) {
        if (role.equals("public")) {
            // Nobody signed in: the public pages of the edition the demo publishes.
            return List.of("/public", "/public/editions/" + EDITION);
        }
        List<String> pages = new ArrayList<>(
                List.of("/", "/glossary", "/methods/intervals", "/account", "/editions/" + EDITION, "/no-such-page"));
        if (role.equals("manager") || role.equals("analyst")) {
            pages.addAll(List.of(
                    "/editions/E02",
                    "/editions/compared",
                    "/editions/" + EDITION + "/network",
                    "/editions/" + EDITION + "/trajectories",
                    "/editions/" + EDITION + "/sessions",
                    "/programmes/brussels-sd-pilot/quality"));
        }
        if (role.equals("manager")) {
            pages.add("/editions/E02/follow-up");
        }
        if (role.equals("manager") || role.equals("funder")) {
            pages.addAll(List.of("/portfolio", "/reports/brussels-sd-pilot"));
        }
        if (role.equals("analyst")) {
            pages.addAll(List.of("/sql", "/api-docs"));
        }
        return pages;
    }

    private void check(SoftAssertions softly, String role, String page, String language, int width) {
        String where = role + " " + page + " [" + language + ", " + width + " px]";
        String text = (String) script("const body = document.body.cloneNode(true);"
                + "body.querySelectorAll('textarea, code, pre, script, style, .versions, .sql-views, nav.languages, .user-text')"
                + ".forEach(e => e.remove());"
                + "return body.innerText;");
        String html = browser.getPageSource();
        long overflow = (Long) script("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth)");
        softly.assertThat(overflow).as("horizontal overflow in px on %s", where).isZero();
        softly.assertThat(html).as("Spring's Whitelabel page on %s", where).doesNotContain("Whitelabel");
        softly.assertThat(matches(PLACEHOLDER, text))
                .as("placeholders on %s", where)
                .isEmpty();
        softly.assertThat(keys.stream()
                        .filter(text::contains)
                        .filter(key -> Pattern.compile("(?<![\\w.])" + Pattern.quote(key) + "(?![\\w.])")
                                .matcher(text)
                                .find())
                        .toList())
                .as("raw message keys on %s", where)
                .isEmpty();
        if (!language.equals("en")) {
            List<String> english = ENGLISH.stream()
                    .filter(word -> !ALSO.getOrDefault(language, List.of()).contains(word))
                    .filter(word -> Pattern.compile("(?i)(?<![\\p{L}'])" + Pattern.quote(word) + "(?![\\p{L}'])")
                            .matcher(text)
                            .find())
                    .toList();
            softly.assertThat(english).as("English words on %s", where).isEmpty();
        }
        if (!role.equals("analyst")) {
            softly.assertThat(matches(PSEUDONYM, html))
                    .as("participant keys on %s", where)
                    .isEmpty();
        }
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private Object script(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }
}
