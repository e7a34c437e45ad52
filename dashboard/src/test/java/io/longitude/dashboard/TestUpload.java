package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The upload page over HTTP: CSRF-protected, then progress and the ingest report with the quarantined rows. */
class TestUpload {
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String BOUNDARY = "----longitude-test-boundary";

    static DemoServer server;
    static WebUser manager;

    @BeforeAll
    static void start() {
        server = DemoServer.get();
        manager = server.signIn("manager");
    }

    @Test
    void uploadWithoutTheCsrfTokenIsForbidden() throws Exception {
        HttpResponse<String> response =
                manager.send(post(null, "x.csv", "a,b\n"), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void uploadedFollowupIsIngestedAndItsReportShown() throws Exception {
        HttpResponse<String> form = manager.get("/upload");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("google-forms-sample.yaml", "kobo-meeting-sample.yaml");
        Matcher token = TOKEN.matcher(form.body());
        assertThat(token.find()).isTrue();
        List<String> roster = Files.readAllLines(server.demo().resolve("participants.csv"));
        String participant = roster.get(1).split(",")[0];
        String edition = roster.get(1).split(",")[5];
        String header = String.join(",", io.longitude.ingest.generate.CanonicalColumns.FOLLOWUP_KEYS) + ","
                + String.join(
                        ",",
                        io.longitude.core.instrument.InstrumentLoader.followup().codes());
        String export =
                header + "\n" + participant + "," + edition + ",W9,2024-05-01T10:00:00+02:00" + ",".repeat(15) + "\n";

        HttpResponse<String> posted =
                manager.send(post(token.group(1), "upload-followup.csv", export), HttpResponse.BodyHandlers.ofString());

        assertThat(posted.statusCode()).isEqualTo(302);
        String job = posted.headers().firstValue("Location").orElseThrow();
        String page = "";
        for (int attempt = 0;
                attempt < 120 && !page.contains("data-state=\"done\"") && !page.contains("data-state=\"failed\"");
                attempt++) {
            Thread.sleep(500);
            page = manager.get(job.startsWith("http") ? URI.create(job).getPath() : job)
                    .body();
        }
        assertThat(page)
                .as("nothing of it accepted, nothing waiting: the file failed")
                .contains(
                        "data-state=\"failed\"",
                        "1 rows read, 0 accepted, 1 quarantined",
                        "1 rejected, 0 pending",
                        "UNKNOWN_WAVE",
                        "W9",
                        "<td>rejected</td>");
        String path = job.startsWith("http") ? URI.create(job).getPath() : job;
        String dutch = manager.get(path + "?lang=nl").body();
        assertThat(dutch)
                .as("the file's outcome in the page's language, the CLI's English report folded away")
                .contains("Wat er met het bestand gebeurde", "Resultaat", "Gelezen rijen", "upload-followup.csv")
                .contains("<td>gelezen, niets kwam in het lake</td>")
                .contains("<details", "Het verslag zoals de opdrachtregel het toont (in het Engels)")
                .doesNotContain("upload.file.", "quarantine.code.");
        manager.get(path + "?lang=en"); // the session keeps the language it was last given
        lookAtFinished(path);
    }

    /** The finished job's page as its manager sees it, in each language and width: nothing wider than the window. */
    private static void lookAtFinished(String job) {
        org.openqa.selenium.chrome.ChromeDriver browser = Browser.start();
        try {
            Browser.signIn(browser, server, "manager");
            for (String language : List.of("nl", "fr", "en")) {
                for (int width : new int[] {1400, 400}) {
                    browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
                    browser.get(server.url + job + "?lang=" + language);
                    Browser.screenshot(browser, "upload-job-" + language + "-" + width);
                    assertThat((Long) browser.executeScript(
                                    "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth)"))
                            .as("horizontal overflow of the job page [%s, %d px]", language, width)
                            .isZero();
                }
            }
        } finally {
            browser.quit();
        }
    }

    @Test
    void anUploadWaitingBehindAnotherWriteOfTheLakeShowsItsPlaceInTheQueue() throws Exception {
        io.longitude.dashboard.inbox.LakeWriter writer =
                server.context.getBean(io.longitude.dashboard.inbox.LakeWriter.class);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        writer.submit("a long analysis", () -> {
            try {
                release.await(2, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            Matcher token = TOKEN.matcher(manager.get("/upload").body());
            assertThat(token.find()).isTrue();
            HttpResponse<String> posted = manager.send(
                    post(token.group(1), "queued.csv", "not,a,known,format\n"), HttpResponse.BodyHandlers.ofString());
            String job = URI.create(posted.headers().firstValue("Location").orElseThrow())
                    .getPath();

            assertThat(manager.get(job).body())
                    .contains("data-state=\"queued\"", "Waiting in the writer queue of the lake: 1 job before it.");
            assertThat(manager.get(job + "?lang=nl").body())
                    .contains("In de schrijfwachtrij van het lake: 1 taak ervoor.", "in de wachtrij");
            assertThat(manager.get(job + "?lang=fr").body())
                    .contains("Dans la file d’écriture du lac de données : 1 tâche avant celle-ci.");
            assertThat(manager.get(job + "?lang=en").body()).doesNotContain("In de schrijfwachtrij");
            lookAt(job);
        } finally {
            release.countDown();
        }
    }

    /** The waiting job's page as the manager sees it, in each language at 1400 and 400 px (target/screenshots). */
    private static void lookAt(String job) {
        org.openqa.selenium.chrome.ChromeDriver browser = Browser.start();
        try {
            Browser.signIn(browser, server, "manager");
            for (String language : List.of("nl", "fr", "en")) {
                for (int width : new int[] {1400, 400}) {
                    browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
                    browser.get(server.url + job + "?lang=" + language);
                    // The waiting job's page reloads itself every second: look again when it did meanwhile.
                    Boolean shown = new org.openqa.selenium.support.ui.WebDriverWait(
                                    browser, java.time.Duration.ofSeconds(10))
                            .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                            .until(driver -> driver.findElement(org.openqa.selenium.By.className("queue"))
                                    .isDisplayed());
                    assertThat(shown).isTrue();
                    Browser.screenshot(browser, "upload-queue-" + language + "-" + width);
                }
            }
        } finally {
            browser.quit();
        }
    }

    private static HttpRequest post(String token, String fileName, String content) {
        StringBuilder body = new StringBuilder();
        if (token != null) {
            body.append("--")
                    .append(BOUNDARY)
                    .append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
                    .append(token)
                    .append("\r\n");
        }
        body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"mapping\"\r\n\r\n\r\n");
        body.append("--")
                .append(BOUNDARY)
                .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName)
                .append("\"\r\nContent-Type: text/csv\r\n\r\n")
                .append(content)
                .append("\r\n--")
                .append(BOUNDARY)
                .append("--\r\n");
        return HttpRequest.newBuilder(URI.create(server.url + "/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
    }
}
