import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of issue 24: CLIENTS concurrent clients send REQUESTS GETs in all (no think time) to one URL of a running
 * dashboard, authenticated with a personal API token, HTTP Basic or a signed-in session, and print requests/s, p50
 * and p95. Run with the JDK alone:
 *
 * <pre>
 * java bench/auth-load/AuthLoad.java http://127.0.0.1:8080 /api/editions/E/metrics token lgt_...
 * java bench/auth-load/AuthLoad.java http://127.0.0.1:8080 /api/editions/E/metrics basic analyst PASSWORD
 * java bench/auth-load/AuthLoad.java http://127.0.0.1:8080 /api/editions/E/metrics session analyst PASSWORD
 * </pre>
 *
 * Options as system properties: -Dclients=20 -Drequests=2000 -Dwarmup=100.
 */
public class AuthLoad {
    public static void main(String[] args) throws Exception {
        String url = args[0];
        String path = args[1];
        String mode = args[2];
        int clients = Integer.getInteger("clients", 20);
        int requests = Integer.getInteger("requests", 2000);
        int warmup = Integer.getInteger("warmup", 100);
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String authorization = switch (mode) {
            case "token" -> "Bearer " + args[3];
            case "basic" -> "Basic " + Base64.getEncoder().encodeToString((args[3] + ":" + args[4]).getBytes(StandardCharsets.UTF_8));
            case "session" -> signIn(http, url, args[3], args[4]);
            default -> throw new IllegalArgumentException("mode is token, basic or session: " + mode);
        };
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url + path)).GET();
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        HttpRequest request = builder.build();
        for (int i = 0; i < warmup; i++) {
            check(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger left = new AtomicInteger(requests);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    long begin = System.nanoTime();
                    check(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
                    latencies.add(System.nanoTime() - begin);
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%s %s: %d requests, %d clients, %.1f requests/s, p50 %.0f ms, p95 %.0f ms%n", mode, path, sorted.size(), clients,
                sorted.size() / seconds, percentile(sorted, 0.50), percentile(sorted, 0.95));
    }

    private static double percentile(List<Long> sorted, double fraction) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(fraction * sorted.size()) - 1)) / 1e6;
    }

    private static void check(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("answered " + response.statusCode());
        }
    }

    /** Signs in through the form; the session cookie then rides in the client's cookie jar. */
    private static String signIn(HttpClient http, String url, String username, String password) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create(url + "/login")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on /login");
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed: " + answer.statusCode());
        }
        return null;
    }
}
