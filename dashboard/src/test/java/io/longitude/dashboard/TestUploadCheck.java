package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.core.lake.LakeTables;
import io.longitude.ingest.lake.DeltaLake;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The upload page checks before it commits: mappings offered by survey tool and form, the programme, edition and wave
 * to choose, the dry run's preview (counts, what would be added and updated, the first quarantined rows), and a
 * commit only on the owner's confirmation, with its CSRF token; in nl, fr and en.
 */
class TestUploadCheck {
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String BOUNDARY = "----longitude-check-boundary";

    static DemoServer server;
    static String export;

    @BeforeAll
    static void start() throws Exception {
        server = DemoServer.get();
        List<String> roster = Files.readAllLines(server.demo().resolve("participants.csv"));
        String[] first = roster.get(1).split(",");
        String[] second = roster.get(2).split(",");
        export = "participant_id,edition_id,wave,submitted_at,sd_integration\n"
                + first[0] + "," + first[5] + ",W1,2024-05-01T10:00:00+02:00,2\n"
                + second[0] + "," + second[5] + ",W9,2024-05-01T10:00:00+02:00,1\n"
                + "P-NOT-ENROLLED," + first[5] + ",W1,2024-05-01T10:00:00+02:00,1\n"
                + second[0] + "," + second[5] + ",W4,2024-05-01T10:00:00+02:00,7\n";
    }

    @Test
    void theFormOffersToolsAndFormsProgrammesEditionsAndWaves() {
        String form = server.signIn("manager").get("/upload").body();
        assertThat(form)
                .contains(
                        "action=\"/upload/check\"",
                        "<optgroup label=\"kobo\">",
                        "kobo · longitude-followup",
                        "name=\"programme\"",
                        "name=\"edition\"",
                        "<option value=\"E01\">E01 · "
                                + io.longitude.ingest.generate.DemoProgrammeGenerator.PROGRAMME_ID,
                        "<option value=\"W2\">W2</option>");
        assertThat(form).doesNotContain(">demo-kobo.yaml<");
        assertThat(server.signIn("manager").get("/upload", "nl").body())
                .contains("Enquêtetool en formulier", "Nakijken", "uit het bestand");
        assertThat(server.signIn("manager").get("/upload", "fr").body())
                .contains("et formulaire", "Vérifier", "selon le fichier");
    }

