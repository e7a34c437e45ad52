package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.dashboard.access.Account;
import io.longitude.dashboard.access.AccountFile;
import io.longitude.dashboard.access.ApiToken;
import io.longitude.dashboard.access.Passwords;
import io.longitude.dashboard.access.Role;
import io.longitude.dashboard.access.SignInThrottle;
import io.longitude.dashboard.access.TokenFile;
import io.longitude.dashboard.audit.Audit;
import io.longitude.dashboard.audit.AuditEntry;
import io.longitude.ingest.generate.DemoProgrammeGenerator;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Personal API tokens on the real server, as their owner uses them and as an attacker tries them: created on the
 * account page, used with {@code Authorization: Bearer} on {@code /api/**}, narrowed to a programme, read-only,
 * revoked, expired; a wrong token, another user's, a token on a page, a token sent as a Basic password. Also the Basic
 * cache's eviction on a password change and a removal.
 */
class TestApiTokens {
    static final String DEMO = DemoProgrammeGenerator.PROGRAMME_ID;
    static final String OTHER = DemoServer.OTHER_PROGRAMME;
    static final String USER = "token-analyst";
    static final String PASSWORD = Passwords.random();
    static final Pattern SECRET = Pattern.compile("id=\"secret\">(lgt_[A-Za-z0-9_-]{43})<");

    static DemoServer server;
    static AccountFile users;
    static TokenFile tokens;
    static String edition;

    @BeforeAll
    static void accounts() {
        server = DemoServer.get();
        Path file = Path.of(server.context.getEnvironment().getProperty("longitude.users"));
        users = new AccountFile(file);
        tokens = TokenFile.besideUsers(file);
        setUser(List.of(DEMO, OTHER), PASSWORD);
        Matcher id = Pattern.compile("\"editionId\":\"([^\"]+)\"")
                .matcher(basic(USER, PASSWORD, "/api/editions").body());
        assertThat(id.find()).as("the demo has an edition").isTrue();
        edition = id.group(1);
    }

    @AfterEach
    void forget() {
        server.bean(SignInThrottle.class).forgetAll();
    }

    @AfterAll
    static void removeAccount() {
        users.write(users.read().stream()
                .filter(account -> !account.username().equals(USER))
                .toList());
    }

    @Test
    void createdOnTheAccountPageItReadsTheApiUntilRevoked() throws Exception {
        WebUser analyst = WebUser.signIn(server.url, USER, PASSWORD);
        assertThat(analyst.get("/").body())
                .as("the header links the account page")
                .contains("href=\"/account\"");
        assertThat(analyst.get("/account", "nl").body())
                .contains("Uw account", "API-sleutels", "Nieuwe sleutel")
                .doesNotContain("API tokens");
        assertThat(analyst.get("/account", "fr").body())
                .contains("Votre compte", "Nouveau jeton")
                .doesNotContain("API tokens");

        HttpResponse<String> created = analyst.postForm("/account/tokens", Map.of("name", "notebook", "days", "30"));
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        Matcher shown = SECRET.matcher(created.body());
        assertThat(shown.find()).as("the secret is shown once").isTrue();
        String secret = shown.group(1);
        assertThat(analyst.get("/account").body())
                .as("and never again")
                .doesNotContain(secret)
                .contains("notebook", "read-only");

        HttpResponse<String> editions = bearer(secret, "GET", "/api/editions");
        assertThat(editions.statusCode()).isEqualTo(200);
        assertThat(editions.body()).contains(edition);
        assertThat(editions.headers().firstValue("Set-Cookie"))
                .as("no session for a token")
                .isEmpty();
        assertThat(bearer(secret, "GET", "/api/editions/" + edition + "/metrics")
                        .statusCode())
                .isEqualTo(200);

        String stored = Files.readString(tokens.path());
        assertThat(stored)
                .contains("name: notebook", "access: read-only", "sha256: " + TokenFile.sha256(secret))
                .doesNotContain(secret);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokens.path())))
                .isEqualTo("rw-------");
        ApiToken token = tokens.read().stream()
                .filter(found ->
                        found.name().equals("notebook") && found.username().equals(USER))
                .findFirst()
                .orElseThrow();
        assertThat(server.bean(Audit.class).entries())
                .filteredOn(entry -> entry.action().equals("token.use"))
                .extracting(AuditEntry::object)
                .anyMatch(object -> object.startsWith("token " + token.id() + " (notebook): GET /api/editions"))
                .noneMatch(object -> object.contains(secret));
        bearer(secret, "GET", "/api/editions");
        assertThat(server.bean(Audit.class).entries())
                .as("a polling script is recorded once a minute per path, not per call")
                .filteredOn(entry -> entry.object().equals("token " + token.id() + " (notebook): GET /api/editions"))
                .hasSize(1);

        assertThat(analyst.postForm("/account/tokens/" + token.id() + "/revoke", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(bearer(secret, "GET", "/api/editions").statusCode())
                .as("revoked: 401 at once")
                .isEqualTo(401);
        assertThat(analyst.get("/account").body()).contains("revoked");
    }

    @Test
    void aTokenNarrowedToOneProgrammeCannotReadAnotherItsUserCan() {
        assertThat(basic(USER, PASSWORD, "/api/editions/" + edition + "/metrics")
                        .statusCode())
                .as("the user reads the demo")
                .isEqualTo(200);
        String other = issue("other only", List.of(OTHER), false, Duration.ofDays(1));
        assertThat(bearer(other, "GET", "/api/editions/" + edition + "/metrics").statusCode())
                .isEqualTo(404);
        assertThat(bearer(other, "GET", "/api/editions").body()).doesNotContain(edition);
        String demo = issue("demo only", List.of(DEMO), false, Duration.ofDays(1));
        assertThat(bearer(demo, "GET", "/api/editions/" + edition + "/metrics").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aTokenNeverGrantsMoreThanItsUserHasNow() {
        String all = issue("all of mine", List.of(), false, Duration.ofDays(1));
        assertThat(bearer(all, "GET", "/api/editions/" + edition + "/metrics").statusCode())
                .isEqualTo(200);
        try {
            setUser(List.of(OTHER), PASSWORD);
            assertThat(bearer(all, "GET", "/api/editions/" + edition + "/metrics")
                            .statusCode())
                    .as("programmes shrank")
                    .isEqualTo(404);
            users.write(users.read().stream()
                    .filter(account -> !account.username().equals(USER))
                    .toList());
            assertThat(bearer(all, "GET", "/api/editions").statusCode())
                    .as("user removed")
                    .isEqualTo(401);
        } finally {
            setUser(List.of(DEMO, OTHER), PASSWORD);
        }
    }

    @Test
    void aReadOnlyTokenMayNotWrite() {
        String reading = issue("reader", List.of(), false, Duration.ofDays(1));
        assertThat(bearer(reading, "POST", "/api/sql").statusCode()).isEqualTo(403);
        String writing = issue("writer", List.of(), true, Duration.ofDays(1));
        assertThat(bearer(writing, "POST", "/api/sql").statusCode())
                .as("no CSRF token needed, the query runs")
                .isEqualTo(200);
    }

    @Test
    void anExpiredTokenAnswers401() throws InterruptedException {
        String brief = issue("brief", List.of(), false, Duration.ofMillis(1500));
        assertThat(bearer(brief, "GET", "/api/editions").statusCode()).isEqualTo(200);
        Thread.sleep(1600);
        assertThat(bearer(brief, "GET", "/api/editions").statusCode()).isEqualTo(401);
    }

    @Test
    void attackersGetNothing() {
        HttpResponse<String> wrong = bearer(TokenFile.PREFIX + "A".repeat(43), "GET", "/api/editions");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        assertThat(bearer("", "GET", "/api/editions").statusCode()).isEqualTo(401);

        String secret = issue("stolen", List.of(), true, Duration.ofDays(1));
        assertThat(bearer(secret, "GET", "/").statusCode())
                .as("a token on a page")
                .isEqualTo(401);
        assertThat(bearer(secret, "GET", "/editions/" + edition).statusCode())
                .as("a token on a page")
                .isEqualTo(401);
        assertThat(bearer(secret, "GET", "/account").statusCode())
                .as("nor the account page, to make tokens")
                .isEqualTo(401);
        assertThat(basic(USER, secret, "/api/editions").statusCode())
                .as("the token as a Basic password")
                .isEqualTo(401);

        // Another user's token id: the account page of someone else cannot revoke it, and it keeps working.
        String id = tokens.read().stream()
                .filter(token -> token.name().equals("stolen"))
                .findFirst()
                .orElseThrow()
                .id();
        WebUser manager = server.signIn("manager");
        assertThat(manager.postForm("/account/tokens/" + id + "/revoke", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(bearer(secret, "GET", "/api/editions").statusCode()).isEqualTo(200);

        // A token of another user carries that user's scope and role, not more.
        Account outsider = users.read().stream()
                .filter(account -> account.username().equals("elsewhere-manager"))
                .findFirst()
                .orElseThrow();
        String outsiders = tokens.issue(
                        outsider, "outsider", List.of(), true, Instant.now().plus(Duration.ofDays(1)), Instant.now())
                .secret();
        assertThat(bearer(outsiders, "GET", "/api/editions/" + edition + "/metrics")
                        .statusCode())
                .isEqualTo(404);
        assertThat(bearer(outsiders, "POST", "/api/sql").statusCode())
                .as("a manager's token on the console")
                .isEqualTo(403);

        // Guessing tokens is throttled like guessing passwords: past the address's free failures, even a good token
        // waits.
        for (int guess = 0; guess < 25; guess++) {
            bearer(TokenFile.PREFIX + "guess" + guess + "A".repeat(38), "GET", "/api/editions");
        }
        assertThat(bearer(secret, "GET", "/api/editions").statusCode())
                .as("this address must wait")
                .isEqualTo(401);
        server.bean(SignInThrottle.class).forgetAll();
        assertThat(bearer(secret, "GET", "/api/editions").statusCode()).isEqualTo(200);
    }

    @Test
    void basicIsRememberedUntilThePasswordChangesOrTheUserGoes() {
        assertThat(basic(USER, PASSWORD, "/api/editions").statusCode()).isEqualTo(200);
        assertThat(basic(USER, PASSWORD, "/api/editions").statusCode()).isEqualTo(200);
        String changed = Passwords.random();
        try {
            setUser(List.of(DEMO, OTHER), changed);
            assertThat(basic(USER, PASSWORD, "/api/editions").statusCode())
                    .as("the old password after a change")
                    .isEqualTo(401);
            assertThat(basic(USER, changed, "/api/editions").statusCode()).isEqualTo(200);
            users.write(users.read().stream()
                    .filter(account -> !account.username().equals(USER))
                    .toList());
            assertThat(basic(USER, changed, "/api/editions").statusCode())
                    .as("after removal")
                    .isEqualTo(401);
        } finally {
            setUser(List.of(DEMO, OTHER), PASSWORD);
        }
    }

    private static String issue(String name, List<String> programmes, boolean write, Duration life) {
        Account account = users.read().stream()
                .filter(found -> found.username().equals(USER))
                .findFirst()
                .orElseThrow();
        Instant now = Instant.now();
        tokens.revoke(USER, name, now);
        return tokens.issue(account, name, programmes, write, now.plus(life), now)
                .secret();
    }

    private static void setUser(List<String> programmes, String password) {
        List<Account> accounts = new ArrayList<>(users.read().stream()
                .filter(account -> !account.username().equals(USER))
                .toList());
        accounts.add(new Account(USER, Passwords.hash(password), Role.ANALYST, programmes));
        users.write(accounts);
    }

    private static HttpResponse<String> bearer(String secret, String method, String path) {
        HttpRequest.Builder request =
                WebUser.anonymous(server.url).request(path).header("Authorization", "Bearer " + secret);
        request = method.equals("GET")
                ? request.GET()
                : request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString("{\"sql\":\"SELECT 1 AS one\"}"));
        return WebUser.anonymous(server.url).send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> basic(String username, String password, String path) {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = WebUser.anonymous(server.url)
                .request(path)
                .header("Authorization", "Basic " + credentials)
                .GET()
                .build();
        return WebUser.anonymous(server.url).send(request, HttpResponse.BodyHandlers.ofString());
    }
}
