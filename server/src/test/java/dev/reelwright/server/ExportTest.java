package dev.reelwright.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reelwright.render.media.MediaInfo;
import dev.reelwright.render.media.MediaProbe;
import dev.reelwright.server.account.Accounts;
import dev.reelwright.server.account.Credits;
import dev.reelwright.server.export.RenderJob;
import dev.reelwright.server.export.RenderJobs;
import dev.reelwright.server.http.ApiServer;
import dev.reelwright.server.session.Sessions;
import dev.reelwright.server.store.Database;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports over real HTTP: start, poll, download with Range, cancel, refuse, limit, resume after a restart. */
class ExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SMALL = """
            {"v":1,"m":{"w":320,"h":180,"fps":15},"d":2000,"t":[
             {"id":"v","tt":0,"sg":[{"id":"a","s":0,"d":2000,"m":{"color":"#2060c0"}}]},
             {"id":"t","tt":7,"sg":[{"id":"x","s":0,"d":2000,"m":{"text":"Export"}}]}]}""";
    private ApiServer server;
    private Database database;
    private String base;

    @TempDir
    Path folder;

    private void start(ServerSettings settings) {
        if (database == null) {
            database = TestDatabases.open("sqlite", folder);
        }
        server = new ApiServer(database, settings, folder, new PrintStream(OutputStream.nullOutputStream()));
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<byte[]> raw(String method, String path, String token, String body, String... headers) throws Exception {
        return new ApiClient(base).as(token).raw(method, path, body, headers);
    }

    private JsonNode call(String method, String path, String token, String body, String... headers) throws Exception {
        return JSON.readTree(raw(method, path, token, body, headers).body());
    }

    private String token(String client) throws Exception {
        return call("POST", "/api/auth/anonymous-token", null, null, "X-Client-Id", client).path("data").path("token").asText();
    }

    private String session(String token) throws Exception {
        return call("POST", "/api/tasks/me/with-session/nemo_agent", token, "{}").path("data").path("session_id").asText();
    }

    private JsonNode export(String token, String id, String session, String draft) throws Exception {
        return call("POST", "/api/render/proxy/lambda", token, "{\"id\": \"" + id + "\", \"sessionId\": \"" + session + "\", \"draft\": "
                + draft + ", \"output\": {\"format\": \"mp4\", \"quality\": \"draft\"}}");
    }

    private JsonNode waitFor(String token, String id) throws Exception {
        for (int i = 0; i < 480; i++) {
            JsonNode poll = call("GET", "/api/render/proxy/lambda/" + id, token, null);
            String status = poll.path("status").asText();
            if (!status.equals("pending") && !status.equals("processing")) {
                return poll;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the export " + id + " did not finish");
    }

    @Test
    void anExportRendersInAWorkerAndOnlyItsOwnerDownloadsItWithRanges() throws Exception {
        start(ServerSettings.defaults());
        String token = token("exporter");
        String session = session(token);
        JsonNode started = export(token, "render_1", session, SMALL);
        assertEquals(0, started.path("code").asInt(), started.toString());
        assertTrue(started.path("success").asBoolean());
        assertEquals("pending", started.path("data").path("status").asText());
        JsonNode done = waitFor(token, "render_1");
        assertEquals("completed", done.path("status").asText(), done.toString());
        assertEquals(100, done.path("data").path("progress").asInt());
        assertEquals(2.0, done.path("output").path("duration").asDouble(), 0.1);
        assertTrue(done.path("outputUrl").asText().endsWith("/api/render/proxy/render_1/download"));

        HttpResponse<byte[]> whole = raw("GET", "/api/render/proxy/render_1/download", token, null);
        assertEquals(200, whole.statusCode());
        Path copy = Files.write(folder.resolve("copy.mp4"), whole.body());
        MediaInfo info = MediaProbe.probe(copy);
        assertEquals(320, info.widthPx());
        assertEquals(2000, info.durationMs(), 100);
        HttpResponse<byte[]> part = raw("GET", "/api/render/proxy/render_1/download", token, null, "Range", "bytes=0-99");
        assertEquals(206, part.statusCode());
        assertArrayEquals(java.util.Arrays.copyOf(whole.body(), 100), part.body());
        assertEquals("bytes 0-99/" + whole.body().length, part.headers().firstValue("Content-Range").orElseThrow());
        HttpResponse<byte[]> tail = raw("GET", "/api/render/proxy/render_1/download", token, null, "Range", "bytes=-10");
        assertArrayEquals(java.util.Arrays.copyOfRange(whole.body(), whole.body().length - 10, whole.body().length), tail.body());
        assertEquals(416, raw("GET", "/api/render/proxy/render_1/download", token, null, "Range", "bytes=999999999-").statusCode());

        String stranger = token("stranger");
        assertEquals(1002, call("GET", "/api/render/proxy/lambda/render_1", stranger, null).path("code").asInt());
        assertEquals(404, raw("GET", "/api/render/proxy/render_1/download", stranger, null).statusCode());
        JsonNode reused = export(token, "render_1", session, SMALL);
        assertEquals(4000, reused.path("code").asInt());
        assertTrue(reused.path("message").asText().contains("already used"), reused.toString());
        JsonNode sized = call("POST", "/api/render/proxy/lambda", token, "{\"id\": \"render_720\", \"sessionId\": \"" + session
                + "\", \"output\": {\"format\": \"mp4\", \"quality\": \"draft\", \"resolution\": \"720p\"}}");
        assertEquals(0, sized.path("code").asInt(), sized.toString());
        JsonNode sizedDone = waitFor(token, "render_720");
        Path big = Files.write(folder.resolve("big.mp4"), raw("GET", "/api/render/proxy/render_720/download", token, null).body());
        assertEquals(1280, MediaProbe.probe(big).widthPx(), sizedDone.toString());
        assertEquals(400, raw("POST", "/api/render/proxy/lambda", token, "{\"id\": \"render_4k\", \"sessionId\": \"" + session
                + "\", \"output\": {\"resolution\": \"4k\"}}").statusCode());
        JsonNode balance = call("GET", "/api/credits/balance/simple", token, null).path("data");
        assertEquals(100, balance.path("available").asInt(), "exports cost nothing by default");
        assertEquals(0, balance.path("frozen").asInt());
    }

    @Test
    void badDraftsAndForeignMediaFailCleanlyAndTheServerKeepsServing() throws Exception {
        start(ServerSettings.defaults());
        String token = token("careful");
        String session = session(token);
        JsonNode invalid = export(token, "render_bad", session, "{\"v\": 1, \"d\": -5}");
        assertEquals(4000, invalid.path("code").asInt());
        assertTrue(invalid.path("message").asText().contains("not valid"), invalid.toString());
        String missing = SMALL.replace("\"m\":{\"color\":\"#2060c0\"}", "\"src\":\"media:nothing.png\"");
        export(token, "render_missing", session, missing);
        JsonNode failed = waitFor(token, "render_missing");
        assertEquals("failed", failed.path("status").asText());
        assertTrue(failed.path("error").asText().contains("nothing.png"), failed.toString());
        String foreign = SMALL.replace("\"m\":{\"color\":\"#2060c0\"}", "\"src\":\"/etc/hostname\"");
        export(token, "render_foreign", session, foreign);
        JsonNode refused = waitFor(token, "render_foreign");
        assertEquals("failed", refused.path("status").asText());
        assertTrue(refused.path("error").asText().contains("not one of your session's media"), refused.toString());
        assertEquals("ok", call("GET", "/healthz", null, null).path("data").path("status").asText());
        assertEquals(0, call("GET", "/api/credits/balance/simple", token, null).path("data").path("frozen").asInt());
    }

    @Test
    void aWorkerPastItsTimeLimitFailsThatJobOnlyAndACancelStopsOne() throws Exception {
        start(ServerSettings.defaults().withExportLimits("512m", Duration.ofMillis(300)));
        String token = token("slow");
        String session = session(token);
        export(token, "render_slow", session, SMALL);
        JsonNode slow = waitFor(token, "render_slow");
        assertEquals("failed", slow.path("status").asText());
        assertTrue(slow.path("error").asText().contains("longer than"), slow.toString());
        server.close();
        start(ServerSettings.defaults());
        String longer = SMALL.replace("\"d\":2000,\"t\"", "\"d\":60000,\"t\"").replace("\"d\":2000,\"m\":{\"color\"", "\"d\":60000,\"m\":{\"color\"")
                .replace("\"d\":2000,\"m\":{\"text\"", "\"d\":60000,\"m\":{\"text\"");
        export(token, "render_cancel", session, longer);
        Thread.sleep(300);
        JsonNode cancelled = call("POST", "/api/render/proxy/lambda/render_cancel/cancel", token, null);
        assertEquals("cancelled", cancelled.path("status").asText(), cancelled.toString());
        Thread.sleep(500);
        assertEquals("cancelled", call("GET", "/api/render/proxy/lambda/render_cancel", token, null).path("status").asText());
        assertNull(call("GET", "/api/render/proxy/lambda/render_cancel", token, null).path("outputUrl").textValue());
        try (var left = Files.walk(folder.resolve("renders"))) {
            assertFalse(left.anyMatch(f -> f.toString().endsWith(".mp4")), "a cancelled export leaves no file");
        }
    }

    @Test
    void aWorkerThatCrashesFailsItsJobWithCreditsReleasedAndTheServerKeepsServing() throws Exception {
        // 8 MiB of heap cannot hold one 1080p frame: the worker dies of it, as it would on a hostile file.
        start(ServerSettings.defaults().withExportLimits("8m", Duration.ofMinutes(2)));
        String token = token("crash");
        String session = session(token);
        export(token, "render_crash", session, SMALL.replace("\"w\":320,\"h\":180", "\"w\":1920,\"h\":1080"));
        JsonNode crashed = waitFor(token, "render_crash");
        assertEquals("failed", crashed.path("status").asText(), crashed.toString());
        assertFalse(crashed.path("error").asText().isBlank());
        assertEquals("ok", call("GET", "/healthz", null, null).path("data").path("status").asText());
        assertEquals(0, call("GET", "/api/credits/balance/simple", token, null).path("data").path("frozen").asInt());
    }

    @Test
    void aServerThatRequiresAttributionAnswers402WithoutItAndStartsTheExportWithIt() throws Exception {
        start(ServerSettings.defaults().withAttributionRequired(true));
        String token = token("skill");
        String session = session(token);
        String body = "{\"id\": \"render_attr\", \"sessionId\": \"" + session + "\", \"draft\": " + SMALL + "}";
        HttpResponse<byte[]> blocked = raw("POST", "/api/render/proxy/lambda", token, body, "X-Skill-Source", "clawhub");
        assertEquals(402, blocked.statusCode());
        assertTrue(new String(blocked.body(), java.nio.charset.StandardCharsets.UTF_8).contains("X-Skill-Version"));
        JsonNode started = JSON.readTree(raw("POST", "/api/render/proxy/lambda", token, body, "X-Skill-Source", "clawhub",
                "X-Skill-Version", "1.2.0", "X-Skill-Platform", "linux").body());
        assertEquals("pending", started.path("data").path("status").asText(), started.toString());
        assertEquals("completed", waitFor(token, "render_attr").path("status").asText());
    }

    @Test
    void anExportAStoppedServerLeftHalfDoneRunsAgainWhenItStarts() throws Exception {
        database = TestDatabases.open("sqlite", folder);
        Credits credits = new Credits(database, System::currentTimeMillis);
        String user = new Accounts(database, ServerSettings.defaults(), credits, System::currentTimeMillis).createRegistered("ana", 10);
        Sessions sessions = new Sessions(database, System::currentTimeMillis);
        Sessions.Session session = sessions.create(user, "project", null);
        int version = sessions.saveDraft(session.id(), SMALL, "test", null);
        String reservation = credits.reserve(user, 0, "export");
        new RenderJobs(database).create(new RenderJob("render_left", user, session.id(), version, "draft", null, "processing", 40,
                reservation, null, null, null, null, System.currentTimeMillis(), null));
        start(ServerSettings.defaults());
        String token = server.accounts().issueToken(user, 60_000);
        JsonNode done = waitFor(token, "render_left");
        assertEquals("completed", done.path("status").asText(), done.toString());
    }
}