    @Test
    void aCheckShowsWhatWouldHappenWritesNothingAndCommitsOnlyOnConfirmation() throws Exception {
        DeltaLake lake = new DeltaLake(server.spark, server.lake);
        long version = lake.version(LakeTables.RESPONSES);
        WebUser manager = server.signIn("manager");

        String check = check(manager, "check-followup.csv", export, Map.of());

        assertThat(check)
                .contains(
                        "Check before it is committed",
                        "Nothing has been written yet",
                        "id=\"upload-confirm\"",
                        "UNKNOWN_WAVE",
                        "W9",
                        "waiting",
                        "answer set aside");
        assertThat(check)
                .containsPattern("id=\"preview-inserted\">[0-9]+<")
                .containsPattern("id=\"preview-updated\">[0-9]+<");
        assertThat(lake.version(LakeTables.RESPONSES))
                .as("nothing written by the check")
                .isEqualTo(version);
        String path = "/upload/check/"
                + Pattern.compile("action=\"/upload/check/([0-9a-f-]+)\"")
                        .matcher(check)
                        .results()
                        .findFirst()
                        .orElseThrow()
                        .group(1);
        assertThat(manager.get(path, "nl").body())
                .as("the reasons in Dutch, not ingest's English")
                .contains("de editie heeft die golf niet", "staat (nog) niet in de deelnemerslijsten", "wachtend")
                .doesNotContain("the edition has no such wave", "not in the roster");
        assertThat(manager.get(path, "fr").body())
                .contains("n’a pas cette vague", "pas (encore) dans les listes")
                .doesNotContain("the edition has no such wave");
        assertThat(server.signIn("elsewhere-manager").get(path).statusCode())
                .as("another user's check")
                .isEqualTo(404);
        assertThat(manager.send(
                                manager.request(path)
                                        .POST(HttpRequest.BodyPublishers.noBody())
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .as("confirmation without the CSRF token")
                .isEqualTo(403);
        assertThat(lake.version(LakeTables.RESPONSES)).isEqualTo(version);
    }

    @Test
    void theConfirmedUploadIsIngestedWithTheChosenWave() throws Exception {
        WebUser manager = server.signIn("manager");
        String check = check(
                manager,
                "chosen-wave.csv",
                "participant_id,edition_id,wave,submitted_at,sd_integration\nP-X,E01,W9,2024-05-01T10:00:00+02:00,1\n",
                Map.of("programme", io.longitude.ingest.generate.DemoProgrammeGenerator.PROGRAMME_ID));
        assertThat(check).contains("UNKNOWN_WAVE");
        String path = "/upload/check/"
                + Pattern.compile("action=\"/upload/check/([0-9a-f-]+)\"")
                        .matcher(check)
                        .results()
                        .findFirst()
                        .orElseThrow()
                        .group(1);

        HttpResponse<String> confirmed = manager.postForm(path, Map.of());

        assertThat(confirmed.statusCode()).isEqualTo(302);
        String job = URI.create(confirmed.headers().firstValue("Location").orElseThrow())
                .getPath();
        String page = "";
        for (int attempt = 0;
                attempt < 240 && !page.contains("data-state=\"done\"") && !page.contains("data-state=\"failed\"");
                attempt++) {
            Thread.sleep(500);
            page = manager.get(job).body();
        }
        assertThat(page).contains("data-state=\"failed\"", "1 rows read, 0 accepted, 1 quarantined", "UNKNOWN_WAVE");
        assertThat(manager.get(job, "nl").body())
                .as("the job page in Dutch")
                .contains("<th>Regel</th>", "<th>Reden</th>", "de editie heeft die golf niet", "geweigerd")
                .doesNotContain("<th>line</th>", "the edition has no such wave");
        assertThat(manager.get(path).statusCode())
                .as("a confirmed check is gone")
                .isEqualTo(404);
        assertThat(io.longitude.dashboard.inbox.UploadChecksAccess.withConstants(
                        "tool: kobo\nedition_id: {column: edition}\nwave: {column: wave}\n", "E02", "W3"))
                .contains("edition_id: {value: \"E02\"}", "wave: {value: \"W3\"}")
                .doesNotContain("column: wave");
    }

    @Test
    void thePagesInABrowserInEveryLanguage() {
        Assumptions.assumeTrue(
                Files.isExecutable(Browser.CHROMIUM), "Chromium is absent: skipping the upload page's screenshots");
        ChromeDriver browser = Browser.start();
        try {
            Browser.signIn(browser, server, "manager");
            Path file = server.folder.resolve("check-in-browser.csv");
            Files.writeString(file, export, StandardCharsets.UTF_8);
            for (String language : List.of("nl", "fr", "en")) {
                for (int width : new int[] {1400, 400}) {
                    browser.manage().window().setSize(new Dimension(width, 1100));
                    browser.get(server.url + "/upload?lang=" + language);
                    Browser.screenshot(browser, "upload-form-" + language + "-" + width);
                    browser.findElement(By.name("file")).sendKeys(file.toString());
                    new Select(browser.findElement(By.id("upload-programme"))).selectByIndex(1);
                    browser.findElement(By.id("upload-check")).click();
                    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(120))
                            .until(driver -> !driver.findElements(By.id("upload-confirm"))
                                    .isEmpty());
                    assertThat(browser.findElement(By.id("upload-confirm")).isDisplayed())
                            .isTrue();
                    Browser.screenshot(browser, "upload-check-" + language + "-" + width);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            browser.quit();
        }
    }

    /** Posts the form of the upload page to the check and returns the check's page. */
    private static String check(WebUser user, String fileName, String content, Map<String, String> fields) {
        Matcher token = TOKEN.matcher(user.get("/upload").body());
        assertThat(token.find()).isTrue();
        StringBuilder body = new StringBuilder("--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1) + "\r\n");
        fields.forEach((name, value) -> body.append("--")
                .append(BOUNDARY)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        body.append("--")
                .append(BOUNDARY)
                .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName)
                .append("\"\r\nContent-Type: text/csv\r\n\r\n")
                .append(content)
                .append("\r\n--")
                .append(BOUNDARY)
                .append("--\r\n");
        HttpResponse<String> posted = user.send(
                HttpRequest.newBuilder(URI.create(server.url + "/upload/check"))
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
        return user.get(URI.create(posted.headers().firstValue("Location").orElseThrow())
                        .getPath())
                .body();
    }
}
