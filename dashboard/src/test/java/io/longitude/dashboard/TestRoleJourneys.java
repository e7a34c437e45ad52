package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Each role's main journey in a real headless Chromium, from the login page on, as a person clicks through it;
 * screenshots are kept in target/screenshots. A fresh browser per journey, so no session carries over.
 */
class TestRoleJourneys {
    static DemoServer server;
    ChromeDriver browser;
    Path downloads;

    @BeforeAll
    static void start() {
        server = DemoServer.get();
    }

    @BeforeEach
    void open() throws IOException {
        downloads = Files.createTempDirectory("longitude-downloads");
        browser = Browser.start(downloads);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void funderOpensTheReportAndDownloadsThePdf() {
        Browser.signIn(browser, server, "funder");
        assertThat(browser.findElements(By.cssSelector("a[href^='/editions/']")))
                .as("a funder sees no edition page")
                .isEmpty();
        browser.findElement(By.cssSelector("a.report")).click();

        wait(10).until(driver -> driver.getCurrentUrl().contains("/reports/brussels-sd-pilot"));
        wait(30).until(driver -> imagesLoaded());
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("brussels-sd-pilot");
        // The demo publishes no count of 1 to 4 people at all: its notes explain "×" and that other counts are shown.
        assertThat(browser.findElement(By.id("footnote")).getText())
                .contains("×: hidden", "Every other count is shown")
                .doesNotContain("< 5:");
        Browser.screenshot(browser, "journey-funder-report");
        browser.findElement(By.cssSelector("a.download[href*='.pdf']")).click();

        Path pdf = downloaded(".pdf");
        assertThat(bytes(pdf)).startsWith('%', 'P', 'D', 'F');
    }

    @Test
    void managerOpensAnEditionAndItsNetwork() {
        Browser.signIn(browser, server, "manager");
        browser.findElement(By.cssSelector("a[href='/editions/E01']")).click();
        wait(10).until(driver -> driver.getCurrentUrl().endsWith("/editions/E01"));
        wait(60).until(driver -> imagesLoaded());
        assertThat(browser.findElements(By.cssSelector("figure.metric"))).hasSizeGreaterThanOrEqualTo(15);
        Browser.screenshot(browser, "journey-manager-edition");

        browser.findElement(By.cssSelector("a.network-link")).click();

        wait(10).until(driver -> driver.getCurrentUrl().endsWith("/editions/E01/network"));
        wait(60).until(driver -> imagesLoaded());
        assertThat(browser.findElements(By.cssSelector("img[src*='network-map']")))
                .isNotEmpty();
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContainPattern("[0-9a-f]{32}");
        Browser.screenshot(browser, "journey-manager-network");
    }

    @Test
    void analystRunsAQueryAndDownloadsTheCsv() {
        Browser.signIn(browser, server, "analyst");
        browser.findElement(By.cssSelector("a[href='/sql']")).click();
        wait(10).until(driver -> driver.getCurrentUrl().endsWith("/sql"));
        var text = browser.findElement(By.id("sql-text"));
        text.clear();
        text.sendKeys("SELECT wave, count(*) AS responses FROM responses GROUP BY wave ORDER BY wave");

        browser.findElement(By.id("sql-run")).click();

        wait(90).until(driver ->
                !driver.findElements(By.cssSelector("#sql-result tbody tr")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#sql-result tbody tr"))).hasSize(5);
        assertThat(browser.findElement(By.id("sql-result")).getText()).contains("W0", "W4");
        Browser.screenshot(browser, "journey-analyst-sql");
        browser.findElement(By.id("sql-csv")).click();

        String csv = new String(bytes(downloaded(".csv")), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst()).hasValue("wave,responses");
        assertThat(csv.lines().count()).isEqualTo(6);
    }

    @Test
    void adminReadsTheAuditLog() {
        Browser.signIn(browser, server, "admin");
        browser.findElement(By.cssSelector("a[href='/admin/audit']")).click();

        wait(60).until(driver -> driver.getCurrentUrl().endsWith("/admin/audit")
                && !driver.findElements(By.tagName("h1")).isEmpty());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Audit log");
        Browser.screenshot(browser, "journey-admin-audit");
    }

    private boolean imagesLoaded() {
        return (Boolean) ((JavascriptExecutor) browser)
                .executeScript("return Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)");
    }

    /** The file the browser finished downloading into the download folder, waiting up to 30 s. */
    /**
     * The downloaded file once Chromium has finished it: the file has bytes and no {@code .crdownload} is left (Chromium
     * may create the file under its final name before it writes it).
     */
    Path downloaded(String suffix) {
        wait(30).until(driver -> list().anyMatch(file -> file.toString().endsWith(suffix) && size(file) > 0)
                && list().noneMatch(file -> file.toString().endsWith(".crdownload")));
        return list().filter(file -> file.toString().endsWith(suffix))
                .findFirst()
                .orElseThrow();
    }

    private Stream<Path> list() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriverWait wait(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }
}
