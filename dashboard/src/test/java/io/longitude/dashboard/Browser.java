package io.longitude.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium through Debian's chromedriver; nothing is downloaded. Where Chromium is absent the tests
 * skip with the reason, unless {@code -Dlongitude.require-browser=true} (CI) turns the skip into a failure.
 */
final class Browser {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {}

    /** A new headless Chromium with its own profile (cookies), or a skipped test when there is none. */
    static ChromeDriver start() {
        return start(null);
    }

    /** The same, saving downloads into {@code downloads} without asking (when not null). */
    static ChromeDriver start(Path downloads) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String reason = "Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): apt-get install chromium chromium-driver to run the browser tests";
        if (!present && Boolean.getBoolean("longitude.require-browser")) {
            throw new AssertionError(reason + "; longitude.require-browser=true forbids skipping");
        }
        Assumptions.assumeTrue(present, reason);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--no-first-run",
                "--window-size=1400,2400",
                "--lang=en");
        if (downloads != null) {
            options.setExperimentalOption(
                    "prefs",
                    java.util.Map.of(
                            "download.default_directory",
                            downloads.toAbsolutePath().toString(),
                            "download.prompt_for_download",
                            false,
                            "download.directory_upgrade",
                            true));
        }
        return new ChromeDriver(options);
    }

    /** Signs in through the login page, as a person would, and waits for the home page. */
    static void signIn(ChromeDriver browser, DemoServer server, String username) {
        browser.get(server.url + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(server.passwords.get(username));
        browser.findElement(By.id("sign-in")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().equals(server.url + "/"));
    }

    /** Keeps a screenshot as test output, in target/screenshots. */
    static void screenshot(ChromeDriver browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(
                    SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
