package dev.reelwright.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reelwright.server.http.ApiServer;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The page the 2001 message links to, driven in a real headless Chromium (Debian's chromium and
 * chromium-driver, which {@code .ci/run} installs): an anonymous user types their name and token,
 * registers, and keeps their session and credits under the token the page shows.
 */
class BindPageBrowserTest {
    private ApiServer server;
    private WebDriver browser;
    private String base;

    @TempDir
    Path folder;

    @BeforeEach
    void start() throws Exception {
        browser = Chromium.start("BindPageBrowserTest", folder, 900, 900, null);
        server = new ApiServer(TestDatabases.open("sqlite", folder), ServerSettings.defaults(), folder,
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
    void anAnonymousUserRegistersOnThePageAndKeepsTheirSessionAndCredits() throws Exception {
        ApiClient anonymous = new ApiClient(base);
        JsonNode grant = anonymous.send("POST", "/api/auth/anonymous-token", null, "X-Client-Id", "browser-1").path("data");
        String userId = grant.path("user_id").asText();
        String token = grant.path("token").asText();
        String session = anonymous.as(token).send("POST", "/api/tasks/me/with-session/nemo_agent", "{\"task_name\": \"kept\"}")
                .path("data").path("session_id").asText();

        browser.get(base + "/bind?bind=" + userId);
        assertEquals("Keep your Reelwright work", browser.getTitle());
        assertEquals(userId, browser.findElement(By.id("user")).getText());

        // A token that is not theirs: the page shows the server's message and registers nothing.
        String refused = register("Ana", "not-a-real-token");
        assertFalse(refused.startsWith("Registered"), refused);
        assertTrue(refused.toLowerCase(java.util.Locale.ROOT).contains("token"), refused);

        String registered = register("Ana", token);
        assertTrue(registered.startsWith("Registered. Your sessions and 100 credits are kept."), registered);
        assertFalse(browser.findElement(By.id("bind")).isDisplayed(), "the form goes once it has done its job");
        String newToken = browser.findElement(By.id("new-token")).getAttribute("value");
        assertTrue(newToken.startsWith("rw_") && !newToken.equals(token), newToken);
        Chromium.screenshot(browser, "bind-page");

        ApiClient kept = new ApiClient(base).as(newToken);
        assertEquals(100, kept.send("GET", "/api/credits/balance/simple", null).path("data").path("available").asInt());
        JsonNode sameSession = kept.send("GET", "/apps/nemo_agent/users/me/sessions/" + session, null);
        assertEquals(session, sameSession.path("id").asText(), sameSession.toString());

        // Opened again once registered, the page says so instead of registering twice.
        browser.get(base + "/bind?bind=" + userId);
        String again = register("Ana", newToken);
        assertTrue(again.contains("already registered"), again);
    }

    /** Fills the form, submits it and waits for the page's answer. */
    private String register(String name, String token) throws InterruptedException {
        WebElement nameField = browser.findElement(By.id("name"));
        WebElement tokenField = browser.findElement(By.id("token"));
        nameField.clear();
        nameField.sendKeys(name);
        tokenField.clear();
        tokenField.sendKeys(token);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement result = browser.findElement(By.id("result"));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (String text = result.getText(); System.nanoTime() < deadline; text = result.getText()) {
            if (!text.isBlank() && !text.startsWith("Registering")) {
                return text;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the page gave no answer within 20 s: \"" + result.getText() + "\"");
    }
}
