package dev.reelwright.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A client of the documented API, as an agent skill would be, for tests over real HTTP. */
final class ApiClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private String token;

    ApiClient(String base) {
        this.base = base;
    }

    /**
     * The parsed SSE stream of a turn: its events, the heartbeats between them, the longest wait
     * from one event to the next, and whether the connection broke before the stream ended.
     */
    record Turn(List<String> ids, List<JsonNode> events, int pings, long longestEventGapMs, boolean cut, List<String> raw) {
        JsonNode last() {
            return events.get(events.size() - 1);
        }
    }

    /** Calls from now on carry {@code bearer} (null: no token). */
    ApiClient as(String bearer) {
        ApiClient client = new ApiClient(base);
        client.token = bearer;
        return client;
    }

    /** The same user's calls to another server. */
    ApiClient on(String otherBase) {
        ApiClient client = new ApiClient(otherBase);
        client.token = token;
        return client;
    }

    String base() {
        return base;
    }

    String signIn(String clientId) throws Exception {
        token = send("POST", "/api/auth/anonymous-token", null, "X-Client-Id", clientId).path("data").path("token").asText();
        return token;
    }

    JsonNode send(String method, String path, String body, String... headers) throws Exception {
        return JSON.readTree(raw(method, path, body, headers).body());
    }

    /** The whole answer to a request, whatever its status: for checking status codes and headers. */
    HttpResponse<byte[]> raw(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(3))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    byte[] download(String url) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** One file of a multipart upload. */
    record Part(String name, byte[] bytes) {
    }

    JsonNode upload(String session, String filename, byte[] bytes) throws Exception {
        return JSON.readTree(uploadParts(session, new Part(filename, bytes)).body());
    }

    /** An upload of {@code parts}, each in a part named {@code files}; the raw answer. */
    HttpResponse<String> uploadParts(String session, Part... parts) throws Exception {
        String boundary = "reelwright-client-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + part.name()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/upload-video/nemo_agent/me/" + session))
                .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    Turn chat(String session, String text) throws Exception {
        return chat(session, text, null);
    }

    /** A chat turn's whole stream; with {@code lastEventId}, resuming a turn after that event. */
    Turn chat(String session, String text, String lastEventId) throws Exception {
        return chat(session, text, lastEventId, Map.of());
    }

    /** A chat turn with more fields in its body ({@code streaming}, {@code state_delta}). */
    Turn chat(String session, String text, String lastEventId, Map<String, Object> extra) throws Exception {
        Map<String, Object> fields = new java.util.LinkedHashMap<>(Map.of("app_name", "nemo_agent", "user_id", "me", "session_id", session,
                "new_message", Map.of("role", "user", "parts", List.of(Map.of("text", text))), "streaming", false));
        fields.putAll(extra);
        return stream("/run_sse", fields, lastEventId);
    }

    /** A typed operation on a session ({@code POST /api/sessions/{sid}/operations}), streamed like a chat turn. */
    Turn operation(String session, String operation, Map<String, Object> args) throws Exception {
        return stream("/api/sessions/" + session + "/operations", Map.of("operation", operation, "args", args), null);
    }

    private Turn stream(String path, Map<String, Object> fields, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(fields)));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<java.util.stream.Stream<String>> response = http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200 || !response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + String.join("\n", response.body().toList()));
        }
        TurnReader reader = new TurnReader();
        try (java.util.stream.Stream<String> lines = response.body()) {
            lines.forEachOrdered(reader::accept);
        } catch (java.io.UncheckedIOException broken) {
            reader.cut = true;
        }
        return reader.turn();
    }

    /**
     * A chat turn read through a proxy with a read timeout, as many deployments have: the
     * connection is dropped once nothing arrived for {@code silenceLimit}.
     */
    Turn chatThroughProxy(String session, String text, String lastEventId, Duration silenceLimit) throws Exception {
        URI uri = URI.create(base);
        byte[] body = chatBody(session, text).getBytes(StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout((int) silenceLimit.toMillis());
            String head = "POST /run_sse HTTP/1.0\r\nHost: " + uri.getAuthority() + "\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n"
                    + (lastEventId == null ? "" : "Last-Event-ID: " + lastEventId + "\r\n") + "\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(body);
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            if (status == null || !status.contains(" 200 ")) {
                throw new AssertionError("/run_sse answered " + status);
            }
            while (!in.readLine().isEmpty()) {
                // the response's headers
            }
            TurnReader reader = new TurnReader();
            try {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    reader.accept(line);
                }
            } catch (java.net.SocketTimeoutException silent) {
                reader.cut = true;
            }
            return reader.turn();
        }
    }

    private static String chatBody(String session, String text) throws Exception {
        return JSON.writeValueAsString(Map.of("app_name", "nemo_agent", "user_id", "me", "session_id", session,
                "new_message", Map.of("role", "user", "parts", List.of(Map.of("text", text))), "streaming", false));
    }

    /** Reads SSE lines as they arrive, timing the waits between events. */
    private static final class TurnReader {
        private final List<String> ids = new ArrayList<>();
        private final List<JsonNode> events = new ArrayList<>();
        private final List<String> raw = new ArrayList<>();
        private int pings;
        private long lastEventAtNs = System.nanoTime();
        private long longestGapNs;
        private boolean cut;

        void accept(String line) {
            if (line.startsWith("id: ")) {
                ids.add(line.substring(4));
            } else if (line.startsWith("data: ")) {
                raw.add(line.substring(6));
                try {
                    events.add(JSON.readTree(line.substring(6)));
                } catch (java.io.IOException e) {
                    throw new AssertionError("an event that is not JSON: " + line, e);
                }
                longestGapNs = Math.max(longestGapNs, System.nanoTime() - lastEventAtNs);
                lastEventAtNs = System.nanoTime();
            } else if (line.equals(": ping")) {
                pings++;
            }
        }

        Turn turn() {
            return new Turn(ids, events, pings, longestGapNs / 1_000_000, cut, raw);
        }
    }

    /** Polls an export until it ends; every quarter second, for at most two minutes. */
    JsonNode awaitExport(String id) throws Exception {
        for (int i = 0; i < 480; i++) {
            JsonNode poll = send("GET", "/api/render/proxy/lambda/" + id, null);
            if (poll.path("status").asText().matches("completed|failed|cancelled")) {
                return poll;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the export " + id + " did not end");
    }
}
