package dev.reelwright.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reelwright.render.media.MediaInfo;
import dev.reelwright.render.media.MediaProbe;
import dev.reelwright.server.http.ApiServer;
import dev.reelwright.server.store.Database;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code reel serve} instances on one PostgreSQL (and one data folder, as two servers on one
 * machine or on a shared disk) serve the same users: a token from one works on the other, a
 * session, its credits and its exports are the same seen from either, a chat stream cut on one
 * resumes on the other with Last-Event-ID, a session's turns never interleave across them, and
 * the request limits and anonymous-token caps count both servers' requests together.
 */
class TwoServersTest {
    private static final Duration IDLE = Duration.ofSeconds(1);
    private final List<ApiServer> servers = new ArrayList<>();

    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        servers.forEach(ApiServer::close);
    }

    /** Two servers on one fresh database, started together (their migrations run once). */
    private List<String> start(ServerSettings settings) throws Exception {
        String url = TestDatabases.freshPostgres();
        List<CompletableFuture<Database>> opening = List.of(CompletableFuture.supplyAsync(() -> Database.open(url)),
                CompletableFuture.supplyAsync(() -> Database.open(url)));
        List<String> bases = new ArrayList<>();
        for (CompletableFuture<Database> database : opening) {
            ApiServer server = new ApiServer(database.get(), settings, folder, new PrintStream(OutputStream.nullOutputStream()));
            servers.add(server);
            bases.add("http://127.0.0.1:" + server.start("127.0.0.1", 0));
        }
        return bases;
    }

    private static String session(ApiClient client) throws Exception {
        return client.send("POST", "/api/tasks/me/with-session/nemo_agent", "{\"task_name\": \"two\", \"language\": \"en\"}").path("data")
                .path("session_id").asText();
    }

    @Test
    void aUsersSessionCreditsAndExportsAreTheSameOnEitherServer() throws Exception {
        List<String> bases = start(ServerSettings.defaults());
        ApiClient one = new ApiClient(bases.get(0));
        one.signIn("two-servers-1");
        ApiClient other = one.on(bases.get(1));

        String session = session(other);
        ApiClient.Turn made = one.chat(session, "Turn my script into a 6-second video: Rain on the window. Tea is ready.");
        assertTrue(made.last().path("turnComplete").asBoolean(), made.last().toString());
        JsonNode seenByOther = other.send("GET", "/api/state/nemo_agent/me/" + session + "/latest", null).path("data").path("state");
        assertTrue(seenByOther.path("draft").path("d").asLong() > 0, seenByOther + " after " + made.events());
        assertEquals(one.send("GET", "/api/credits/balance/simple", null).path("data"),
                other.send("GET", "/api/credits/balance/simple", null).path("data"));
        assertEquals(90, other.send("GET", "/api/credits/balance/simple", null).path("data").path("available").asInt());

        JsonNode started = one.send("POST", "/api/render/proxy/lambda", "{\"id\": \"render_two\", \"sessionId\": \"" + session
                + "\", \"output\": {\"format\": \"mp4\", \"quality\": \"draft\", \"resolution\": \"480p\"}}");
        assertEquals(0, started.path("code").asInt(), started.toString());
        JsonNode done = other.awaitExport("render_two");
        assertEquals("completed", done.path("status").asText(), done.toString());
        URI output = URI.create(done.path("outputUrl").asText());
        Path video = Files.write(folder.resolve("two.mp4"), other.download(bases.get(1) + output.getRawPath()
                + (output.getRawQuery() == null ? "" : "?" + output.getRawQuery())));
        MediaInfo info = MediaProbe.probe(video);
        assertEquals(480, Math.min(info.widthPx(), info.heightPx()));
        assertEquals(seenByOther.path("draft").path("d").asLong(), info.durationMs(), 100);
        assertTrue(info.hasAudio());
    }

    @Test
    void aStreamCutOnOneServerResumesOnTheOtherAndTheSessionsNextTurnWaitsForIt() throws Exception {
        // The first server's heartbeat is slower than the proxy's read timeout: the proxy drops the stream mid-turn.
        List<String> bases = start(ServerSettings.defaults().withIdleTimeout(IDLE).withHeartbeat(Duration.ofSeconds(20)));
        ApiClient one = new ApiClient(bases.get(0));
        one.signIn("two-servers-2");
        ApiClient other = one.on(bases.get(1));
        String session = session(one);

        ApiClient.Turn cut = one.chatThroughProxy(session, LongTurnTest.longScript(), null, IDLE);
        assertTrue(cut.cut(), "the proxy's read timeout applies to this turn");
        assertFalse(cut.last().path("turnComplete").asBoolean(), cut.events().toString());

        // While the first server still makes the video, an edit of the same session arrives at the other one.
        CompletableFuture<ApiClient.Turn> edit = CompletableFuture.supplyAsync(() -> {
            try {
                return other.chat(session, "put the title 'Harbour Days' on the first 3 seconds");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        String lastId = cut.ids().get(cut.ids().size() - 1);
        ApiClient.Turn rest = other.chat(session, "ignored: this resumes the turn", lastId);
        assertFalse(rest.cut());
        assertTrue(rest.last().path("turnComplete").asBoolean(), rest.last().toString());
        assertEquals(cut.last().path("invocationId").asText(), rest.last().path("invocationId").asText());
        String invocation = lastId.substring(0, lastId.lastIndexOf('.'));
        int number = Integer.parseInt(lastId.substring(lastId.lastIndexOf('.') + 1));
        for (String id : rest.ids()) {
            assertEquals(invocation + "." + ++number, id, "the resumed stream goes on from the last event seen, nothing lost or repeated");
        }
        assertTrue(rest.last().path("content").path("parts").get(0).path("text").asText().contains("ready to export"), rest.last().toString());

        ApiClient.Turn edited = edit.get();
        assertTrue(edited.events().get(0).toString().contains("Waiting for this session's previous request"), edited.events().toString());
        assertTrue(edited.last().path("turnComplete").asBoolean(), edited.last().toString());
        int madeVersion = rest.last().path("actions").path("stateDelta").path("draft_version").asInt();
        int editVersion = edited.last().path("actions").path("stateDelta").path("draft_version").asInt();
        assertEquals(madeVersion + 1, editVersion, "the edit was made to the finished video's draft: " + edited.last());
    }

    @Test
    void requestLimitsAndAnonymousTokenCapsCountBothServersTogether() throws Exception {
        ServerSettings settings = new ServerSettings(100, Duration.ofDays(7), 3, null).withRequestsPerMinute(8);
        List<String> bases = start(settings);
        ApiClient[] clients = {new ApiClient(bases.get(0)), new ApiClient(bases.get(1))};
        // Three anonymous tokens per address: the fourth is refused, whichever server is asked.
        for (int i = 0; i < 3; i++) {
            assertFalse(clients[i % 2].signIn("cap-" + i).isEmpty());
        }
        var refused = clients[1].raw("POST", "/api/auth/anonymous-token", null, "X-Client-Id", "cap-3");
        assertEquals(429, refused.statusCode(), new String(refused.body()));
        // Four requests so far from this address; four more pass, alternating servers, then both refuse.
        for (int i = 0; i < 4; i++) {
            assertEquals(200, clients[i % 2].raw("GET", "/api/credits/balance/simple", null).statusCode(), "request " + i);
        }
        for (ApiClient client : clients) {
            var limited = client.raw("GET", "/api/credits/balance/simple", null);
            assertEquals(429, limited.statusCode(), client.base());
            assertTrue(limited.headers().firstValue("Retry-After").isPresent());
        }
    }
}
