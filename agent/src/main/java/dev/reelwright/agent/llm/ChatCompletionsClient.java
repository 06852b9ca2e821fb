package dev.reelwright.agent.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Asks an OpenAI-compatible chat-completions endpoint one question per call, optionally offering tools; thread-safe. */
public final class ChatCompletionsClient {

    /** Responses larger than this are refused: a tool call or a script is far smaller. */
    static final int MAX_RESPONSE_BYTES = 1 << 20;

    private final LlmConfig config;
    private final String where;
    private final HttpClient http;
    private final ReplyParser parser;

    public ChatCompletionsClient(LlmConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.where = config.displayUrl();
        this.parser = new ReplyParser(where);
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.timeout())
                // HTTP/1.1 only: the default h2c upgrade attempt confuses some small local servers.
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Sends the system prompt and the user message with the given tools on offer (tool_choice "auto",
     * temperature 0). Tool calls are returned only when every one names an offered tool and its arguments
     * pass {@link ArgumentCheck}; otherwise, or on any transport or format problem, this throws.
     * With an empty tool list no tools are sent, and a reply must be text.
     *
     * @param systemPrompt may be null or blank for none
     */
    public LlmReply complete(String systemPrompt, String userMessage, List<ToolSpec> tools) throws LlmException {
        Map<String, ToolSpec> byName = new LinkedHashMap<>();
        for (ToolSpec tool : tools) {
            if (byName.putIfAbsent(tool.name(), tool) != null) {
                throw new IllegalArgumentException("two tools are named '" + tool.name() + "'");
            }
        }
        ObjectNode body = request(systemPrompt, userMessage);
        if (!byName.isEmpty()) {
            ArrayNode list = body.putArray("tools");
            for (ToolSpec tool : byName.values()) {
                ObjectNode function = list.addObject().put("type", "function").putObject("function");
                function.put("name", tool.name());
                if (tool.description() != null) {
                    function.put("description", tool.description());
                }
                function.set("parameters", Json.MAPPER.valueToTree(tool.parametersSchema()));
            }
            body.put("tool_choice", "auto");
        }
        body.put("temperature", 0);
        return withoutKey(() -> parser.reply(post(body), byName));
    }

    /** Sends the prompts without tools and returns the answer's text, e.g. a script written from a topic. */
    public String completeText(String systemPrompt, String userMessage) throws LlmException {
        ObjectNode body = request(systemPrompt, userMessage).put("temperature", 0);
        return withoutKey(() -> parser.text(post(body)));
    }

    private ObjectNode request(String systemPrompt, String userMessage) {
        Objects.requireNonNull(userMessage, "userMessage");
        ObjectNode body = Json.MAPPER.createObjectNode().put("model", config.model());
        ArrayNode messages = body.putArray("messages");
        if (systemPrompt != null && !systemPrompt.isBlank()) {
            messages.addObject().put("role", "system").put("content", systemPrompt);
        }
        messages.addObject().put("role", "user").put("content", userMessage);
        return body;
    }

    /** Posts the body and returns the first choice's message. */
    private JsonNode post(ObjectNode body) throws LlmException {
        byte[] bytes;
        try {
            bytes = Json.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a tool schema cannot be written as JSON", e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(config.url())
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (config.apiKey() != null) {
            request.header("Authorization", "Bearer " + config.apiKey());
        }
        HttpResponse<byte[]> response = send(request.build());
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            String detail = ReplyParser.errorText(tree(response.body())).map(e -> ": " + e).orElse("");
            throw LlmException.at(where, "answered HTTP " + status + detail);
        }
        return parser.message(response.body());
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws LlmException {
        CompletableFuture<HttpResponse<byte[]>> future =
                http.sendAsync(request, LimitedBody.handler(MAX_RESPONSE_BYTES));
        try {
            // The request timeout stops once headers arrive; this deadline also bounds a body that trickles in.
            return future.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw LlmException.at(where, "did not answer within " + LlmConfig.describe(config.timeout()), e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw LlmException.at(where, "was not waited for: the thread was interrupted", e);
        } catch (ExecutionException e) {
            throw transportFailure(e.getCause());
        }
    }

    private LlmException transportFailure(Throwable error) {
        // The client may wrap the real cause (CompletionException, IOException), so look down the chain.
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof LimitedBody.TooLarge) {
                return LlmException.at(where, "answered more than 1 MiB, which is refused", t);
            }
            if (t instanceof HttpConnectTimeoutException) {
                return LlmException.at(where, "could not be reached within " + LlmConfig.describe(config.timeout()), t);
            }
            if (t instanceof HttpTimeoutException) {
                return LlmException.at(where, "did not answer within " + LlmConfig.describe(config.timeout()), t);
            }
            if (t instanceof ConnectException) {
                return LlmException.at(where, "could not be reached (" + describe(t) + ")", t);
            }
        }
        return LlmException.at(where, "failed to answer (" + describe(error) + ")", error);
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : Json.cut(t.getMessage());
    }

    private static JsonNode tree(byte[] body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            return null; // an error page in HTML or plain text: the status alone says enough
        }
    }

    /** A step that may fail with an LlmException. */
    private interface Call<T> {
        T run() throws LlmException;
    }

    // The server may echo the key back in an error text; it must never reach a message or a log.
    private <T> T withoutKey(Call<T> call) throws LlmException {
        try {
            return call.run();
        } catch (LlmException e) {
            String key = config.apiKey();
            if (key == null || !e.getMessage().contains(key)) {
                throw e;
            }
            throw new LlmException(e.getMessage().replace(key, "***"), e.getCause());
        }
    }
}
