package dev.reelwright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reelwright.render.Cancellation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * Cancelling a running tool, which the MCP SDK (2.1.0) does not pass to tools: every line from
 * the client is read here first. A {@code tools/call} gets its JSON-RPC id in
 * {@code params._meta} under {@link #REQUEST_KEY}, so its handler can find its own cancellation;
 * a {@code notifications/cancelled} cancels that call's work. Every line then goes on to the SDK
 * unchanged otherwise. The end of the input cancels everything still running.
 */
final class McpCancels {
    static final String REQUEST_KEY = "dev.reelwright/request";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Cancellation all;
    private final Map<String, Cancellation> running = new ConcurrentHashMap<>();
    final CountDownLatch closed = new CountDownLatch(1);

    McpCancels(Cancellation all) {
        this.all = all;
    }

    /** The stream the SDK reads: {@code client}'s lines, filtered on a thread of their own. */
    InputStream filter(InputStream client) throws IOException {
        PipedInputStream sdk = new PipedInputStream(1 << 20);
        OutputStream toSdk = new PipedOutputStream(sdk);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(client, StandardCharsets.UTF_8)); toSdk) {
                String line;
                while ((line = lines.readLine()) != null) {
                    toSdk.write((seen(line) + "\n").getBytes(StandardCharsets.UTF_8));
                    toSdk.flush();
                }
            } catch (IOException e) {
                // The client went away: as if it had closed the connection.
            } finally {
                all.cancel();
                closed.countDown();
            }
        }, "reel-mcp-input");
        reader.setDaemon(true);
        reader.start();
        return sdk;
    }

    /** The cancellation of the call with JSON-RPC id {@code request} (from its {@code _meta}); the whole server's when unknown. */
    Cancellation forCall(Object request) {
        return request == null ? all : running.computeIfAbsent(String.valueOf(request), id -> all.child());
    }

    void finished(Object request) {
        if (request != null) {
            running.remove(String.valueOf(request));
        }
    }

    private String seen(String line) {
        if (!line.contains("tools/call") && !line.contains("notifications/cancelled")) {
            return line;
        }
        try {
            JsonNode message = JSON.readTree(line);
            String method = message.path("method").asText();
            if (method.equals("notifications/cancelled")) {
                Cancellation call = running.get(message.path("params").path("requestId").asText());
                if (call != null) {
                    call.cancel();
                }
                return line;
            }
            if (method.equals("tools/call") && message.has("id") && message.path("params").isObject()) {
                ObjectNode params = (ObjectNode) message.get("params");
                ObjectNode meta = params.has("_meta") && params.get("_meta").isObject() ? (ObjectNode) params.get("_meta") : params.putObject("_meta");
                meta.put(REQUEST_KEY, message.get("id").asText());
                forCall(message.get("id").asText());
                return JSON.writeValueAsString(message);
            }
        } catch (IOException | RuntimeException e) {
            // Not ours to judge: the SDK answers a malformed line itself.
        }
        return line;
    }
}
