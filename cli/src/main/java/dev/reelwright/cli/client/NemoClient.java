package dev.reelwright.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The HTTP calls of a NemoVideo-compatible server (Reelwright's own or another), one method each,
 * with the bearer token and the attribution headers on every request. Answers outside the
 * envelope's {@code code 0} become {@link ApiFailure}; what to do about them is the caller's.
 */
public final class NemoClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERSION = "0.1.0";

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String token;

    public NemoClient(String baseUrl, String token) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.token = token;
    }

    public String baseUrl() {
        return baseUrl;
    }

    void token(String token) {
        this.token = token;
    }

    /** A new anonymous token for {@code clientId}: {@code {token, user_id, expires_at, credits}}. */
    JsonNode anonymousToken(String clientId) {
        return call(request("/api/auth/anonymous-token").header("X-Client-Id", clientId).POST(HttpRequest.BodyPublishers.noBody()), true);
    }

    String newSession(String language) {
        ObjectNode body = JSON.createObjectNode().put("task_name", "project").put("language", language);
        return call(json("/api/tasks/me/with-session/nemo_agent", body), true).path("session_id").asText();
    }

    JsonNode credits() {
        return call(request("/api/credits/balance/simple").GET(), true);
    }

    JsonNode state(String session) {
        return call(request("/api/state/nemo_agent/me/" + session + "/latest").GET(), true);
    }

    /** Uploads {@code file} into the session; the server's record of it. */
    JsonNode upload(String session, Path file) {
        String boundary = "reel-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                + file.getFileName().toString().replace("\"", "_") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        HttpRequest.BodyPublisher body;
        try {
            body = HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head.getBytes(StandardCharsets.UTF_8)),
                    HttpRequest.BodyPublishers.ofFile(file),
                    HttpRequest.BodyPublishers.ofByteArray(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read", e);
        }
        JsonNode data = call(request("/api/upload-video/nemo_agent/me/" + session).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(30)).POST(body), true);
        return data.path("files").path(0);
    }

    JsonNode startExport(String session, String resolution) {
        ObjectNode output = JSON.createObjectNode().put("format", "mp4").put("quality", "high");
        if (resolution != null) {
            output.put("resolution", resolution);
        }
        ObjectNode body = JSON.createObjectNode().put("id", "render_" + System.currentTimeMillis() + "_" + UUID.randomUUID().toString().substring(0, 8))
                .put("sessionId", session);
        body.set("output", output);
        return call(json("/api/render/proxy/lambda", body), true);
    }

    JsonNode export(String id) {
        return call(request("/api/render/proxy/lambda/" + id).GET(), true);
    }

    /** Downloads {@code url} (absolute or on this server) into {@code file}, whole or not at all. */
    void download(String url, Path file) {
        String absolute = url.startsWith("http") ? url : baseUrl + (url.startsWith("/") ? "" : "/") + url;
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            HttpResponse<InputStream> response = http.send(authorized(HttpRequest.newBuilder(URI.create(absolute))).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new ApiFailure(0, response.statusCode(), "the download answered HTTP " + response.statusCode(), 0);
            }
            try (InputStream in = response.body()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            quietlyDelete(partial);
            throw new UncheckedIOException("the download stopped (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            quietlyDelete(partial);
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted"));
        }
    }

    /**
     * A chat turn: {@code message} sent, the events read as they come. With {@code lastEventId}
     * it resumes a turn whose stream was cut. Each line of the stream goes to {@code lines}.
     */
    void chat(String session, String message, String lastEventId, java.util.function.Consumer<String> lines) {
        ObjectNode body = JSON.createObjectNode().put("app_name", "nemo_agent").put("user_id", "me").put("session_id", session)
                .put("streaming", true);
        ObjectNode newMessage = body.putObject("new_message").put("role", "user");
        newMessage.putArray("parts").addObject().put("text", message);
        HttpRequest.Builder request = json("/run_sse", body).header("Accept", "text/event-stream").timeout(Duration.ofMinutes(20));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            HttpResponse<Stream<String>> response = http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                String text = String.join("\n", response.body().toList());
                throw failure(response.statusCode(), text, response.headers().firstValue("Retry-After").orElse(null));
            }
            try (Stream<String> stream = response.body()) {
                stream.forEach(lines);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(unreachable(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted"));
        }
    }

    private HttpRequest.Builder request(String path) {
        return authorized(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(2)));
    }

    private HttpRequest.Builder json(String path, JsonNode body) {
        return request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder builder) {
        builder.header("X-Skill-Source", "reelwright-cli").header("X-Skill-Version", VERSION).header("X-Skill-Platform", "terminal");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    /** The envelope's {@code data} of a JSON answer (the whole answer when it has none). */
    private JsonNode call(HttpRequest.Builder request, boolean envelope) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
            JsonNode answer;
            try {
                answer = JSON.readTree(response.body());
            } catch (IOException e) {
                throw failure(response.statusCode(), response.body(), retryAfter);
            }
            int code = answer.path("code").asInt(0);
            if (response.statusCode() >= 400 || code != 0) {
                throw failure(response.statusCode(), response.body(), retryAfter);
            }
            return envelope && answer.has("data") ? answer.path("data") : answer;
        } catch (IOException e) {
            throw new UncheckedIOException(unreachable(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted"));
        }
    }

    private static ApiFailure failure(int status, String body, String retryAfter) {
        int code = 0;
        String message = "the server answered HTTP " + status;
        try {
            JsonNode answer = JSON.readTree(body);
            code = answer.path("code").asInt(0);
            if (answer.hasNonNull("message") && !answer.path("message").asText().isBlank()) {
                message = answer.path("message").asText();
            }
        } catch (IOException | RuntimeException ignored) {
            // Not our envelope (a proxy's page): the status says it.
        }
        long wait = 0;
        if (retryAfter != null && retryAfter.strip().matches("\\d{1,6}")) {
            wait = Long.parseLong(retryAfter.strip());
        } else if (status == 429) {
            wait = 30;
        }
        return new ApiFailure(code, status, message, wait);
    }

    private String unreachable(IOException e) {
        return e instanceof ConnectException || e.getCause() instanceof ConnectException
                ? "cannot reach " + baseUrl + " (is `reel serve` running there?)"
                : "the connection to " + baseUrl + " failed (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
    }

    private static void quietlyDelete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A partial file we could not delete is named .part; nothing takes it for the video.
        }
    }
}
