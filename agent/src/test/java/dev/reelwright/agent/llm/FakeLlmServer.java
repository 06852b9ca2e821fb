package dev.reelwright.agent.llm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A chat-completions stand-in on 127.0.0.1 that answers what each test tells it and records what it was sent. */
final class FakeLlmServer implements AutoCloseable {

    /** What to answer: a status and body, optionally late (before the headers, or halfway through the body). */
    record Answer(int status, byte[] body, Duration beforeHeaders, Duration midBody, boolean chunked) {
        static Answer json(int status, String body) {
            return new Answer(status, body.getBytes(StandardCharsets.UTF_8), Duration.ZERO, Duration.ZERO, false);
        }

        Answer late(Duration delay) {
            return new Answer(status, body, delay, midBody, chunked);
        }

        Answer stallingMidBody(Duration delay) {
            return new Answer(status, body, beforeHeaders, delay, chunked);
        }

        Answer chunkedEncoding() {
            return new Answer(status, body, beforeHeaders, midBody, true);
        }
    }

    /** One request as the server saw it; header names are lower case. */
    record Received(String method, String path, Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Answer answer = Answer.json(500, "{\"error\":{\"message\":\"the test set no answer\"}}");

    FakeLlmServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        // A thread per exchange, so a sleeping answer never holds up the next test's request.
        server.setExecutor(threads);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/chat/completions");
    }

    void answer(Answer next) {
        answer = next;
    }

    void answerJson(String body) {
        answer(Answer.json(200, body));
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body));
            Answer now = answer;
            sleep(now.beforeHeaders());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(now.status(), now.chunked() ? 0 : now.body().length);
            OutputStream out = exchange.getResponseBody();
            int half = now.midBody().isZero() ? now.body().length : now.body().length / 2;
            out.write(now.body(), 0, half);
            out.flush();
            sleep(now.midBody());
            out.write(now.body(), half, now.body().length - half);
        } catch (IOException e) {
            // The client hung up (a refused body, a timeout): nobody is left to answer.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server is closing
        }
    }

    private static void sleep(Duration delay) throws InterruptedException {
        if (!delay.isZero()) {
            Thread.sleep(delay.toMillis());
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow(); // wakes handlers still sleeping in a timeout test
    }
}
