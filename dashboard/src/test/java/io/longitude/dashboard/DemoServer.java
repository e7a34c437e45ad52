package io.longitude.dashboard;

import io.longitude.analytics.AnalyticsConfig;
import io.longitude.analytics.AnalyticsJob;
import io.longitude.core.privacy.Pseudonymizer;
import io.longitude.dashboard.access.Account;
import io.longitude.dashboard.access.AccountFile;
import io.longitude.dashboard.access.DemoUsers;
import io.longitude.dashboard.access.Passwords;
import io.longitude.dashboard.access.Role;
import io.longitude.dashboard.system.DemoProgramme;
import io.longitude.dashboard.system.LocalSpark;
import io.longitude.ingest.IngestConfig;
import io.longitude.ingest.IngestReport;
import io.longitude.ingest.generate.DemoProgrammeGenerator;
import io.longitude.ingest.generate.ExportFormat;
import io.longitude.ingest.generate.GeneratorConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo programme, generated, ingested and analysed in a temporary folder, served by the real application on a
 * random port. Built once per test JVM and shared by the test classes, since ingest and analysis take a while.
 */
public final class DemoServer {
    /**
     * The programme of the outsiders: the demo's second programme (other professions, editions P01 and P02), with data
     * of its own, so that what they may not see is there to be seen.
     */
    static final String OTHER_PROGRAMME = DemoProgramme.SECOND.programmeId();

    static final byte[] KEY = "dashboard-test-key-0123456789".getBytes(StandardCharsets.UTF_8);

    private static DemoServer instance;

    public final Path folder;
    public final String lake;
    public final String metrics;
    final IngestReport ingest;
    public final SparkSession spark;
    final ConfigurableApplicationContext context;
    final String url;
    /** Password of each demo user; the user names are the roles in lower case: manager, funder, analyst, admin. */
    final Map<String, String> passwords;

    private DemoServer() throws IOException {
        folder = Files.createTempDirectory("longitude-demo-test");
        Path demo = folder.resolve("demo");
        DemoProgrammeGenerator.generate(GeneratorConfig.defaults(demo).withFormats(ExportFormat.MIXED));
        Path second = demo.resolve(OTHER_PROGRAMME);
        DemoProgrammeGenerator.generate(DemoProgramme.second(second));
        lake = folder.resolve("lake").toUri().toString();
        metrics = folder.resolve("metrics").toUri().toString();
        spark = LocalSpark.session("local[2]");
        spark.conf().set("spark.sql.shuffle.partitions", "2");
        Pseudonymizer pseudonymizer = new Pseudonymizer(KEY, 1);
        IngestConfig config = new IngestConfig(lake, folder.resolve("quarantine"), pseudonymizer);
        java.util.List<io.longitude.ingest.FileReport> files =
                new java.util.ArrayList<>(DemoProgramme.ingest(spark, config, demo, Path.of("..", "data", "mappings"))
                        .files());
        files.addAll(DemoProgramme.ingest(spark, config, second, Path.of("..", "data", "mappings"))
                .files());
        ingest = new IngestReport(files);
        AnalyticsJob.run(spark, AnalyticsConfig.of(lake, metrics));
        // As ./longitude demo does: edition 1 is public (its summaries are the tests' to write).
        io.longitude.dashboard.system.DemoSummaries.publishIfNever(spark, lake, DemoProgrammeGenerator.PROGRAMME_ID);
        Path keyFile = folder.resolve("pseudonym.key");
        Files.writeString(keyFile, java.util.Base64.getEncoder().encodeToString(KEY));
        Path users = folder.resolve("users.yaml");
        passwords = new java.util.HashMap<>(DemoUsers.create(
                new AccountFile(users),
                folder.resolve("credentials.txt"),
                DemoProgrammeGenerator.PROGRAMME_ID,
                OTHER_PROGRAMME));
        addOutsiders(new AccountFile(users));
        context = DashboardApplication.start(Map.ofEntries(
                Map.entry("longitude.users", users.toString()),
                Map.entry("server.port", 0),
                Map.entry("longitude.lake", lake),
                Map.entry("longitude.metrics", metrics),
                Map.entry("longitude.master", "local[2]"),
                Map.entry("longitude.key-file", keyFile.toString()),
                Map.entry("longitude.quarantine", folder.resolve("quarantine").toString()),
                Map.entry("longitude.inbox", folder.resolve("inbox").toString()),
                Map.entry(
                        "longitude.mappings", Path.of("..", "data", "mappings").toString()),
                Map.entry("longitude.audit", audit()),
                // The tests change the lake often; warming every edition's charts after each change would only take
                // the two cores from them. TestPageWarmer calls the warmer itself.
                Map.entry("longitude.warm-interval", "365d")));
        url = "http://127.0.0.1:"
                + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public static synchronized DemoServer get() {
        if (instance == null) {
            try {
                instance = new DemoServer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance.context::close));
        }
        return instance;
    }

    /** A bean of the running application, for tests that check its figures against what its pages show. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The body of a GET as the demo user of that name, with HTTP Basic, in that language. */
    public byte[] fetch(String username, String path, String language) {
        try {
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + path))
                    .header(
                            "Authorization",
                            "Basic "
                                    + java.util.Base64.getEncoder()
                                            .encodeToString((username + ":" + passwords.get(username))
                                                    .getBytes(StandardCharsets.UTF_8)))
                    .header("Accept-Language", language)
                    .GET()
                    .build();
            java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "GET " + path + " as " + username + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One user per role (but admin) whose scope is another programme: "elsewhere-manager", ... */
    private void addOutsiders(AccountFile users) {
        java.util.List<Account> accounts = new java.util.ArrayList<>(users.read());
        for (Role role : java.util.List.of(Role.MANAGER, Role.FUNDER, Role.ANALYST)) {
            String username = "elsewhere-" + role.name().toLowerCase(java.util.Locale.ROOT);
            String password = Passwords.random();
            passwords.put(username, password);
            accounts.add(new Account(username, Passwords.hash(password), role, java.util.List.of(OTHER_PROGRAMME)));
        }
        users.write(accounts);
    }

    /** A new signed-in session of the demo user of that name (manager, funder, analyst or admin). */
    WebUser signIn(String username) {
        return WebUser.signIn(url, username, passwords.get(username));
    }

    /** The server's audit root: in the test's folder, beside the lake, never the working copy's data/audit. */
    String audit() {
        return folder.resolve("audit").toUri().toString();
    }

    Path demo() {
        return folder.resolve("demo");
    }
}
