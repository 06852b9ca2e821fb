package dev.reelwright.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.server.http.ApiServer;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * What the studio refuses and says, in headless Chromium: an account without credits is shown the
 * registration link; a file type the server does not take is refused before it is sent, a file
 * whose content lies about its type with the server's own message; undo with nothing to undo.
 */
class StudioRefusalsBrowserTest {
    private ApiServer server;
    private WebDriver browser;
    private String base;

    @TempDir
    Path folder;

    @BeforeEach
    void start() throws Exception {
        browser = Chromium.start("StudioRefusalsBrowserTest", folder, 1280, 900, null);
        server = new ApiServer(TestDatabases.open("sqlite", folder), new ServerSettings(0, Duration.ofDays(7), 10, null), folder.resolve("data"),
                new PrintStream(OutputStream.nullOutputStream()));
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void refusalsAreShownWithWhatToDo() throws Exception {
        browser.get(base + "/");
        until("the credits show 0", () -> browser.findElement(By.id("credits")).getText().contains("0"));
        WebElement register = browser.findElement(By.id("register-link"));
        until("the registration link shows when credits run out", register::isDisplayed);
        assertTrue(register.getAttribute("href").matches(".*/bind\\?bind=u_[0-9a-f]{32}"), register.getAttribute("href"));

        Path program = Files.write(folder.resolve("notes.exe"), new byte[] {'M', 'Z', 0, 0});
        Path fakePhoto = Files.writeString(folder.resolve("holiday.png"), "this is not a picture at all");
        WebElement upload = browser.findElement(By.cssSelector("input[type=file][aria-label='Upload']"));
        upload.sendKeys(program.toString());
        until("the program is refused before it is sent", () -> refusal("notes.exe") != null);
        assertTrue(refusal("notes.exe").toLowerCase(java.util.Locale.ROOT).contains("png"), "it says what is accepted: " + refusal("notes.exe"));
        upload.sendKeys(fakePhoto.toString());
        until("the lying file is refused with the server's message", () -> refusal("holiday.png") != null);
        String message = refusal("holiday.png");
        assertTrue(message.contains("holiday.png: not an accepted file, or its content is not what its name says"), message);
        assertTrue(browser.findElement(By.id("media-list")).findElements(By.cssSelector("[data-media-id]")).isEmpty(), "nothing was kept");
        Chromium.screenshot(browser, "studio-refusals");
    }

    /** The text of the refused row for {@code name} in the uploads list, or null. */
    private String refusal(String name) {
        List<WebElement> rows = browser.findElements(By.cssSelector(".uploads .refused"));
        return rows.stream().map(WebElement::getText).filter(text -> text.contains(name)).findFirst().orElse(null);
    }

    private void until(String what, java.util.function.Supplier<Boolean> condition) throws Exception {
        Chromium.until(browser, "studio-refusals", what, Duration.ofSeconds(30), condition);
    }
}
