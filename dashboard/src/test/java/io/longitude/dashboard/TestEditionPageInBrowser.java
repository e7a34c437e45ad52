package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.longitude.dashboard.charts.ChartKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The edition page in a real headless Chromium, signed in as the demo manager (see {@link Browser} for the skip rule).
 */
class TestEditionPageInBrowser {
    static ChromeDriver browser;
    static DemoServer server;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        server = DemoServer.get();
        Browser.signIn(browser, server, "manager");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void editionPageShowsEveryFamilyWithItsChartLoadedOrNotAvailable() throws Exception {
        browser.get(server.url + "/editions/E01?lang=en");
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(
                        driver -> ((JavascriptExecutor) driver)
                                .executeScript(
                                        "return Array.from(document.querySelectorAll('img.chart')).every(i => i.complete && i.naturalWidth > 0)"));

        List<WebElement> figures = browser.findElements(By.cssSelector("figure.metric"));
        List<WebElement> charts = browser.findElements(By.cssSelector("figure.metric img.chart"));
        List<WebElement> missing = browser.findElements(By.cssSelector("figure.metric p.not-available"));
        assertThat(figures).hasSize(ChartKind.values().length);
        assertThat(charts.size() + missing.size()).isEqualTo(figures.size());
        assertThat(charts.size()).isGreaterThanOrEqualTo(4);
        for (WebElement chart : charts) {
            Long width = (Long) ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth", chart);
            assertThat(width).isEqualTo(640L);
        }
        assertThat(browser.findElements(
                        By.cssSelector("figure.metric table.numbers.plain, figure.metric table.numbers.detail")))
                .hasSizeGreaterThanOrEqualTo(charts.size());
        assertThat(browser.findElement(By.cssSelector("#response-rate table.numbers.plain"))
                        .getText())
                .contains("W0", "W4");
        assertThat(browser.findElements(By.cssSelector("section.glance a.card")))
                .hasSize(7);
        Long cardsBottom = (Long)
                ((JavascriptExecutor) browser)
                        .executeScript(
                                "return Math.ceil(Math.max(...Array.from(document.querySelectorAll('section.glance a.card')).map(c => c.getBoundingClientRect().bottom)))");
        assertThat(cardsBottom)
                .as("the cards end above the fold of a 1400 x 900 window")
                .isLessThanOrEqualTo(900L);
        Browser.screenshot(browser, "edition");
    }

    @Test
    void editionsComparedPageOpensFromTheEditionPage() throws Exception {
        browser.get(server.url + "/editions/E02?lang=en");
        browser.findElement(By.cssSelector("a.compared")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().endsWith("/editions/compared"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Editions compared");
        assertThat(browser.findElement(By.cssSelector("#headline-response_rate table.numbers"))
                        .getText())
                .contains("E01", "E02", "E03");
        Browser.screenshot(browser, "compared");
    }

    @Test
    void languageSwitchTurnsThePageFrench() {
        browser.get(server.url + "/editions/E02?lang=en");
        browser.findElement(By.linkText("fr")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.getPageSource().contains("Taux de réponse par vague"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Édition 2");
    }
}
