package dev.reelwright.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reverse proxy in front of a real server that breaks things on purpose, once each: a 429 with
 * {@code Retry-After: 1} for the first request to a path, another server's refusal of a request,
 * a chat stream cut after its first event.
 */
final class FaultyFront implements AutoCloseable {
    private static final Set<String> HOP_HEADERS = Set.of("connection", "content-length", "host", "transfer-encoding", "upgrade", "expect");

    private final HttpServer server;
    private final String backend;
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger busyLeft = new AtomicInteger();
    private final AtomicInteger cutsLeft = new AtomicInteger();
    private volatile String busyPath = "";
    private volatile String refusedPath = "";
    private volatile int refusedStatus;
    private volatile String refusedBody = "";
    final AtomicInteger resumed = new AtomicInteger();

    FaultyFront(String backend) throws IOException {
        this.backend = backend;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next request to {@code path} is answered 429. */
    void busyOnce(String path) {
        busyPath = path;
        busyLeft.set(1);
    }

    /** The next request to {@code path} is answered {@code status} with {@code json}, as a server with other rules would. */
    void refuseOnce(String path, int status, String json) {
        refusedBody = json;
        refusedStatus = status;
        refusedPath = path;
    }

    /** The next chat stream is cut after its first event. */
    void cutNextStream() {
        cutsLeft.set(1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            if (path.equals(busyPath) && busyLeft.getAndDecrement() > 0) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                exchange.sendResponseHeaders(429, -1);
                return;
            }
            if (path.equals(refusedPath)) {
                refusedPath = "";
                byte[] body = refusedBody.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(refusedStatus, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            if (exchange.getRequestHeaders().containsKey("Last-Event-ID")) {
                resumed.incrementAndGet();
            }
            HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(backend + exchange.getRequestURI()))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(exchange.getRequestBody().readAllBytes()));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    values.forEach(v -> forward.header(name, v));
                }
            });
            HttpResponse<InputStream> answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofInputStream());
            answer.headers().map().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, List.copyOf(values));
                }
            });
            exchange.sendResponseHeaders(answer.statusCode(), 0);
            boolean cut = path.equals("/run_sse") && cutsLeft.getAndDecrement() > 0;
            try (InputStream in = answer.body(); OutputStream out = exchange.getResponseBody()) {
                if (!cut) {
                    in.transferTo(out);
                    return;
                }
                // Pass the stream on up to the end of its first event (heartbeats do not count), then drop the connection.
                StringBuilder block = new StringBuilder();
                int b;
                while ((b = in.read()) >= 0) {
                    out.write(b);
                    block.append((char) b);
                    if (block.toString().endsWith("\n\n")) {
                        if (block.toString().contains("data:")) {
                            out.flush();
                            break;
                        }
                        block.setLength(0);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
