package dev.reelwright.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reelwright.server.http.ApiServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The API over real HTTP, against SQLite and PostgreSQL. */
class ApiServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ByteArrayOutputStream logs = new ByteArrayOutputStream();
    private ApiServer server;
    private dev.reelwright.server.store.Database database;
    private String base;

    @TempDir
    Path folder;

    private record Answer(int status, JsonNode body, HttpResponse<byte[]> raw) {
        int code() {
            return body.path("code").asInt(-1);
        }

        JsonNode data() {
            return body.path("data");
        }
    }

    private void start(String kind, ServerSettings settings) {
        database = TestDatabases.open(kind, folder);
        server = new ApiServer(database, settings, folder,
                new PrintStream(logs, true, StandardCharsets.UTF_8));
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Answer send(String method, String path, String token, String body, String... headers) throws Exception {
        HttpResponse<byte[]> response = new ApiClient(base).as(token).raw(method, path, body, headers);
        JsonNode json = response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
        return new Answer(response.statusCode(), json, response);
    }

    private String token(String clientId) throws Exception {
        Answer answer = send("POST", "/api/auth/anonymous-token", null, null, "X-Client-Id", clientId);
        assertEquals(0, answer.code(), answer.body().toString());
        return answer.data().path("token").asText();
    }

    @ParameterizedTest
    @MethodSource("dev.reelwright.server.TestDatabases#kinds")
    void anonymousTokensComeOncePerClientWithCreditsAndExpiry(String kind) throws Exception {
        start(kind, ServerSettings.defaults());
        Answer missing = send("POST", "/api/auth/anonymous-token", null, null);
        assertEquals(400, missing.status());
        assertTrue(missing.body().path("message").asText().contains("X-Client-Id"), missing.body().toString());
        Answer first = send("POST", "/api/auth/anonymous-token", null, null, "X-Client-Id", "install-1");
        assertEquals(0, first.code());
        assertEquals(100, first.data().path("credits").asInt());
        assertTrue(first.data().path("user_id").asText().startsWith("u_"));
        assertTrue(java.time.Instant.parse(first.data().path("expires_at").asText()).isAfter(java.time.Instant.now().plus(Duration.ofDays(6))));
        Answer again = send("POST", "/api/auth/anonymous-token", null, null, "X-Client-Id", "install-1");
        assertEquals(429, again.status());
        long retryAfter = Long.parseLong(again.raw().headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 6 * 24 * 3600, "retry after the token expires: " + retryAfter);
        String token = first.data().path("token").asText();
        Answer balance = send("GET", "/api/credits/balance/simple", token, null);
        assertEquals(100, balance.data().path("available").asInt());
        assertEquals(0, balance.data().path("frozen").asInt());
        assertEquals(100, balance.data().path("total").asInt());
        assertFalse(logs.toString(StandardCharsets.UTF_8).contains(token), "the request log never holds a token");
        assertTrue(logs.toString(StandardCharsets.UTF_8).contains("\"path\":\"/api/credits/balance/simple\""));
    }

    @ParameterizedTest
    @MethodSource("dev.reelwright.server.TestDatabases#kinds")
    void concurrentRequestsForOneClientIdGetOneToken(String kind) throws Exception {
        start(kind, ServerSettings.defaults());
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> send("POST", "/api/auth/anonymous-token", null, null, "X-Client-Id", "racing")));
            }
            int granted = 0;
            int limited = 0;
            for (Future<Answer> answer : answers) {
                int status = answer.get().status();
                granted += status == 200 ? 1 : 0;
                limited += status == 429 ? 1 : 0;
            }
            assertEquals(1, granted);
            assertEquals(19, limited);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.reelwright.server.TestDatabases#kinds")
    void eachAddressGetsOnlyItsShareOfAnonymousTokens(String kind) throws Exception {
        start(kind, new ServerSettings(100, Duration.ofDays(7), 3, "http://127.0.0.1:8080"));
        for (int i = 0; i < 3; i++) {
            token("client-" + i);
        }
        Answer fourth = send("POST", "/api/auth/anonymous-token", null, null, "X-Client-Id", "client-4");
        assertEquals(429, fourth.status());
        assertTrue(fourth.raw().headers().firstValue("Retry-After").isPresent());
    }

    @ParameterizedTest
    @MethodSource("dev.reelwright.server.TestDatabases#kinds")
    void sessionsBelongToTheirCreatorAndOthersLearnNothing(String kind) throws Exception {
        start(kind, ServerSettings.defaults());
        String ana = token("ana");
        String bo = token("bo");
        Answer created = send("POST", "/api/tasks/me/with-session/nemo_agent", ana, "{\"task_name\": \"project\", \"language\": \"en\"}");
        assertEquals(0, created.code(), created.body().toString());
        String session = created.data().path("session_id").asText();
        assertNotNull(created.data().path("task_id").asText());
        Answer state = send("GET", "/api/state/nemo_agent/me/" + session + "/latest", ana, null);
        assertEquals(0, state.code());
        assertEquals(session, state.data().path("session_id").asText());
        assertEquals("project", state.data().path("task_name").asText());
        assertTrue(state.data().path("state").has("draft"));
        Answer stranger = send("GET", "/api/state/nemo_agent/me/" + session + "/latest", bo, null);
        Answer unknown = send("GET", "/api/state/nemo_agent/me/s_nothing/latest", bo, null);
        assertEquals(1002, stranger.code());
        assertEquals(unknown.body(), stranger.body(), "someone else's session looks exactly like no session");
        String boId = JSON.readTree(send("POST", "/api/tasks/me/with-session/nemo_agent", bo, "{}").raw().body()).path("data")
                .path("user_id").asText();
        assertEquals(1002, send("GET", "/api/state/nemo_agent/" + boId + "/" + session + "/latest", ana, null).code(),
                "a user id in the path must be the token's own");
        Answer adk = send("GET", "/apps/nemo_agent/users/me/sessions/" + session, ana, null);
        assertEquals(session, adk.body().path("id").asText());
        assertEquals("nemo_agent", adk.body().path("appName").asText());
        assertEquals(1002, send("GET", "/apps/nemo_agent/users/me/sessions/" + session, bo, null).code());
        String adkMade = send("POST", "/apps/nemo_agent/users/me/sessions", bo, "{}").body().path("id").asText();
        assertEquals(0, send("GET", "/api/state/nemo_agent/me/" + adkMade + "/latest", bo, null).code(), "one kind of session for both APIs");
        Answer camel = send("POST", "/api/tasks/me/with-session/nemo_agent", ana, "{\"taskName\": \"launch\"}");
        String second = camel.data().path("session_id").asText();
        assertEquals("launch", send("GET", "/api/state/nemo_agent/me/" + second + "/latest", ana, null).data().path("task_name").asText());
    }

    @ParameterizedTest
    @MethodSource("dev.reelwright.server.TestDatabases#kinds")
    void badRequestsGetTheEnvelopeWithAPlainMessage(String kind) throws Exception {
        start(kind, ServerSettings.defaults());
        String token = token("careful");
        Answer noToken = send("GET", "/api/credits/balance/simple", null, null);
        assertEquals(401, noToken.status());
        assertEquals(1001, noToken.code());
        assertEquals(1001, send("GET", "/api/credits/balance/simple", "rw_forged", null).code());
        String user = server.accounts().createRegistered("expired", 10);
        String expired = server.accounts().issueToken(user, -1_000);
        Answer late = send("GET", "/api/credits/balance/simple", expired, null);
        assertEquals(1001, late.code());
        assertTrue(late.body().path("message").asText().contains("expired"), late.body().toString());
        Answer broken = send("POST", "/api/tasks/me/with-session/nemo_agent", token, "{\"task_name\": ");
        assertEquals(400, broken.status());
        assertTrue(broken.body().path("message").asText().contains("not valid JSON"), broken.body().toString());
        assertEquals(400, send("POST", "/api/tasks/me/with-session/nemo_agent", token, "[1, 2]").status());
        assertEquals(400, send("POST", "/api/tasks/me/with-session/nemo_agent", token, "{\"task_name\": 7}").status());
        assertEquals(400, send("POST", "/api/tasks/me/with-session/nemo_agent", token, "{\"language\": \"<script>\"}").status());
        Answer huge = send("POST", "/api/tasks/me/with-session/nemo_agent", token, "{\"task_name\": \"" + "x".repeat(2_000_000) + "\"}");
        assertEquals(413, huge.status());
        Answer nowhere = send("GET", "/api/nothing/here", token, null);
        assertEquals(404, nowhere.status());
        assertTrue(nowhere.body().path("message").asText().contains("/api/nothing/here"));
        Answer health = send("GET", "/healthz", null, null);
        assertEquals("ok", health.data().path("status").asText());
        assertEquals(kind, health.data().path("database").asText());
    }

    @ParameterizedTest
    @MethodSource("dev.reelwright.server.TestDatabases#kinds")
    void pastTheRateLimitRequestsAre429AndCreateNothing(String kind) throws Exception {
        start(kind, ServerSettings.defaults().withRequestsPerMinute(4));
        String token = token("busy");
        for (int i = 0; i < 3; i++) {
            assertEquals(200, send("GET", "/api/credits/balance/simple", token, null).status());
        }
        Answer limited = send("POST", "/api/tasks/me/with-session/nemo_agent", token, "{}");
        assertEquals(429, limited.status());
        assertTrue(Long.parseLong(limited.raw().headers().firstValue("Retry-After").orElseThrow()) >= 1);
        long sessions = database.inTransaction(connection -> {
            try (var count = connection.createStatement(); var row = count.executeQuery("SELECT COUNT(*) FROM sessions")) {
                row.next();
                return row.getLong(1);
            }
        });
        assertEquals(0, sessions, "a refused request creates no work");
        assertEquals(200, send("GET", "/healthz", null, null).status(), "health checks are never limited");
    }

    @ParameterizedTest
    @MethodSource("dev.reelwright.server.TestDatabases#kinds")
    void anAnonymousUserRegistersFromTheBindLinkAndKeepsItsWork(String kind) throws Exception {
        start(kind, ServerSettings.defaults());
        Answer grant = send("POST", "/api/auth/anonymous-token", null, null, "X-Client-Id", "binder");
        String token = grant.data().path("token").asText();
        String userId = grant.data().path("user_id").asText();
        String session = send("POST", "/api/tasks/me/with-session/nemo_agent", token, "{}").data().path("session_id").asText();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/bind?bind=" + userId)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(page.body().contains("<code id=\"user\">" + userId + "</code>"), page.body());
        assertEquals(400, send("GET", "/bind?bind=%3Cscript%3Ealert(1)%3C%2Fscript%3E", null, null).status(), "only a user id goes into the page");
        String other = token("other");
        assertEquals(403, send("POST", "/api/auth/bind", other, "{\"user_id\": \"" + userId + "\", \"name\": \"Mallory\"}").status());
        Answer bound = send("POST", "/api/auth/bind", token, "{\"user_id\": \"" + userId + "\", \"name\": \"Ana\"}");
        assertEquals(0, bound.code(), bound.body().toString());
        assertEquals(100, bound.data().path("credits").asInt());
        assertEquals("registered", server.accounts().kindOf(userId).orElseThrow());
        String kept = bound.data().path("token").asText();
        assertEquals(0, send("GET", "/api/state/nemo_agent/me/" + session + "/latest", kept, null).code(), "the sessions stay");
        assertEquals(400, send("POST", "/api/auth/bind", kept, "{\"name\": \"Ana\"}").status(), "once only");
    }

    @ParameterizedTest
    @MethodSource("dev.reelwright.server.TestDatabases#kinds")
    void theOpenApiDocumentDescribesEveryRoute(String kind) throws Exception {
        start(kind, ServerSettings.defaults());
        JsonNode document = send("GET", "/openapi.json", null, null).body();
        assertEquals("3.0.3", document.path("openapi").asText());
        for (String path : List.of("/healthz", "/openapi.json", "/api/auth/anonymous-token", "/api/credits/balance/simple",
                "/api/tasks/{user}/with-session/{app}", "/api/state/{app}/{user}/{sid}/latest", "/run_sse", "/api/render/proxy/lambda",
                "/api/render/proxy/lambda/{id}", "/api/render/proxy/lambda/{id}/cancel", "/api/render/proxy/{id}/download",
                "/api/upload-video/{app}/{user}/{sid}", "/api/media/{id}", "/apps/{app}/users/{user}/sessions",
                "/apps/{app}/users/{user}/sessions/{sid}", "/bind", "/api/auth/bind")) {
            assertTrue(document.path("paths").has(path), path);
        }
        assertTrue(document.path("paths").path("/api/auth/anonymous-token").has("post"));
    }
}
