package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console page in real Chromium as an analyst: the schema panel inserts names, an error clears the previous rows
 * and says what kind it is, a result can be drawn, a query saved; and the page at 1400 and 400 px in en, nl and fr
 * (screenshots in target/screenshots: console-schema-*.png), and the audit page as an admin.
 */
class TestConsoleInBrowser {
    static ChromeDriver browser;
    static DemoServer server;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        server = DemoServer.get();
        Browser.signIn(browser, server, "analyst");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    private static void run(String sql) {
        WebElement text = browser.findElement(By.id("sql-text"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", text, sql);
        browser.findElement(By.id("sql-run")).click();
        waiting()
                .until(driver -> driver.findElement(By.id("sql-run")).isEnabled()
                        && !driver.findElement(By.id("sql-status")).getText().isBlank());
    }

    @Test
    void analystWorksInTheConsole() {
        browser.manage().window().setSize(new Dimension(1400, 1000));
        browser.get(server.url + "/sql?lang=en");
        List<WebElement> views = browser.findElements(By.cssSelector("#sql-schema details.sql-view"));
        assertThat(views).hasSizeGreaterThanOrEqualTo(8);
        assertThat(browser.findElement(By.cssSelector("#sql-schema details[data-view='responses'] .sql-rows"))
                        .getText())
                .matches("[0-9,]+ rows");

        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('sql-text').value = 'SELECT * FROM '; "
                        + "document.getElementById('sql-text').setSelectionRange(14, 14)");
        browser.findElement(By.cssSelector("#sql-schema details[data-view='editions'] summary button.sql-insert"))
                .click();
        assertThat(browser.findElement(By.id("sql-text")).getDomProperty("value"))
                .isEqualTo("SELECT * FROM editions");

        run("SELECT wave, count(*) AS responses FROM responses GROUP BY wave ORDER BY wave");
        assertThat(browser.findElements(By.cssSelector("#sql-result tbody tr"))).hasSize(5);
        assertThat(browser.findElement(By.id("sql-chart-form")).isDisplayed()).isTrue();
        browser.findElement(By.id("sql-chart-draw")).click();
        waiting()
                .until(
                        driver -> (Boolean)
                                ((JavascriptExecutor) driver)
                                        .executeScript(
                                                "const i = document.getElementById('sql-chart'); return !!i.src && i.complete && i.naturalWidth === 640"));
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('sql-save-name').value = 'responses per wave'");
        browser.findElement(By.id("sql-save")).click();
        waiting()
                .until(driver ->
                        driver.findElement(By.id("sql-saved")).getText().contains("responses per wave"));
        Browser.screenshot(browser, "console-schema-en");

        run("SELECT wave,\n  count(* AS n FROM responses");
        assertThat(browser.findElement(By.id("sql-status")).getText()).isEqualTo("Syntax error.");
        assertThat(browser.findElement(By.id("sql-error")).getText()).contains("syntax error at line 2");
        assertThat(browser.findElements(By.cssSelector("#sql-result tr")))
                .as("the previous rows are cleared")
                .isEmpty();
        assertThat(browser.findElement(By.id("sql-chart-figure")).isDisplayed()).isFalse();
        Browser.screenshot(browser, "console-error-en");

        run("SELECT * FROM respones");
        assertThat(browser.findElement(By.id("sql-status")).getText()).isEqualTo("Unknown name.");
        assertThat(browser.findElement(By.id("sql-error")).getText()).contains("the views you can read are");
        run("DELETE FROM responses");
        assertThat(browser.findElement(By.id("sql-status")).getText()).startsWith("Refused");
        waiting()
                .until(driver ->
                        driver.findElement(By.id("sql-history")).getText().contains("DELETE FROM responses"));
    }

    @Test
    void pageReadsWellInEveryLanguageAndWidth() {
        for (String language : List.of("en", "nl", "fr")) {
            for (int width : List.of(1400, 400)) {
                browser.manage().window().setSize(new Dimension(width, width == 400 ? 1800 : 1100));
                browser.get(server.url + "/sql?lang=" + language);
                waiting()
                        .until(driver -> driver.findElement(By.id("sql-schema")).isDisplayed());
                Long overflow = (Long) ((JavascriptExecutor) browser)
                        .executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(overflow)
                        .as(language + " at " + width + " px: no sideways scrolling of the page")
                        .isLessThanOrEqualTo(0L);
                if (width == 400) {
                    Long schemaTop = (Long)
                            ((JavascriptExecutor) browser)
                                    .executeScript(
                                            "return Math.round(document.getElementById('sql-schema').getBoundingClientRect().top)");
                    Long formBottom = (Long)
                            ((JavascriptExecutor) browser)
                                    .executeScript(
                                            "return Math.round(document.getElementById('sql-form').getBoundingClientRect().bottom)");
                    assertThat(schemaTop)
                            .as("the schema panel goes under the query on a phone")
                            .isGreaterThan(formBottom);
                }
                Browser.screenshot(browser, "console-schema-" + language + "-" + width);
            }
        }
        browser.get(server.url + "/sql?lang=nl");
        assertThat(browser.findElement(By.id("sql-schema")).getText())
                .contains("Schema", "rijen", "Bewaarde query's", "Geschiedenis");
        browser.get(server.url + "/sql?lang=fr");
        assertThat(browser.findElement(By.id("sql-schema")).getText())
                .contains("Schéma", "lignes", "Requêtes enregistrées", "Historique");
        browser.get(server.url + "/sql?lang=en");
    }

    @Test
    void adminReadsTheAuditPage() {
        ChromeDriver admin = Browser.start();
        try {
            Browser.signIn(admin, server, "admin");
            for (int width : List.of(1400, 400)) {
                admin.manage().window().setSize(new Dimension(width, 1400));
                admin.get(server.url + "/admin/audit?lang=en&action=sql");
                assertThat(admin.findElement(By.id("audit-user")).isDisplayed()).isTrue();
                assertThat(admin.findElement(By.id("audit-from")).getAttribute("type"))
                        .isEqualTo("date");
                Browser.screenshot(admin, "audit-en-" + width);
            }
        } finally {
            admin.quit();
        }
    }
}
