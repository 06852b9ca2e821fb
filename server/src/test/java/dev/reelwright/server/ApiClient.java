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

    /** The parsed SSE stream of a turn. */
    record Turn(List<String> ids, List<JsonNode> events, int pings) {
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

    String signIn(String clientId) throws Exception {
        token = send("POST", "/api/auth/anonymous-token", null, "X-Client-Id", clientId).path("data").path("token").asText();
        return token;
    }

    JsonNode send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(3))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return JSON.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
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
        String body = JSON.writeValueAsString(Map.of("app_name", "nemo_agent", "user_id", "me", "session_id", session,
                "new_message", Map.of("role", "user", "parts", List.of(Map.of("text", text))), "streaming", false));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/run_sse")).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
            throw new AssertionError("/run_sse answered " + response.statusCode() + ": " + response.body());
        }
        List<String> ids = new ArrayList<>();
        List<JsonNode> events = new ArrayList<>();
        int pings = 0;
        for (String line : response.body().split("\n")) {
            if (line.startsWith("id: ")) {
                ids.add(line.substring(4));
            } else if (line.startsWith("data: ")) {
                events.add(JSON.readTree(line.substring(6)));
            } else if (line.equals(": ping")) {
                pings++;
            }
        }
        return new Turn(ids, events, pings);
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
