package io.longitude.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP session of one user against the real server: a cookie jar, the sign-in form with its CSRF
 * token, and no automatic redirects, so tests see the statuses the server sends.
 */
final class WebUser {
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String url;
    private final HttpClient http;

    private WebUser(String url) {
        this.url = url;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Nobody signed in. */
    static WebUser anonymous(String url) {
        return new WebUser(url);
    }

    /** Signs in through the login form; fails when the server does not accept the password. */
    static WebUser signIn(String url, String username, String password) {
        WebUser user = new WebUser(url);
        HttpResponse<String> response = user.postForm("/login", Map.of("username", username, "password", password));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(
                    "Sign-in of " + username + " failed: " + response.statusCode() + " " + location);
        }
        return user;
    }

    HttpResponse<String> get(String path) {
        return get(path, "en");
    }

    HttpResponse<String> get(String path, String language) {
        return send(
                request(path).header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path) {
        return send(
                request(path).header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts a form with the session's CSRF token, as the page's form would. */
    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        Map<String, String> body = new LinkedHashMap<>(fields);
        body.put("_csrf", csrfToken(path.equals("/login") ? "/login" : "/"));
        String encoded = body.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(
                request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encoded))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts JSON with the session's CSRF token in the header, as the pages' scripts do. */
    HttpResponse<String> postJson(String path, String json) {
        return send(
                request(path)
                        .header("Content-Type", "application/json")
                        .header("X-CSRF-TOKEN", csrfToken("/"))
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of this session, as a form on the page at {@code path} carries it. */
    String csrfToken(String path) {
        Matcher matcher = TOKEN.matcher(get(path).body());
        boolean found = matcher.find();
        if (!found) {
            // Signed out, "/" redirects: the login page's form carries the token of this session.
            matcher = TOKEN.matcher(get("/login").body());
            found = matcher.find();
        }
        if (!found) {
            throw new IllegalStateException("No CSRF token on " + path);
        }
        return matcher.group(1);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url + path));
    }

    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
