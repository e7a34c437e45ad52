package io.longitude.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The account page as a person uses it in Chromium: from their name in the header to a new token, shown once. */
class TestAccountPageInBrowser {
    static DemoServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        server = DemoServer.get();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theHeaderLeadsToTheAccountPageWhereATokenIsCreatedAndShownOnce() {
        Browser.signIn(browser, server, "analyst");
        browser.findElement(By.cssSelector("header a.user")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().endsWith("/account"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your account");

        browser.findElement(By.name("name")).sendKeys("browser notebook");
        browser.findElement(By.cssSelector("#create-token button")).click();
        String secret = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.findElement(By.id("secret")))
                .getText();
        assertThat(secret).startsWith("lgt_").hasSize(47);
        assertThat(browser.findElement(By.cssSelector("table.tokens")).getText())
                .contains("browser notebook", "read-only", "valid");
        Browser.screenshot(browser, "account-token-created");

        browser.get(server.url + "/account?lang=nl");
        assertThat(browser.getPageSource()).doesNotContain(secret);
        Browser.screenshot(browser, "account-nl");
    }
}
