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
        try (ApiServer server = new ApiServer(TestDatabases.open("sqlite", folder), ServerSettings.defaults(), folder,
                new PrintStream(OutputStream.nullOutputStream()))) {
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
            assertEquals("launch.md", call.path("args").path("script_document").asText());
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
}
