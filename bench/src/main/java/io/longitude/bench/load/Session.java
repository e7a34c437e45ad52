package io.longitude.bench.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like session of one virtual user: its own HTTP client and cookie jar, signed in through the login form
 * (GET /login for the CSRF token, POST /login), then the session cookie; JSON posts carry the token in
 * {@code X-CSRF-TOKEN} as the pages' scripts do. Redirects are not followed, so a lost session shows as an error.
 */
final class Session {
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern META_TOKEN = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final String baseUrl;
    private final String language;
    private final Duration timeout;
    private final HttpClient http;
    private volatile String csrfToken;

    Session(String baseUrl, String language, Duration timeout) {
        this.baseUrl = baseUrl;
        this.language = language;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Signs in; fails when the server refuses the password. */
    void signIn(String username, String password) throws IOException, InterruptedException {
        String token = token(get("/login").body(), TOKEN);
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token);
        HttpResponse<String> response = http.send(
                request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IOException(
                    "Cannot sign in " + username + ", the server answered " + response.statusCode() + " " + location);
        }
        // The session id changed at sign-in, and the token with it: take the new one from a page.
        HttpResponse<String> home = get("/");
        Matcher meta = META_TOKEN.matcher(home.body());
        csrfToken = meta.find() ? meta.group(1) : token(home.body(), TOKEN);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GETs and drops the body (images, downloads), returning the status and byte count. */
    HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrfToken != null) {
            builder.header("X-CSRF-TOKEN", csrfToken);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(timeout)
                .header("Accept-Language", language);
    }

    private static String token(String html, Pattern pattern) throws IOException {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new IOException("Cannot sign in, no CSRF token on the page");
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
