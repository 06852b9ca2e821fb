package dev.reelwright.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reelwright.render.media.MediaInfo;
import dev.reelwright.render.media.MediaProbe;
import dev.reelwright.server.http.ApiServer;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented client flow end to end over real HTTP: token, session, upload a script, a chat
 * turn over SSE that uses it, state, export, polling, download, and the MP4 decoded.
 */
class ClientFlowTest {
    @TempDir
    Path folder;

    @Test
    void aScriptUploadedAsADocumentBecomesADownloadedVerticalVideo() throws Exception {
        try (ApiServer server = server()) {
            ApiClient client = new ApiClient("http://127.0.0.1:" + server.start("127.0.0.1", 0));
            client.signIn("flow");
            String session = client.send("POST", "/api/tasks/me/with-session/nemo_agent", "{\"task_name\": \"project\", \"language\": \"en\"}")
                    .path("data").path("session_id").asText();
            JsonNode uploaded = client.upload(session, "launch.md",
                    "# Brewline\n\nEvery morning starts with a choice. Brewline makes the coffee you like.\n".getBytes(StandardCharsets.UTF_8));
            assertEquals("document", uploaded.path("data").path("files").get(0).path("file_type").asText(), uploaded.toString());

            ApiClient.Turn turn = client.chat(session, "Turn my script into a video for TikTok with calm music");
            JsonNode call = turn.events().stream().map(e -> e.path("content").path("parts").get(0))
                    .filter(p -> p.has("functionCall")).findFirst().orElseThrow().path("functionCall");
            assertEquals("launch.md", call.path("args").path("document").asText());
            assertEquals("9:16", call.path("args").path("aspect").asText());
            assertTrue(turn.last().path("turnComplete").asBoolean(), turn.last().toString());

            JsonNode state = client.send("GET", "/api/state/nemo_agent/me/" + session + "/latest", null).path("data").path("state");
            assertEquals(1920, state.path("draft").path("m").path("h").asInt());
            assertEquals(1, state.path("video_infos").size());

            JsonNode started = client.send("POST", "/api/render/proxy/lambda", "{\"id\": \"render_flow\", \"sessionId\": \"" + session
                    + "\", \"output\": {\"format\": \"mp4\", \"quality\": \"draft\"}}");
            assertEquals("pending", started.path("data").path("status").asText(), started.toString());
            JsonNode done = client.awaitExport("render_flow");
            assertEquals("completed", done.path("status").asText(), done.toString());
            Path video = Files.write(folder.resolve("flow.mp4"), client.download(done.path("outputUrl").asText()));
            MediaInfo info = MediaProbe.probe(video);
            assertEquals(1080, info.widthPx());
            assertEquals(1920, info.heightPx());
            assertTrue(info.hasAudio());
            assertEquals(state.path("draft").path("d").asLong(), info.durationMs(), 100);
            JsonNode balance = client.send("GET", "/api/credits/balance/simple", null).path("data");
            assertEquals(90, balance.path("available").asInt());
            assertEquals(0, balance.path("frozen").asInt());
        }
    }

    /** A server on this test's data folder: the same database and media each time, as after a restart. */
    private ApiServer server() {
        return new ApiServer(TestDatabases.open("sqlite", folder), ServerSettings.defaults(), folder,
                new PrintStream(OutputStream.nullOutputStream()));
    }

    @Test
    void severalTurnsAndExportsInOneSessionEachKeepTheirOwnAndSurviveARestart() throws Exception {
        String token;
        String session;
        JsonNode latest;
        String[] videos = new String[2];
        try (ApiServer server = server()) {
            ApiClient client = new ApiClient("http://127.0.0.1:" + server.start("127.0.0.1", 0));
            token = client.signIn("batch");
            session = client.send("POST", "/api/tasks/me/with-session/nemo_agent", "{\"task_name\": \"batch\"}").path("data")
                    .path("session_id").asText();

            // A first video from the message, exported; then a second, vertical one from an uploaded document, exported too.
            ApiClient.Turn first = client.chat(session, "Turn my script into a video: Sunrise over the bay. Boats leave the harbour.");
            assertTrue(first.last().path("turnComplete").asBoolean(), first.last().toString());
            videos[0] = export(client, session, "render_first");
            client.upload(session, "second.md", "# Night market\n\nLanterns glow. The stalls open at dusk.\n"
                    .getBytes(StandardCharsets.UTF_8));
            ApiClient.Turn second = client.chat(session, "Turn my script into a vertical video");
            assertTrue(second.last().path("turnComplete").asBoolean(), second.last().toString());
            videos[1] = export(client, session, "render_second");
            latest = client.send("GET", "/api/state/nemo_agent/me/" + session + "/latest", null).path("data").path("state");
            assertEquals(2, latest.path("draft_version").asInt(), "every change is a new version");

            MediaInfo wide = MediaProbe.probe(Files.write(folder.resolve("first.mp4"), client.download(videos[0])));
            MediaInfo tall = MediaProbe.probe(Files.write(folder.resolve("second.mp4"), client.download(videos[1])));
            assertEquals(854, wide.widthPx(), "the first export is the first draft, 16:9 at 480p");
            assertEquals(480, tall.widthPx(), "the second export is the second draft, 9:16 at 480p");
            assertEquals(854, tall.heightPx());
        }

        try (ApiServer restarted = server()) {
            String base = "http://127.0.0.1:" + restarted.start("127.0.0.1", 0);
            ApiClient client = new ApiClient(base).as(token);
            JsonNode state = client.send("GET", "/api/state/nemo_agent/me/" + session + "/latest", null).path("data").path("state");
            assertEquals(latest.path("draft"), state.path("draft"), "the draft is the same after a restart");
            assertEquals(2, state.path("draft_version").asInt());
            assertEquals(1, state.path("video_infos").size(), "the uploaded document is still there");
            for (String video : videos) {
                // The same path; this test's server came back on another port.
                assertTrue(client.download(base + java.net.URI.create(video).getPath()).length > 10_000, video);
            }
            // And the session goes on: a third turn makes version 3 on top of what was kept.
            ApiClient.Turn third = client.chat(session, "Turn my script into a 10-second video: Rain on the window. Tea is ready.");
            assertTrue(third.last().path("turnComplete").asBoolean(), third.last().toString());
            assertEquals(3, client.send("GET", "/api/state/nemo_agent/me/" + session + "/latest", null).path("data").path("state")
                    .path("draft_version").asInt());
        }
    }

    /** Exports the session's draft at 480p and returns its download address once it completed. */
    private static String export(ApiClient client, String session, String id) throws Exception {
        JsonNode started = client.send("POST", "/api/render/proxy/lambda", "{\"id\": \"" + id + "\", \"sessionId\": \"" + session
                + "\", \"output\": {\"format\": \"mp4\", \"quality\": \"draft\", \"resolution\": \"480p\"}}");
        assertEquals(0, started.path("code").asInt(), started.toString());
        JsonNode done = client.awaitExport(id);
        assertEquals("completed", done.path("status").asText(), done.toString());
        return done.path("outputUrl").asText();
    }
}
