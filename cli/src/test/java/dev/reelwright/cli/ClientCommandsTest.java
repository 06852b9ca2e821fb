package dev.reelwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reelwright.render.Cancellation;
import dev.reelwright.render.DecodedVideo;
import dev.reelwright.render.TestMedia;
import dev.reelwright.server.ServerSettings;
import dev.reelwright.server.http.ApiServer;
import dev.reelwright.server.store.Database;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reel chat} and the one-shot client commands against a real Reelwright server started here. */
class ClientCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCRIPT = "turn my script into a 10-second video: Fresh bread comes out of the oven every morning. "
            + "Visit our bakery on Main Street today.";

    @TempDir
    Path dir;

    private ApiServer server;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void start() {
        server = new ApiServer(Database.embedded(dir.resolve("db")), ServerSettings.defaults(), dir.resolve("data"),
                new PrintStream(OutputStream.nullOutputStream()));
        int port = server.start("127.0.0.1", 0);
        env.put("REEL_SERVER", "http://127.0.0.1:" + port);
        env.put("REEL_CONFIG_DIR", dir.resolve("config").toString());
        env.put("REEL_POLL_MS", "200");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ReelRun typed(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Reel.run(List.of(args), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), env,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), new Cancellation());
        return new ReelRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private ReelRun reel(String... args) {
        return typed("", args);
    }

    @Test
    void oneShotsMakeAVideoAndExportItWithAnAnonymousTokenKeptPrivately() throws Exception {
        ReelRun credits = reel("credits");
        assertEquals(0, credits.exitCode(), credits.err());
        assertEquals("Credits: 100 available.", credits.out().strip());
        Path config = dir.resolve("config").resolve("client.json");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(config)));
        String token = JSON.readTree(config.toFile()).path("servers").elements().next().path("token").asText();
        assertFalse(token.isBlank());
        ReelRun again = reel("credits", "--json");
        assertEquals(100, JSON.readTree(again.out()).path("available").asInt(), again.out());
        assertEquals(token, JSON.readTree(config.toFile()).path("servers").elements().next().path("token").asText(), "the token is reused");
        assertFalse(credits.out().contains(token) || again.out().contains(token), "never prints the token");

        ReelRun made = reel("say", SCRIPT);
        assertEquals(0, made.exitCode(), made.err());
        assertTrue(made.out().contains("Timeline"), made.out());
        assertFalse(made.out().contains("functionCall") || made.out().contains("{\""), "no tool calls or raw JSON: " + made.out());
        assertTrue(reel("credits").out().contains("90 available"), "the generation cost 10");

        ReelRun status = reel("status", "--json");
        JsonNode state = JSON.readTree(status.out());
        assertTrue(state.path("summary").asText().startsWith("Timeline ("), status.out());
        long draftMs = state.path("draft").path("d").asLong();

        Path photo = TestMedia.image(dir.resolve("red.png"), 320, 240, Color.RED, "png");
        ReelRun uploaded = reel("upload", photo.toString());
        assertEquals(0, uploaded.exitCode(), uploaded.err());
        assertTrue(uploaded.out().startsWith("Uploaded red.png (image"), uploaded.out());
        Path bogus = Files.writeString(dir.resolve("notes.xyz"), "not media");
        ReelRun refused = reel("upload", bogus.toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("does not take that file"), refused.err());

        Path mp4 = dir.resolve("bakery.mp4");
        ReelRun exported = reel("export", "-o", mp4.toString(), "--resolution", "480p");
        assertEquals(0, exported.exitCode(), exported.err());
        assertTrue(exported.out().contains("100%") && exported.out().contains("Saved " + mp4), exported.out());
        DecodedVideo video = new DecodedVideo(mp4);
        assertEquals(480, video.heightPx);
        assertEquals(draftMs, video.videoDurationMs(), 100);
    }

    @Test
    void aConversationRoutesWhatTheSkillsRouteAndEditsByChat() throws Exception {
        assertEquals(0, reel("say", SCRIPT).exitCode());
        ReelRun chat = typed("credits\nstatus\nmake it vertical\n把背景音乐调小一点\nexit\n", "chat");
        assertEquals(0, chat.exitCode(), chat.err());
        String screen = chat.out();
        assertTrue(screen.startsWith("Connecting to http://127.0.0.1:"), screen);
        assertTrue(screen.contains("Ready (session "), screen);
        assertTrue(screen.contains("Credits: 90 available."), screen);
        assertTrue(screen.contains("The video is now 9:16"), screen);
        assertTrue(screen.contains("背景音乐"), screen);
        assertTrue(screen.strip().endsWith("Bye."), screen);
        JsonNode draft = JSON.readTree(reel("status", "--json").out()).path("draft");
        assertTrue(draft.path("m").path("h").asInt() > draft.path("m").path("w").asInt(), "vertical");
    }

    /** The real command in a pseudo-terminal (util-linux script): what a person typing sees, with their typing echoed. */
    @Test
    void anInteractiveSessionThroughAPseudoTerminal() throws Exception {
        assertEquals(0, reel("say", SCRIPT).exitCode());
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = String.join(" ", List.of(javaBin, "-cp", "'" + System.getProperty("java.class.path") + "'", "--add-modules",
                "jdk.incubator.vector", "-Djava.awt.headless=true", "dev.reelwright.cli.Reel", "chat"));
        ProcessBuilder builder = new ProcessBuilder("script", "-qfec", command, "/dev/null").redirectErrorStream(true);
        builder.environment().putAll(env);
        Process terminal = builder.start();
        try (var typing = new java.io.OutputStreamWriter(terminal.getOutputStream(), StandardCharsets.UTF_8)) {
            typing.write("credits\nadd the title 'Fresh Every Day' on the first 2 seconds\nexit\n");
        }
        String screen = new String(terminal.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r", "");
        assertTrue(terminal.waitFor(2, java.util.concurrent.TimeUnit.MINUTES));
        assertEquals(0, terminal.exitValue(), screen);
        assertTrue(screen.contains("Ready (session "), screen);
        assertTrue(screen.contains("Credits: 90 available."), screen);
        assertTrue(screen.contains("Added \u2018Fresh Every Day\u2019"), screen);
        assertFalse(screen.contains("\"functionCall\"") || screen.contains("Bearer"), screen);
        assertTrue(screen.contains("Bye."), screen);
    }

    @Test
    void aBusyServerIsWaitedForOnceAndACutStreamIsPickedUpAgain() throws Exception {
        try (FaultyFront front = new FaultyFront(env.get("REEL_SERVER"))) {
            env.put("REEL_SERVER", front.url());
            front.busyOnce("/api/credits/balance/simple");
            ReelRun credits = reel("credits");
            assertEquals(0, credits.exitCode(), credits.err());
            assertTrue(credits.out().contains("busy; trying again in 1 s") && credits.out().contains("Credits: 100 available."), credits.out());

            front.cutNextStream();
            ReelRun made = reel("say", SCRIPT);
            assertEquals(0, made.exitCode(), made.err());
            assertTrue(made.out().contains("picking the reply up again"), made.out());
            assertTrue(front.resumed.get() >= 1, "resumed with Last-Event-ID");
            assertEquals(1, made.out().split("is ready to export", -1).length - 1, "the reply once: " + made.out());
            assertTrue(reel("credits").out().contains("90 available"), "one generation, paid once");
        }
    }

    @Test
    void errorsGetTheSkillsAnswers() throws Exception {
        ReelRun lostSession = reel("status", "--session", "s_nope");
        assertEquals(0, lostSession.exitCode(), lostSession.err());
        assertTrue(lostSession.out().contains("started a new one"), lostSession.out());

        // A stored token the server no longer knows: a new anonymous one, and the call goes through.
        assertEquals(0, reel("credits").exitCode());
        Path config = dir.resolve("config").resolve("client.json");
        Files.writeString(config, Files.readString(config).replaceAll("\"token\" : \"[^\"]+\"", "\"token\" : \"stale\""));
        ReelRun renewed = reel("credits");
        assertEquals(0, renewed.exitCode(), renewed.err());

        env.put("NEMO_TOKEN", "not-a-token");
        ReelRun badToken = reel("credits");
        assertEquals(2, badToken.exitCode());
        assertTrue(badToken.err().contains("NEMO_TOKEN"), badToken.err());
        env.remove("NEMO_TOKEN");

        ReelRun noScript = reel("say", "   ");
        assertEquals(2, noScript.exitCode());
        ReelRun missing = reel("upload", dir.resolve("gone.mp4").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("gone.mp4: no such file"), missing.err());

        env.put("REEL_SERVER", "http://127.0.0.1:1");
        ReelRun down = reel("credits");
        assertEquals(2, down.exitCode());
        assertTrue(down.err().contains("cannot reach http://127.0.0.1:1"), down.err());
    }

    @Test
    void oversizedAndUnsupportedUploadsSayWhatToDo() throws Exception {
        ApiServer small = new ApiServer(Database.embedded(dir.resolve("db-small")), ServerSettings.defaults().withUploadMaxBytes(200_000),
                dir.resolve("data-small"), new PrintStream(OutputStream.nullOutputStream()));
        try {
            env.put("REEL_SERVER", "http://127.0.0.1:" + small.start("127.0.0.1", 0));
            Path big = dir.resolve("big.wav");
            SampleMedia.writeWav(SampleMedia.speech(3, 8), big);
            ReelRun tooBig = reel("upload", big.toString());
            assertEquals(2, tooBig.exitCode(), tooBig.out() + tooBig.err());
            assertTrue(tooBig.err().contains("too large") && tooBig.err().contains("compress it or trim it"), tooBig.err());
            Path notes = Files.writeString(dir.resolve("notes.exe"), "MZ not a video");
            ReelRun unsupported = reel("upload", notes.toString());
            assertEquals(2, unsupported.exitCode());
            assertTrue(unsupported.err().contains("mp4"), "names the formats it takes: " + unsupported.err());
            assertEquals(0, reel("credits").exitCode(), "the server keeps serving");
        } finally {
            small.close();
        }
    }

    @Test
    void outOfCreditsGivesTheRegistrationLinkAndAPlanRefusalIsNotAboutCredits() throws Exception {
        ApiServer poor = new ApiServer(Database.embedded(dir.resolve("db-poor")), new ServerSettings(5, java.time.Duration.ofDays(7), 10, null),
                dir.resolve("data-poor"), new PrintStream(OutputStream.nullOutputStream()));
        try (FaultyFront front = new FaultyFront("http://127.0.0.1:" + poor.start("127.0.0.1", 0))) {
            env.put("REEL_SERVER", front.url());
            ReelRun broke = reel("say", SCRIPT);
            assertEquals(2, broke.exitCode(), broke.out() + broke.err());
            assertTrue(broke.err().contains("/bind?bind="), "the registration link: " + broke.err());
            assertTrue(reel("credits").out().contains("5 available"), "nothing was spent");

            front.refuseOnce("/api/render/proxy/lambda", 402, "{\"code\":402,\"message\":\"exports need a paid plan\",\"data\":null}");
            ReelRun blocked = reel("export");
            assertEquals(2, blocked.exitCode());
            assertTrue(blocked.err().contains("plan does not allow this export") && blocked.err().contains("not about credits"), blocked.err());
        } finally {
            poor.close();
        }
    }
}
