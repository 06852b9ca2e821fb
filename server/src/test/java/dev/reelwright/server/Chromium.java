package dev.reelwright.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven through its chromedriver (both installed by {@code .ci/run}), headless,
 * for the web page tests; a test without them is skipped with a notice saying what to install.
 */
final class Chromium {
    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** A new browser with its own profile under {@code folder}; files it downloads go to {@code downloads}. */
    static WebDriver start(String testName, Path folder, int widthPx, int heightPx, Path downloads) throws Exception {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            System.err.println("NOTICE: " + testName + " skipped: install Debian's chromium and chromium-driver to drive the web pages");
            Assumptions.abort("no Chromium at " + BROWSER + " with " + DRIVER);
        }
        // Selenium warns that it has no DevTools bindings for this Chromium; WebDriver alone is all the tests use.
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
        ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile());
        // As root on a closed network: no sandbox, and no background calls to hosts it cannot reach.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--autoplay-policy=no-user-gesture-required", "--window-size=" + widthPx + "," + heightPx,
                "--user-data-dir=" + Files.createDirectories(folder.resolve("chromium-profile")));
        if (downloads != null) {
            options.setExperimentalOption("prefs", Map.of("download.default_directory", Files.createDirectories(downloads).toString(),
                    "download.prompt_for_download", false));
        }
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(driver, options);
    }

    /**
     * Waits until {@code condition} holds (a failing lookup counts as not yet); past {@code limit}, a
     * screenshot {@code target/screenshots/NAME-failed.png} and an error saying what was awaited.
     */
    static void until(WebDriver browser, String name, String what, java.time.Duration limit, java.util.function.Supplier<Boolean> condition)
            throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        Throwable last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.get()) {
                    return;
                }
                last = null;
            } catch (RuntimeException | AssertionError e) {
                last = e;
            }
            Thread.sleep(100);
        }
        screenshot(browser, name + "-failed");
        throw new AssertionError("waited " + limit.toSeconds() + " s for " + what + " (screenshot: target/screenshots/" + name + "-failed.png)", last);
    }

    /** What the page looks like now, written to {@code target/NAME.png} for a person to look at. */
    static void screenshot(WebDriver browser, String name) throws Exception {
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
