package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.dashboard.access.Account;
import io.longitude.dashboard.access.AccountFile;
import io.longitude.dashboard.access.Passwords;
import io.longitude.dashboard.access.Role;
import io.longitude.dashboard.access.SignInThrottle;
import io.longitude.dashboard.audit.Audit;
import io.longitude.dashboard.audit.AuditEntry;
import io.longitude.ingest.generate.DemoProgrammeGenerator;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sign-in throttling as an attacker meets it on the real server: guessing one account's password, then guessing
 * across accounts from one address. The accounts are the test's own, and the throttle is cleared after each test, so
 * that the other test classes of the JVM (all signing in from 127.0.0.1) are not slowed down.
 */
class TestSignInLockout {
    static DemoServer server;
    static AccountFile users;
    static final Map<String, String> PASSWORDS =
            Map.of("lockout-target", Passwords.random(), "lockout-bystander", Passwords.random());

    @BeforeAll
    static void accounts() {
        server = DemoServer.get();
        users = new AccountFile(Path.of(server.context.getEnvironment().getProperty("longitude.users")));
        List<Account> accounts = new ArrayList<>(users.read());
        PASSWORDS.forEach((name, password) -> accounts.add(new Account(
                name, Passwords.hash(password), Role.MANAGER, List.of(DemoProgrammeGenerator.PROGRAMME_ID))));
        users.write(accounts);
    }

    @AfterEach
    void forget() {
        server.bean(SignInThrottle.class).forgetAll();
    }

    @AfterAll
    static void removeAccounts() {
        users.write(users.read().stream()
                .filter(account -> !PASSWORDS.containsKey(account.username()))
                .toList());
    }

    @Test
    void elevenWrongPasswordsThenTheRightOneIsRefusedWhileLockedAndOthersSignIn() {
        List<String> answers = new ArrayList<>();
        for (int attempt = 0; attempt < 11; attempt++) {
            answers.add(signIn("lockout-target", "guess-" + attempt));
        }
        assertThat(answers)
                .as("wrong, then slowed down or locked")
                .startsWith("/login?error", "/login?error", "/login?error")
                .allMatch(location -> location.endsWith("/login?error") || location.endsWith("/login?locked"));

        assertThat(signIn("lockout-target", PASSWORDS.get("lockout-target")))
                .as("the right password while locked")
                .endsWith("/login?locked");
        assertThat(basic("lockout-target", PASSWORDS.get("lockout-target")))
                .as("nor through HTTP Basic")
                .isEqualTo(401);
        assertThat(WebUser.anonymous(server.url).get("/login?locked").body()).contains("Too many failed sign-ins");
        assertThat(WebUser.anonymous(server.url).get("/login?locked", "nl").body())
                .contains("Te veel mislukte aanmeldingen");

        assertThat(signIn("lockout-bystander", PASSWORDS.get("lockout-bystander")))
                .as("another account, same address")
                .isEqualTo("/");
        assertThat(server.bean(SignInThrottle.class).locked("lockout-target", "127.0.0.1"))
                .isTrue();
        assertThat(server.bean(Audit.class).entries())
                .filteredOn(entry -> entry.action().equals("signin.locked"))
                .extracting(AuditEntry::object, AuditEntry::role)
                .contains(org.assertj.core.groups.Tuple.tuple("account lockout-target", "SYSTEM"));

        server.bean(SignInThrottle.class).forgetAll();
        assertThat(signIn("lockout-target", PASSWORDS.get("lockout-target")))
                .as("once the lock is over")
                .isEqualTo("/");
    }

    @Test
    void guessingAcrossAccountsFromOneAddressLocksTheAddress() {
        for (int attempt = 0; attempt < 50; attempt++) {
            signIn("nobody-" + attempt, "guess");
        }
        assertThat(signIn("lockout-bystander", PASSWORDS.get("lockout-bystander")))
                .as("right password from that address")
                .endsWith("/login?locked");
        assertThat(server.bean(Audit.class).entries())
                .filteredOn(entry -> entry.action().equals("signin.locked"))
                .extracting(AuditEntry::object)
                .contains("address 127.0.0.1")
                .noneMatch(object -> object.contains("nobody-"));
    }

    /** The page a sign-in is sent to, as a path. */
    private static String signIn(String username, String password) {
        HttpResponse<String> response =
                WebUser.anonymous(server.url).postForm("/login", Map.of("username", username, "password", password));
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.startsWith("http")
                ? java.net.URI.create(location).getRawPath()
                        + (location.contains("?") ? location.substring(location.indexOf('?')) : "")
                : location;
    }

    private static int basic(String username, String password) {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = WebUser.anonymous(server.url)
                .request("/api/editions")
                .header("Authorization", "Basic " + credentials)
                .GET()
                .build();
        return WebUser.anonymous(server.url)
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
