package dev.reelwright.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reelwright.render.DecodedVideo;
import dev.reelwright.render.TestMedia;
import dev.reelwright.render.media.MediaInfo;
import dev.reelwright.render.media.MediaProbe;
import dev.reelwright.server.http.ApiServer;
import java.awt.Color;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;

/**
 * The web studio in a real headless Chromium, as a person uses it: paste a script and ask for a
 * video (the reply streams, the timeline shows the scenes, the preview plays), upload a photo and
 * use it in scene 2, make it vertical, change the title in the properties, export and download,
 * switch to Chinese, and the phone-sized layout. Controls are found by their accessible names.
 * Screenshots of each step: {@code target/screenshots/studio-*.png}.
 */
class StudioBrowserTest {
    private static final String SCRIPT_LINES = "# Urban Lights\n\nThe city wakes up before the sun, and coffee carts open on every corner.\n"
            + "A ferry crosses the harbour while the first trains fill with people.\nBy night the skyline glows <b>bright</b> like a circuit board.";
    private static final Duration TURN = Duration.ofSeconds(120);

    private ApiServer server;
    private WebDriver browser;
    private String base;

    @TempDir
    Path folder;

    @BeforeEach
    void start() throws Exception {
        browser = Chromium.start("StudioBrowserTest", folder, 1280, 900, folder.resolve("downloads"));
        server = new ApiServer(TestDatabases.open("sqlite", folder), ServerSettings.defaults(), folder.resolve("data"),
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
    void aPersonMakesWatchesRefinesAndExportsAVideoInTheBrowser() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), policy);
        assertFalse(page.body().matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), "index.html has no inline script");

        browser.get(base + "/");
        until("the credits show the new account's 100", () -> named("Credits").getText().contains("100"));
        Chromium.screenshot(browser, "studio-1-start");

        // Paste a script and ask for a video: the reply streams in while the server works.
        type(named("Message"), "Make a video from this script:\n" + SCRIPT_LINES);
        named("Send").click();
        List<String> seenWhileWorking = watchTurn();
        assertTrue(seenWhileWorking.stream().anyMatch(text -> !text.isBlank()), "a 'still working' line or streamed words showed: " + seenWhileWorking);
        WebElement reply = lastAgentMessage();
        assertTrue(reply.getText().contains("ready to export"), reply.getText());
        assertTrue(reply.findElements(By.className("tool-note")).stream().anyMatch(n -> n.getText().contains("generate_video_from_script")),
                "a note says what the agent did");
        WebElement conversation = named("Conversation");
        assertTrue(conversation.getText().contains("<b>bright</b>"), "the script's markup is shown as text");
        assertTrue(conversation.findElements(By.tagName("b")).isEmpty(), "no element was made from the script's text");

        ApiClient api = new ApiClient(base).as(script("return localStorage.getItem('reelwright.token')").toString());
        String session = script("return localStorage.getItem('reelwright.session')").toString();
        JsonNode state = state(api, session);
        WebElement timeline = named("Timeline");
        double lastLeft = -1;
        for (JsonNode scene : state.path("scenes")) {
            WebElement segment = timeline.findElement(By.cssSelector("[data-segment-id='" + scene.path("segment_id").asText() + "']"));
            assertEquals("button", segment.getTagName(), "segments are buttons a keyboard reaches");
            assertTrue(segment.getRect().getX() > lastLeft, "scenes are drawn in time order");
            lastLeft = segment.getRect().getX();
        }
        assertTrue(state.path("scenes").size() >= 4, state.path("scenes").toString());

        // The preview plays: its time advances, and the playhead follows it.
        int version = state.path("draft_version").asInt();
        WebElement preview = awaitPreview(version);
        script("arguments[0].muted = true; arguments[0].currentTime = 0; arguments[0].play();", preview);
        until("the preview plays", () -> ((Number) script("return arguments[0].currentTime", preview)).doubleValue() > 1.0);
        until("the playhead follows the preview", () -> Double.parseDouble(browser.findElement(By.id("playhead")).getAttribute("data-time-ms")) > 500);
        Chromium.screenshot(browser, "studio-2-made");
        script("arguments[0].pause();", preview);

        // Upload a photo: it is in the session's media, and after "use it in scene 2", in the timeline.
        Path photo = TestMedia.image(folder.resolve("harbour.png"), 640, 480, new Color(255, 140, 0), "png");
        named("Upload").sendKeys(photo.toString());
        until("the photo is in the session's media", () -> named("Media").getText().contains("harbour.png"));
        String mediaId = named("Media").findElement(By.cssSelector("[data-media-id]")).getAttribute("data-media-id");
        say("use it in scene 2");
        state = state(api, session);
        JsonNode scene2 = scene(state, 2);
        JsonNode scene2Segment = segment(state.path("draft"), scene2.path("segment_id").asText());
        assertTrue(scene2Segment.path("src").asText().contains(mediaId), lastAgentMessage().getText() + " / " + scene2Segment);
        String scene2Id = scene2.path("segment_id").asText();
        until("the timeline's scene 2 names the photo", () -> timeline().findElement(By.cssSelector("[data-segment-id='" + scene2Id + "']"))
                .getText().contains("harbour.png"));
        WebElement shown = awaitPreview(state.path("draft_version").asInt());
        double scene2Ms = (scene2.path("start_ms").asLong() + scene2.path("end_ms").asLong()) / 2.0;
        int[] orange = new DecodedVideo(preview(api, session, state.path("draft_version").asInt())).colorAt(scene2Ms, 0.5, 0.5);
        assertTrue(orange[0] > 200 && orange[1] > 90 && orange[1] < 190 && orange[2] < 80, "scene 2 shows the photo: " + java.util.Arrays.toString(orange));
        Chromium.screenshot(browser, "studio-3-photo");

        // "make it vertical": the preview's shape changes.
        assertTrue(((Number) script("return arguments[0].videoWidth", shown)).intValue() > ((Number) script("return arguments[0].videoHeight", shown)).intValue());
        say("make it vertical");
        state = state(api, session);
        WebElement vertical = awaitPreview(state.path("draft_version").asInt());
        until("the vertical preview has loaded", () -> ((Number) script("return arguments[0].videoHeight", vertical)).intValue() > 0);
        assertTrue(((Number) script("return arguments[0].videoHeight", vertical)).intValue()
                > ((Number) script("return arguments[0].videoWidth", vertical)).intValue(), "the preview is taller than wide");
        Chromium.screenshot(browser, "studio-4-vertical");

        // Change the title's text in the properties: a new version, and the preview shows it.
        int before = state.path("draft_version").asInt();
        JsonNode title = titleSegment(state.path("draft"));
        timeline().findElement(By.cssSelector("[data-segment-id='" + title.path("id").asText() + "']")).click();
        WebElement text = named("Text");
        until("the properties show the title", () -> text.getAttribute("value").equals(title.path("m").path("text").asText()));
        text.clear();
        text.sendKeys("Harbour Dreams");
        named("Apply").click();
        until("the edit made a new version", () -> {
            try {
                return state(api, session).path("draft_version").asInt() != before;
            } catch (Exception e) {
                return false;
            }
        });
        watchTurn();
        state = state(api, session);
        assertEquals("Harbour Dreams", titleSegment(state.path("draft")).path("m").path("text").asText());
        awaitPreview(state.path("draft_version").asInt());
        double titleMs = title.path("s").asLong() + title.path("d").asLong() * 0.7;
        int changed = differingPixels(new DecodedVideo(preview(api, session, before)), new DecodedVideo(preview(api, session,
                state.path("draft_version").asInt())), titleMs);
        assertTrue(changed > 200, "the preview's title changed (" + changed + " pixels differ)");
        Chromium.screenshot(browser, "studio-5-title");

        // Export at 480p: progress, then a download that is a valid MP4 of the draft's length.
        choose(named("Resolution"), "480p");
        named("Export").click();
        WebElement exports = named("Exports");
        until("the export completes", Duration.ofSeconds(180), () -> exports.findElements(By.cssSelector("[data-status='completed']")).size() == 1);
        Chromium.screenshot(browser, "studio-6-exported");
        exports.findElement(By.cssSelector("[data-status='completed']")).findElements(By.cssSelector("button, a")).stream()
                .filter(control -> control.getAccessibleName().equals("Download")).findFirst().orElseThrow().click();
        Path downloads = folder.resolve("downloads");
        until("the download is saved", () -> mp4s(downloads).size() == 1);
        MediaInfo exported = MediaProbe.probe(mp4s(downloads).get(0));
        assertTrue(exported.videoCodec() != null && exported.hasAudio(), exported.toString());
        assertEquals(480, exported.widthPx());
        assertEquals(state.path("draft").path("d").asLong(), exported.durationMs(), 150);

        // Switch to Chinese: the labels change.
        choose(named("Language"), "zh");
        for (String label : List.of("消息", "发送", "上传", "时间线", "预览", "导出", "积分")) {
            until("the Chinese label " + label, () -> !namedAll(label).isEmpty());
        }
        assertEquals("zh-CN", browser.findElement(By.tagName("html")).getAttribute("lang"));
        Chromium.screenshot(browser, "studio-7-chinese");

        // A phone-sized screen: every main control is still there and inside the screen's width.
        browser.manage().window().setSize(new Dimension(390, 844));
        choose(namedAll("语言").get(0), "en");
        for (String name : List.of("Message", "Send", "Export", "Credits", "Preview", "Timeline")) {
            WebElement control = named(name);
            int right = control.getRect().getX() + control.getRect().getWidth();
            assertTrue(right <= 390 + 1, name + " fits the phone's width (right edge " + right + ")");
        }
        Chromium.screenshot(browser, "studio-8-phone");

        List<String> problems = browser.manage().logs().get("browser").getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Uncaught")).toList();
        assertTrue(problems.isEmpty(), "the page ran without script errors or blocked content: " + problems);
    }

    // Finding things by what a screen reader calls them

    private WebElement named(String name) {
        List<WebElement> found = namedAll(name);
        if (found.isEmpty()) {
            throw new AssertionError("no control named \"" + name + "\" on the page");
        }
        return found.get(0);
    }

    private List<WebElement> namedAll(String name) {
        List<WebElement> found = new ArrayList<>();
        for (WebElement element : browser.findElements(By.cssSelector("button, input, textarea, select, video, ul, ol, a, [role], [aria-label]"))) {
            String accessible = element.getAccessibleName();
            if (name.equals(accessible == null ? null : accessible.strip())) {
                found.add(element);
            }
        }
        return found;
    }

    /** Picks an option of a select as a person does: the change event fires. */
    private void choose(WebElement select, String value) {
        script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", select, value);
        assertEquals(value, select.getAttribute("value"), "the select has an option " + value);
    }

    private WebElement timeline() {
        return named("Timeline");
    }

    private WebElement lastAgentMessage() {
        List<WebElement> messages = browser.findElements(By.cssSelector(".msg[data-author='agent']"));
        assertFalse(messages.isEmpty(), "the agent answered");
        return messages.get(messages.size() - 1);
    }

    /** Types into a text box the way a paste arrives: new lines included, without sending. */
    private static void type(WebElement box, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            box.sendKeys(lines[i]);
            if (i < lines.length - 1) {
                box.sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
            }
        }
    }

    private void say(String message) throws Exception {
        WebElement box = named("Message");
        box.sendKeys(message);
        box.sendKeys(Keys.ENTER);
        watchTurn();
    }

    /** Waits out the turn in progress; what the "still working" line and the reply showed meanwhile. */
    private List<String> watchTurn() throws Exception {
        Set<String> seen = new LinkedHashSet<>();
        until("the turn starts", Duration.ofSeconds(10), () -> "true".equals(busy()) || !browser.findElements(By.cssSelector(".msg[data-author='agent']")).isEmpty());
        long deadline = System.nanoTime() + TURN.toNanos();
        while ("true".equals(busy()) && System.nanoTime() < deadline) {
            for (WebElement status : browser.findElements(By.id("reply-status"))) {
                seen.add(status.getText());
            }
            Thread.sleep(100);
        }
        assertEquals("false", busy(), "the turn ended within " + TURN.toSeconds() + " s");
        return new ArrayList<>(seen);
    }

    private String busy() {
        return browser.findElement(By.tagName("body")).getAttribute("data-busy");
    }

    private WebElement awaitPreview(int version) throws Exception {
        until("the preview of version " + version, Duration.ofSeconds(60),
                () -> String.valueOf(version).equals(named("Preview").getAttribute("data-draft-version")));
        return named("Preview");
    }

    private Object script(String code, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(code, args);
    }

    private void until(String what, Supplier<Boolean> condition) throws Exception {
        until(what, Duration.ofSeconds(30), condition);
    }

    private void until(String what, Duration limit, Supplier<Boolean> condition) throws Exception {
        Chromium.until(browser, "studio", what, limit, condition);
    }

    // The server's side of what the page shows

    private static JsonNode state(ApiClient api, String session) throws Exception {
        return api.send("GET", "/api/state/nemo_agent/me/" + session + "/latest", null).path("data").path("state");
    }

    private static JsonNode scene(JsonNode state, int number) {
        for (JsonNode scene : state.path("scenes")) {
            if (scene.path("number").asInt() == number) {
                return scene;
            }
        }
        throw new AssertionError("no scene " + number + " in " + state.path("scenes"));
    }

    private static JsonNode segment(JsonNode draft, String id) {
        for (JsonNode track : draft.path("t")) {
            for (JsonNode segment : track.path("sg")) {
                if (segment.path("id").asText().equals(id)) {
                    return segment;
                }
            }
        }
        throw new AssertionError("no segment " + id);
    }

    private static JsonNode titleSegment(JsonNode draft) {
        for (JsonNode track : draft.path("t")) {
            if (track.path("m").path("role").asText().equals("title")) {
                return track.path("sg").get(0);
            }
        }
        throw new AssertionError("the draft has no title");
    }

    private Path preview(ApiClient api, String session, int version) throws Exception {
        Path file = folder.resolve("preview-v" + version + ".mp4");
        Files.write(file, api.download(base + "/api/sessions/" + session + "/preview?version=" + version));
        return file;
    }

    /** Pixels of the frames at {@code ms} whose colour differs clearly between two renders of the same size. */
    private static int differingPixels(DecodedVideo a, DecodedVideo b, double ms) {
        assertEquals(a.widthPx, b.widthPx);
        byte[] one = a.pictureAt(ms);
        byte[] other = b.pictureAt(ms);
        int differing = 0;
        for (int i = 0; i + 2 < Math.min(one.length, other.length); i += 3) {
            int distance = Math.abs((one[i] & 0xff) - (other[i] & 0xff)) + Math.abs((one[i + 1] & 0xff) - (other[i + 1] & 0xff))
                    + Math.abs((one[i + 2] & 0xff) - (other[i + 2] & 0xff));
            if (distance > 90) {
                differing++;
            }
        }
        return differing;
    }

    private static List<Path> mp4s(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".mp4")).toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
