package dev.reelwright.agent.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;

@Timeout(10) // a hung call must fail the test, not the build
class ChatCompletionsClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "sk-test-0123456789";

    private static final ToolSpec SET_MOOD = new ToolSpec("set_mood", "Sets the music mood.", Map.of(
            "type", "object",
            "properties", Map.of(
                    "mood", Map.of("type", "string", "enum", List.of("calm", "tense")),
                    "volume", Map.of("type", "number")),
            "required", List.of("mood")));
    private static final ToolSpec ADD_SCENE = new ToolSpec("add_scene", "Adds a scene.", Map.of(
            "type", "object",
            "properties", Map.of("title", Map.of("type", "string"), "seconds", Map.of("type", "integer")),
            "required", List.of("title", "seconds")));
    private static final List<ToolSpec> TOOLS = List.of(SET_MOOD, ADD_SCENE);

    private FakeLlmServer server;
    private String where;

    @BeforeEach
    void start() throws IOException {
        server = new FakeLlmServer();
        where = "the language model at " + server.url();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    // --- replies the client accepts ---

    @Test
    void readsOneToolCallWithArgumentsAsAString() throws Exception {
        server.answerJson(calls(call("set_mood", "{\"mood\":\"tense\",\"volume\":0.5}")));

        LlmReply reply = client(KEY).complete("sys", "user", TOOLS);

        assertEquals(new LlmReply.Calls(List.of(new ToolCall("set_mood", Map.of("mood", "tense", "volume", 0.5))), null),
                reply);
    }

    @Test
    void readsTwoToolCallsInOrder() throws Exception {
        server.answerJson(calls(call("add_scene", "{\"title\":\"Intro\",\"seconds\":5}"),
                call("set_mood", "{\"mood\":\"calm\"}")));

        LlmReply.Calls reply = (LlmReply.Calls) client(KEY).complete("sys", "user", TOOLS);

        assertEquals(List.of(new ToolCall("add_scene", Map.of("title", "Intro", "seconds", 5)),
                new ToolCall("set_mood", Map.of("mood", "calm"))), reply.calls());
    }

    @Test
    void readsArgumentsSentAsAnObject() throws Exception {
        ObjectNode call = call("add_scene", "");
        ((ObjectNode) call.get("function")).putObject("arguments").put("title", "Outro").put("seconds", 3);
        server.answerJson(calls(call));

        LlmReply.Calls reply = (LlmReply.Calls) client(KEY).complete("sys", "user", TOOLS);

        assertEquals(List.of(new ToolCall("add_scene", Map.of("title", "Outro", "seconds", 3))), reply.calls());
    }

    @Test
    void keepsTextSaidAlongsideToolCalls() throws Exception {
        ObjectNode body = JSON.readValue(calls(call("set_mood", "{\"mood\":\"calm\"}")), ObjectNode.class);
        ((ObjectNode) body.at("/choices/0/message")).put("content", "Calming it down.");
        server.answerJson(body.toString());

        LlmReply.Calls reply = (LlmReply.Calls) client(KEY).complete("sys", "user", TOOLS);

        assertEquals("Calming it down.", reply.text());
        assertEquals("set_mood", reply.calls().get(0).name());
    }

    @Test
    void readsTextOnly() throws Exception {
        server.answerJson(text("Nothing to change."));

        assertEquals(new LlmReply.Text("Nothing to change."), client(KEY).complete("sys", "user", TOOLS));
    }

    @Test
    void joinsContentSentAsTextParts() throws Exception {
        server.answerJson("{\"choices\":[{\"message\":{\"content\":"
                + "[{\"type\":\"text\",\"text\":\"Hello, \"},{\"type\":\"text\",\"text\":\"world.\"}]}}]}");

        assertEquals("Hello, world.", client(KEY).completeText("sys", "user"));
    }

    @Test
    void acceptsABodyOfExactlyOneMebibyte() throws Exception {
        String prefix = "{\"choices\":[{\"message\":{\"content\":\"";
        String suffix = "\"}}]}";
        String pad = "a".repeat(ChatCompletionsClient.MAX_RESPONSE_BYTES - prefix.length() - suffix.length());
        server.answerJson(prefix + pad + suffix);

        assertEquals(pad.length(), client(KEY).completeText("sys", "user").length());
    }

    // --- what the server is sent ---

    @Test
    void sendsModelMessagesToolsInOpenAiShapeAndTemperatureZero() throws Exception {
        server.answerJson(text("ok"));

        client(KEY).complete("You direct videos.", "Make it tense.", TOOLS);

        assertEquals(1, server.received().size());
        FakeLlmServer.Received request = server.received().get(0);
        assertEquals("POST", request.method());
        assertEquals("/v1/chat/completions", request.path());
        assertEquals("application/json", request.headers().get("content-type"));
        JsonNode body = JSON.readTree(request.body());
        assertEquals("gpt-test", body.get("model").asText());
        assertEquals(JSON.readTree("[{\"role\":\"system\",\"content\":\"You direct videos.\"},"
                + "{\"role\":\"user\",\"content\":\"Make it tense.\"}]"), body.get("messages"));
        assertEquals(2, body.get("tools").size());
        JsonNode first = body.get("tools").get(0);
        assertEquals("function", first.get("type").asText());
        assertEquals("set_mood", first.at("/function/name").asText());
        assertEquals("Sets the music mood.", first.at("/function/description").asText());
        assertEquals(JSON.valueToTree(SET_MOOD.parametersSchema()), first.at("/function/parameters"));
        assertEquals("add_scene", body.get("tools").get(1).at("/function/name").asText());
        assertEquals("auto", body.get("tool_choice").asText());
        assertTrue(body.get("temperature").isNumber());
        assertEquals(0.0, body.get("temperature").asDouble());
    }

    @Test
    void sendsTheKeyAsABearerToken() throws Exception {
        server.answerJson(text("ok"));

        client(KEY).complete("sys", "user", TOOLS);

        assertEquals("Bearer " + KEY, server.received().get(0).headers().get("authorization"));
    }

    @Test
    void sendsNoAuthorizationWithoutAKey() throws Exception {
        server.answerJson(text("ok"));

        client(null).complete("sys", "user", TOOLS);

        assertFalse(server.received().get(0).headers().containsKey("authorization"));
    }

    @Test
    void completeTextSendsNoToolsAndReturnsTheContent() throws Exception {
        server.answerJson(text("Scene one: a harbour at dawn."));

        assertEquals("Scene one: a harbour at dawn.", client(KEY).completeText("Write a script.", "harbours"));

        JsonNode body = JSON.readTree(server.received().get(0).body());
        assertFalse(body.has("tools"));
        assertFalse(body.has("tool_choice"));
        assertEquals(0, body.get("temperature").asInt());
        assertEquals("harbours", body.at("/messages/1/content").asText());
    }

    // --- replies the client refuses ---

    @Test
    void refusesMalformedJson() {
        server.answerJson("{\"choices\":[");

        assertFails(where + " answered malformed JSON", () -> client(KEY).complete("sys", "user", TOOLS));
    }

    @Test
    void refusesABodyWithoutChoices() {
        server.answerJson("{\"id\":\"x\",\"choices\":[]}");

        assertFails(where + " answered without any choices", () -> client(KEY).complete("sys", "user", TOOLS));
    }

    @Test
    void reportsAnErrorSentWithStatus200() {
        server.answerJson("{\"error\":{\"message\":\"model not loaded\"}}");

        assertFails(where + " answered an error: model not loaded", () -> client(KEY).completeText("sys", "user"));
    }

    @Test
    void reportsHttp500WithTheServersReason() {
        server.answer(FakeLlmServer.Answer.json(500, "{\"error\":{\"message\":\"boom\"}}"));

        assertFails(where + " answered HTTP 500: boom", () -> client(KEY).complete("sys", "user", TOOLS));
    }

    @Test
    void reportsHttp502WithAnHtmlBodyByStatusAlone() {
        server.answer(FakeLlmServer.Answer.json(502, "<html><body>Bad\nGateway</body></html>"));

        assertFails(where + " answered HTTP 502", () -> client(KEY).complete("sys", "user", TOOLS));
    }

    @Test
    void neverPutsTheKeyInAMessage() {
        server.answer(FakeLlmServer.Answer.json(401,
                "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + ".\"}}"));

        assertFails(where + " answered HTTP 401: Incorrect API key provided: ***.",
                () -> client(KEY).complete("sys", "user", TOOLS));
    }

    @Test
    void givesUpAfterTheTimeoutWhenTheServerIsSlow() {
        server.answer(FakeLlmServer.Answer.json(200, text("late")).late(Duration.ofSeconds(5)));
        ChatCompletionsClient client = new ChatCompletionsClient(
                new LlmConfig(server.url(), "gpt-test", KEY, Duration.ofMillis(300)));

        long start = System.nanoTime();
        assertFails(where + " did not answer within 300 ms", () -> client.complete("sys", "user", TOOLS));
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertTrue(elapsedMs >= 250 && elapsedMs < 2000, "gave up after " + elapsedMs + " ms");
    }

    @Test
    void givesUpAfterTheTimeoutWhenTheBodyStalls() {
        // Headers arrive at once: only the client's own deadline, not the request timeout, can catch this.
        server.answer(FakeLlmServer.Answer.json(200, text("stalled")).stallingMidBody(Duration.ofSeconds(5)));
        ChatCompletionsClient client = new ChatCompletionsClient(
                new LlmConfig(server.url(), "gpt-test", KEY, Duration.ofMillis(300)));

        long start = System.nanoTime();
        assertFails(where + " did not answer within 300 ms", () -> client.completeText("sys", "user"));
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertTrue(elapsedMs < 2000, "gave up after " + elapsedMs + " ms");
    }

    @Test
    void reportsAServerThatIsNotThere() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + port + "/v1/chat/completions");
        ChatCompletionsClient client = new ChatCompletionsClient(new LlmConfig(nowhere, "gpt-test", KEY));

        LlmException e = assertThrows(LlmException.class, () -> client.completeText("sys", "user"));

        assertTrue(e.getMessage().startsWith("the language model at " + nowhere + " could not be reached"),
                e.getMessage());
    }

    @Test
    void refusesAnUnknownTool() {
        server.answerJson(calls(call("fly", "{}")));

        assertFails(where + " called an unknown tool 'fly'", () -> client(KEY).complete("sys", "user", TOOLS));
    }

    @Test
    void refusesArgumentsThatAreNotJson() {
        server.answerJson(calls(call("set_mood", "{mood: calm")));

        assertFails(where + " called tool 'set_mood' with arguments that are not JSON: {mood: calm",
                () -> client(KEY).complete("sys", "user", TOOLS));
    }

    @Test
    void refusesArgumentsWithTrailingGarbage() {
        server.answerJson(calls(call("set_mood", "{\"mood\":\"calm\"} and more")));

        assertFails(where + " called tool 'set_mood' with arguments that are not JSON: {\"mood\":\"calm\"} and more",
                () -> client(KEY).complete("sys", "user", TOOLS));
    }

    @Test
    void refusesArgumentsThatAreNotAnObject() {
        server.answerJson(calls(call("set_mood", "[\"calm\"]")));

        assertFails(where + " called tool 'set_mood' with arguments that are not a JSON object: [\"calm\"]",
                () -> client(KEY).complete("sys", "user", TOOLS));
    }

    @Test
    void refusesAnArgumentOutsideItsEnum() {
        server.answerJson(calls(call("set_mood", "{\"mood\":\"angry\"}")));

        assertFails(where + " called tool 'set_mood' with argument 'mood' = \"angry\", which is not one of"
                + " [\"calm\",\"tense\"]", () -> client(KEY).complete("sys", "user", TOOLS));
    }

    @Test
    void refusesAMissingRequiredArgument() {
        server.answerJson(calls(call("add_scene", "{\"title\":\"Intro\"}")));

        assertFails(where + " called tool 'add_scene' without the required argument 'seconds'",
                () -> client(KEY).complete("sys", "user", TOOLS));
    }

    @Test
    void refusesAnArgumentOfTheWrongType() {
        server.answerJson(calls(call("add_scene", "{\"title\":\"Intro\",\"seconds\":\"five\"}")));

        assertFails(where + " called tool 'add_scene' with argument 'seconds' = \"five\", which is not of type"
                + " \"integer\"", () -> client(KEY).complete("sys", "user", TOOLS));
    }

    @Test
    void refusesAnOversizedBodyByItsLength() {
        server.answerJson(text("a".repeat(ChatCompletionsClient.MAX_RESPONSE_BYTES)));

        assertFails(where + " answered more than 1 MiB, which is refused", () -> client(KEY).completeText("s", "u"));
    }

    @Test
    void refusesAnOversizedBodyWithoutALength() {
        server.answer(FakeLlmServer.Answer.json(200, text("a".repeat(ChatCompletionsClient.MAX_RESPONSE_BYTES)))
                .chunkedEncoding());

        assertFails(where + " answered more than 1 MiB, which is refused", () -> client(KEY).completeText("s", "u"));
    }

    @Test
    void refusesTextOnlyWhenTheModelSaidNothing() {
        server.answerJson(text(""));

        assertFails(where + " answered neither text nor a tool call", () -> client(KEY).complete("s", "u", TOOLS));
    }

    @Test
    void refusesTwoToolsWithOneName() {
        assertThrows(IllegalArgumentException.class, () -> client(KEY).complete("s", "u", List.of(SET_MOOD, SET_MOOD)));
        assertEquals(0, server.received().size());
    }

    // --- helpers ---

    private ChatCompletionsClient client(String key) {
        return new ChatCompletionsClient(new LlmConfig(server.url(), "gpt-test", key));
    }

    /** The call fails with exactly this one-line message. */
    private static void assertFails(String message, Executable call) {
        LlmException e = assertThrows(LlmException.class, call);
        assertEquals(message, e.getMessage());
        assertFalse(e.getMessage().contains(KEY));
        assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), "one line");
    }

    private static ObjectNode call(String name, String arguments) {
        ObjectNode call = JSON.createObjectNode().put("id", "call_" + name).put("type", "function");
        call.putObject("function").put("name", name).put("arguments", arguments);
        return call;
    }

    private static String calls(ObjectNode... calls) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode message = body.putArray("choices").addObject().putObject("message").put("role", "assistant");
        message.putNull("content");
        message.putArray("tool_calls").addAll(List.of(calls));
        return body.toString();
    }

    private static String text(String content) {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("choices").addObject().putObject("message").put("role", "assistant").put("content", content);
        return body.toString();
    }
}
