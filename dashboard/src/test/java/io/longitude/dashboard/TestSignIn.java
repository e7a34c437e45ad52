package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.dashboard.access.Account;
import io.longitude.dashboard.access.AccountFile;
import io.longitude.dashboard.access.Passwords;
import io.longitude.dashboard.access.Role;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sign-in, sessions, sign-out, HTTP Basic for scripts, security headers and cookie flags, on the real server. */
class TestSignIn {
    static DemoServer server;

    @BeforeAll
    static void start() {
        server = DemoServer.get();
    }

    @Test
    void wrongPasswordIsSentBackToTheLoginPage() {
        WebUser visitor = WebUser.anonymous(server.url);

        HttpResponse<String> response =
                visitor.postForm("/login", Map.of("username", "manager", "password", "not-the-password"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        assertThat(visitor.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void signInChangesTheSessionIdAndSignOutEndsTheSession() {
        WebUser visitor = WebUser.anonymous(server.url);
        String before = sessionCookie(visitor.get("/login")).orElseThrow();
        HttpResponse<String> signedIn =
                visitor.postForm("/login", Map.of("username", "analyst", "password", server.passwords.get("analyst")));
        String after = sessionCookie(signedIn).orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(withCookie(after, "/").statusCode()).isEqualTo(200);

        HttpResponse<String> signedOut = visitor.postForm("/logout", Map.of());

        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?logout"));
        assertThat(withCookie(after, "/").statusCode())
                .as("the old session id after sign-out")
                .isEqualTo(302);
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() {
        HttpResponse<String> login = WebUser.anonymous(server.url).get("/login");

        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax");
        assertThat(server.context.getEnvironment().getProperty("server.servlet.session.timeout"))
                .isEqualTo("30m");
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        HttpResponse<String> page = server.signIn("manager").get("/editions/E01");

        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy)
                        .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }

    @Test
    void scriptsUseHttpBasicOnTheApi() {
        WebUser script = WebUser.anonymous(server.url);

        assertThat(script.send(
                                basic("/api/editions", "analyst", server.passwords.get("analyst")),
                                HttpResponse.BodyHandlers.ofString())
                        .body())
                .contains("\"editionId\":\"E01\"");
        assertThat(script.send(
                                basic("/api/editions", "analyst", "wrong-password-0000"),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(401);
        assertThat(script.send(
                                basic("/api/editions", "funder", server.passwords.get("funder")),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void removingAUserEndsTheirOpenSession() throws Exception {
        AccountFile users =
                new AccountFile(Path.of(server.context.getEnvironment().getProperty("longitude.users")));
        String password = Passwords.random();
        List<Account> accounts = new ArrayList<>(users.read());
        accounts.add(
                new Account("temporary-manager", Passwords.hash(password), Role.MANAGER, List.of("brussels-sd-pilot")));
        users.write(accounts);
        WebUser temporary = WebUser.signIn(server.url, "temporary-manager", password);
        assertThat(temporary.get("/editions/E01").statusCode()).isEqualTo(200);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(users.path())))
                .isEqualTo("rw-------");

        users.write(users.read().stream()
                .filter(account -> !account.username().equals("temporary-manager"))
                .toList());

        assertThat(temporary.get("/editions/E01").statusCode()).isEqualTo(302);
    }

    @Test
    void demoCredentialsAreReadableByTheirOwnerOnly() throws Exception {
        Path credentials = server.folder.resolve("credentials.txt");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(credentials))
                .contains("manager", "funder", "analyst", "admin", server.passwords.get("funder"));
    }

    private static HttpRequest basic(String path, String username, String password) {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return WebUser.anonymous(server.url)
                .request(path)
                .header("Authorization", "Basic " + credentials)
                .GET()
                .build();
    }

    private static HttpResponse<String> withCookie(String sessionId, String path) {
        WebUser fresh = WebUser.anonymous(server.url);
        return fresh.send(
                fresh.request(path)
                        .header("Cookie", "JSESSIONID=" + sessionId)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID="))
                .map(value -> value.substring("JSESSIONID=".length(), value.indexOf(';')))
                .findFirst();
    }
}
