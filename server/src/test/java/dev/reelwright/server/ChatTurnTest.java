package dev.reelwright.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reelwright.server.http.ApiServer;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chat turn over real HTTP: "turn my script into a video", streamed as ADK events. */
class ChatTurnTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private ApiServer server;
    private String base;

    @TempDir
    Path folder;


    @BeforeEach
    void start() {
        ServerSettings settings = ServerSettings.defaults().withHeartbeat(Duration.ofMillis(100));
        server = new ApiServer(TestDatabases.open("sqlite", folder), settings, folder,
                new PrintStream(OutputStream.nullOutputStream()));
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode call(String method, String path, String token, String body, String... headers) throws Exception {
        return new ApiClient(base).as(token).send(method, path, body, headers);
    }

    private ApiClient.Turn chat(String token, String session, String text, String lastEventId) throws Exception {
        return new ApiClient(base).as(token).chat(session, text, lastEventId);
    }

    private String token(String client) throws Exception {
        return call("POST", "/api/auth/anonymous-token", null, null, "X-Client-Id", client).path("data").path("token").asText();
    }

    private String session(String token) throws Exception {
        return call("POST", "/api/tasks/me/with-session/nemo_agent", token, "{\"task_name\": \"project\"}").path("data")
                .path("session_id").asText();
    }

    @Test
    void aScriptInTheMessageBecomesADraftWithTheWishesHonouredAndPaidOnce() throws Exception {
        String token = token("chat-1");
        String session = session(token);
        ApiClient.Turn stream = chat(token, session, "Turn my script into a vertical 12-second video with lo-fi music and bold captions:"
                + " Mornings are hard. Our coffee makes them easy. Try it today.", null);
        JsonNode call = stream.events().stream().filter(e -> e.path("content").path("parts").get(0).has("functionCall")).findFirst()
                .orElseThrow().path("content").path("parts").get(0).path("functionCall");
        assertEquals("generate_video_from_script", call.path("name").asText());
        assertEquals("9:16", call.path("args").path("aspect").asText());
        assertEquals(12, call.path("args").path("duration_s").asInt());
        assertEquals("lofi", call.path("args").path("mood").asText());
        assertEquals("bold", call.path("args").path("style").asText());
        JsonNode response = stream.events().stream().filter(e -> e.path("content").path("parts").get(0).has("functionResponse"))
                .findFirst().orElseThrow();
        assertEquals("ok", response.path("content").path("parts").get(0).path("functionResponse").path("response").path("status").asText());
        JsonNode last = stream.events().get(stream.events().size() - 1);
        assertEquals(1, last.path("actions").path("stateDelta").path("draft_version").asInt());
        assertTrue(last.path("turnComplete").asBoolean());
        assertTrue(last.path("content").path("parts").get(0).path("text").asText().contains("Timeline ("), last.toString());
        assertTrue(stream.events().stream().allMatch(e -> e.path("author").asText().equals("nemo_agent")
                && e.path("content").path("role").asText().equals("model") && e.has("invocationId") && e.has("timestamp")));
        assertTrue(stream.pings() >= 1, "heartbeats while the director works");
        assertEquals(stream.events().size(), stream.ids().size());

        JsonNode state = call("GET", "/api/state/nemo_agent/me/" + session + "/latest", token, null).path("data").path("state");
        assertEquals(1080, state.path("draft").path("m").path("w").asInt());
        assertEquals(1920, state.path("draft").path("m").path("h").asInt());
        JsonNode balance = call("GET", "/api/credits/balance/simple", token, null).path("data");
        assertEquals(90, balance.path("available").asInt(), "10 credits for up to 30 s");
        assertEquals(0, balance.path("frozen").asInt());

        // The session's draft exports as it is: its made voice and music come from the turn's media folder.
        JsonNode started = call("POST", "/api/render/proxy/lambda", token, "{\"id\": \"render_made\", \"sessionId\": \"" + session
                + "\", \"output\": {\"format\": \"mp4\", \"quality\": \"draft\"}}");
        assertEquals(0, started.path("code").asInt(), started.toString());
        JsonNode poll = new ApiClient(base).as(token).awaitExport("render_made");
        assertEquals("completed", poll.path("status").asText(), poll.toString());
        HttpResponse<byte[]> video = http.send(HttpRequest.newBuilder(URI.create(base + "/api/render/proxy/render_made/download"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        Path copy = java.nio.file.Files.write(folder.resolve("made.mp4"), video.body());
        var info = dev.reelwright.render.media.MediaProbe.probe(copy);
        assertEquals(1080, info.widthPx());
        assertEquals(1920, info.heightPx());
        assertTrue(info.hasAudio());
        assertEquals(state.path("draft").path("d").asLong(), info.durationMs(), 100);

        // A dropped connection comes back with Last-Event-ID: the rest of the same turn, no new work.
        ApiClient.Turn resumed = chat(token, session, "Turn my script into a video: never mind this text", stream.ids().get(0));
        assertEquals(stream.ids().subList(1, stream.ids().size()), resumed.ids());
        assertEquals(90, call("GET", "/api/credits/balance/simple", token, null).path("data").path("available").asInt());
    }

    @Test
    void otherMessagesAndMissingScriptsCostNothingAndSayWhatToDo() throws Exception {
        String token = token("chat-2");
        String session = session(token);
        ApiClient.Turn hello = chat(token, session, "hello there", null);
        assertEquals(1, hello.events().size());
        assertTrue(hello.events().get(0).path("turnComplete").asBoolean());
        ApiClient.Turn noScript = chat(token, session, "make me a video please", null);
        assertTrue(noScript.last().path("content").path("parts").get(0).path("text").asText().startsWith("Send me the script"),
                noScript.last().toString());
        assertEquals(100, call("GET", "/api/credits/balance/simple", token, null).path("data").path("available").asInt());
    }

    @Test
    void withoutEnoughCreditsTheTurnSaysSoWithTheBindLinkAndSpendsNothing() throws Exception {
        String user = server.accounts().createRegistered("low", 5);
        String token = server.accounts().issueToken(user, 60_000);
        String session = session(token);
        ApiClient.Turn stream = chat(token, session, "Make a video from my script: Sunrise over the bay. Boats leave the harbour.", null);
        JsonNode last = stream.events().get(stream.events().size() - 1);
        assertEquals("2001", last.path("errorCode").asText());
        assertTrue(last.path("errorMessage").asText().contains("bind=" + user), last.toString());
        JsonNode balance = call("GET", "/api/credits/balance/simple", token, null).path("data");
        assertEquals(5, balance.path("available").asInt());
        assertEquals(0, balance.path("frozen").asInt());
        assertFalse(stream.events().stream().anyMatch(e -> e.path("content").path("parts").get(0).has("functionCall")));
    }
}
