package dev.reelwright.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reelwright.draft.Resolution;
import dev.reelwright.render.DecodedVideo;
import dev.reelwright.server.http.ApiServer;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The routes the web studio needs beyond the contract's, over real HTTP on both databases. */
class StudioRoutesTest {
    private static final String RED_SECOND = "{\"v\": 1, \"m\": {\"title\": \"Red\", \"w\": 320, \"h\": 180, \"fps\": 30}, \"d\": 1000, \"t\": ["
            + "{\"id\": \"v\", \"tt\": 0, \"sg\": [{\"id\": \"a\", \"s\": 0, \"d\": 1000, \"m\": {\"color\": \"#ff0000\"}}]},"
            + "{\"id\": \"x\", \"tt\": 7, \"m\": {\"role\": \"title\"}, \"sg\": [{\"id\": \"title\", \"s\": 0, \"d\": 1000, \"m\": {\"text\": \"Red\"}}]}]}";
    private ApiServer server;
    private ApiClient api;
    private String base;

    @TempDir
    Path folder;

    private void start(String kind) throws Exception {
        server = new ApiServer(TestDatabases.open(kind, folder), ServerSettings.defaults(), folder.resolve("data"),
                new PrintStream(OutputStream.nullOutputStream()));
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
        api = new ApiClient(base);
        api = api.as(api.signIn("studio-" + kind + "-" + System.nanoTime()));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private String session(String name) throws Exception {
        return api.send("POST", "/api/tasks/me/with-session/nemo_agent", "{\"task_name\": \"" + name + "\"}").path("data").path("session_id").asText();
    }

    @ParameterizedTest
    @MethodSource("dev.reelwright.server.TestDatabases#kinds")
    void theStudiosRoutesListSessionsExportsAndPreviews(String kind) throws Exception {
        start(kind);
        JsonNode settings = new ApiClient(base).send("GET", "/api/studio/settings", null).path("data");
        assertEquals(Resolution.names(), strings(settings.path("resolutions")));
        assertTrue(strings(settings.path("accepted").path("image")).contains("png"), settings.toString());
        assertEquals(500L * 1024 * 1024, settings.path("upload_max_bytes").asLong());

        String first = session("first");
        String second = session("second");
        ApiClient stranger = new ApiClient(base);
        stranger = stranger.as(stranger.signIn("stranger-" + kind + "-" + System.nanoTime()));
        stranger.send("POST", "/api/tasks/me/with-session/nemo_agent", "{\"task_name\": \"not yours\"}");
        JsonNode listed = api.send("GET", "/api/sessions", null).path("data").path("sessions");
        assertEquals(2, listed.size(), listed.toString());
        assertTrue(listed.get(0).path("draft_version").isNull(), "no draft yet: " + listed);

        // Nothing to preview yet, and nobody else's session to preview.
        HttpResponse<byte[]> none = api.raw("GET", "/api/sessions/" + first + "/preview", null);
        assertEquals(404, none.statusCode());
        assertTrue(ApiClient.JSON.readTree(none.body()).path("message").asText().contains("no draft yet"));
        assertEquals(1002, stranger.send("GET", "/api/sessions/" + first + "/preview", null).path("code").asInt());
        assertEquals(1002, stranger.send("GET", "/api/sessions/" + first + "/exports", null).path("code").asInt());

        // A draft arrives with an export: the first session is now the most recently changed, with its export listed.
        JsonNode started = api.send("POST", "/api/render/proxy/lambda", "{\"id\": \"render_studio_1\", \"sessionId\": \"" + first
                + "\", \"draft\": " + RED_SECOND + ", \"output\": {\"resolution\": \"480p\"}}");
        assertEquals(0, started.path("code").asInt(), started.toString());
        api.awaitExport("render_studio_1");
        listed = api.send("GET", "/api/sessions", null).path("data").path("sessions");
        assertEquals(List.of(first, second), List.of(listed.get(0).path("session_id").asText(), listed.get(1).path("session_id").asText()));
        assertEquals(1, listed.get(0).path("draft_version").asInt());
        assertEquals("Red", listed.get(0).path("title").asText());
        JsonNode exports = api.send("GET", "/api/sessions/" + first + "/exports", null).path("data").path("exports");
        assertEquals(1, exports.size());
        assertEquals("completed", exports.get(0).path("status").asText());
        assertEquals("480p", exports.get(0).path("resolution").asText());

        // The preview: 360 lines, the draft's picture, the same file when asked again.
        HttpResponse<byte[]> preview = api.raw("GET", "/api/sessions/" + first + "/preview?version=1", null);
        assertEquals(200, preview.statusCode(), new String(preview.body()));
        assertEquals("1", preview.headers().firstValue("X-Draft-Version").orElse(""));
        Path file = Files.write(folder.resolve("preview.mp4"), preview.body());
        DecodedVideo decoded = new DecodedVideo(file);
        assertEquals(640, decoded.widthPx);
        assertEquals(360, decoded.heightPx);
        int[] red = decoded.colorAt(500, 0.1, 0.1);
        assertTrue(red[0] > 200 && red[1] < 50 && red[2] < 50, java.util.Arrays.toString(red));
        assertArrayEquals(preview.body(), api.raw("GET", "/api/sessions/" + first + "/preview?version=1", null).body());
        assertEquals(404, api.raw("GET", "/api/sessions/" + first + "/preview?version=7", null).statusCode());
        assertEquals(400, api.raw("GET", "/api/sessions/" + first + "/preview?version=latest", null).statusCode());

        // Typed operations run as turns: a new version; undo goes back; bad ones are refused before anything runs.
        ApiClient.Turn vertical = api.operation(first, "set_aspect", Map.of("aspect", "9:16"));
        assertEquals(2, vertical.last().path("actions").path("stateDelta").path("draft_version").asInt(), vertical.events().toString());
        JsonNode draft = api.send("GET", "/api/state/nemo_agent/me/" + first + "/latest", null).path("data").path("state").path("draft");
        assertTrue(draft.path("m").path("h").asInt() > draft.path("m").path("w").asInt(), draft.path("m").toString());
        ApiClient.Turn retitled = api.operation(first, "edit_text", Map.of("target", "title", "text", "Rouge"));
        assertEquals(3, retitled.last().path("actions").path("stateDelta").path("draft_version").asInt(), retitled.events().toString());
        ApiClient.Turn undone = api.operation(first, "undo", Map.of());
        assertEquals(2, api.send("GET", "/api/state/nemo_agent/me/" + first + "/latest", null).path("data").path("state")
                .path("draft_version").asInt(), undone.events().toString());
        for (String[] bad : List.of(new String[] {"{\"operation\": \"make_coffee\"}", "unknown operation \"make_coffee\""},
                new String[] {"{\"operation\": \"generate_video_from_script\"}", "unknown operation"},
                new String[] {"{\"operation\": \"set_volume\", \"args\": {\"volume\": \"loud\"}}", "set_volume: volume must be a number"},
                new String[] {"{\"operation\": \"set_volume\", \"args\": [1]}", "args must be a JSON object"},
                new String[] {"{}", "operation is required"})) {
            HttpResponse<byte[]> refused = api.raw("POST", "/api/sessions/" + first + "/operations", bad[0]);
            assertEquals(400, refused.statusCode(), bad[0]);
            String message = ApiClient.JSON.readTree(refused.body()).path("message").asText();
            assertTrue(message.startsWith(bad[1]), message);
        }
        assertEquals(2, api.send("GET", "/api/sessions", null).path("data").path("sessions").get(0).path("draft_version").asInt());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
