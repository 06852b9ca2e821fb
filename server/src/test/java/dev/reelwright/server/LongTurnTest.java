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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chat turn with long silent stretches (the director's voice stage on a 300-word script, several
 * seconds without an event) stands in for a 15-minute turn: limits shortened to one second show
 * that nothing on the server cuts it, that its heartbeats keep a proxy with a read timeout from
 * dropping it, and that a stream dropped anyway resumes with nothing lost.
 */
class LongTurnTest {
    /** The server's connection idle timeout and the proxy's read timeout, both far shorter than the turn's silences. */
    private static final Duration IDLE = Duration.ofSeconds(1);
    private ApiServer server;

    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private ApiClient start(ServerSettings settings, String clientId) throws Exception {
        server = new ApiServer(TestDatabases.open("sqlite", folder), settings, folder, new PrintStream(OutputStream.nullOutputStream()));
        ApiClient client = new ApiClient("http://127.0.0.1:" + server.start("127.0.0.1", 0));
        client.signIn(clientId);
        return client;
    }

    private static String session(ApiClient client) throws Exception {
        return client.send("POST", "/api/tasks/me/with-session/nemo_agent", "{\"task_name\": \"long\"}").path("data").path("session_id")
                .asText();
    }

    /** About 300 words in 25 sentences: a voice stage long enough to outlast the idle timeout several times. */
    static String longScript() {
        String[] places = {"harbour", "market", "station", "library", "bakery"};
        String[] moments = {"at dawn", "after the rain", "on a quiet Sunday", "before the crowds arrive", "when the lights come on"};
        StringBuilder script = new StringBuilder("Turn my script into a video: ");
        for (int i = 0; i < 25; i++) {
            script.append(String.format("The old %s feels different %s, and every visitor notices something new there. ",
                    places[i % places.length], moments[(i / places.length) % moments.length]));
        }
        return script.toString();
    }

    @Test
    void heartbeatsKeepTheStreamOpenThroughSilencesLongerThanAnyIdleLimit() throws Exception {
        ApiClient client = start(ServerSettings.defaults().withIdleTimeout(IDLE).withHeartbeat(Duration.ofMillis(250)), "long-1");
        ApiClient.Turn turn = client.chatThroughProxy(session(client), longScript(), null, IDLE);

        assertTrue(turn.longestEventGapMs() > 3 * IDLE.toMillis(),
                "the turn must be silent longer than the idle timeout for this test to mean anything; longest gap "
                        + turn.longestEventGapMs() + " ms");
        assertFalse(turn.cut(), "the stream was cut after " + turn.events().size() + " events");
        assertTrue(turn.last().path("turnComplete").asBoolean(), turn.last().toString());
        assertTrue(turn.last().path("content").path("parts").get(0).path("text").asText().contains("ready to export"), turn.last().toString());
        assertTrue(turn.pings() >= turn.longestEventGapMs() / 250 - 1, "a ping every heartbeat; got " + turn.pings());
    }

    @Test
    void withoutTimelyHeartbeatsAProxyDropsTheStreamAndResumingLosesNothing() throws Exception {
        // A heartbeat slower than the proxy's read timeout: the proxy drops the connection mid-turn.
        ApiClient client = start(ServerSettings.defaults().withIdleTimeout(IDLE).withHeartbeat(Duration.ofSeconds(20)), "long-2");
        String session = session(client);
        ApiClient.Turn cut = client.chatThroughProxy(session, longScript(), null, IDLE);
        assertTrue(cut.cut(), "the proxy's read timeout applies: this is what heartbeats are for");
        assertFalse(cut.events().isEmpty() || cut.last().path("turnComplete").asBoolean(), cut.events().toString());

        // The turn went on without its listener; once it has saved the draft, resuming gives the rest.
        JsonNode state = null;
        for (int i = 0; i < 480 && (state == null || !state.path("draft").has("d")); i++) {
            Thread.sleep(250);
            state = client.send("GET", "/api/state/nemo_agent/me/" + session + "/latest", null).path("data").path("state");
        }
        assertTrue(state.path("draft").has("d"), "the turn finished and saved its draft: " + state);
        ApiClient.Turn rest = client.chat(session, "Turn my script into a video: ignored on resume", cut.ids().get(cut.ids().size() - 1));
        assertFalse(rest.cut());
        assertTrue(rest.last().path("turnComplete").asBoolean(), rest.last().toString());
        assertEquals(cut.last().path("invocationId").asText(), rest.last().path("invocationId").asText());
    }

    @Test
    void theServerItselfNeverCutsASilentTurn() throws Exception {
        // No heartbeat within the server's idle timeout and no proxy: the turn still streams to its end.
        ApiClient client = start(ServerSettings.defaults().withIdleTimeout(IDLE).withHeartbeat(Duration.ofSeconds(20)), "long-3");
        ApiClient.Turn turn = client.chat(session(client), longScript(), null);
        assertTrue(turn.longestEventGapMs() > 3 * IDLE.toMillis(), "longest gap " + turn.longestEventGapMs() + " ms");
        assertFalse(turn.cut());
        assertTrue(turn.last().path("turnComplete").asBoolean(), turn.last().toString());
    }

    @Test
    void theDefaultsLetATurnRunFifteenMinutes() {
        ServerSettings defaults = ServerSettings.defaults();
        assertTrue(defaults.heartbeat().compareTo(defaults.idleTimeout()) < 0, "a heartbeat comes before the connection counts as idle");
        assertTrue(defaults.turnTimeLimit().compareTo(Duration.ofMinutes(15)) >= 0, "the director may work at least 15 minutes");
    }
}
