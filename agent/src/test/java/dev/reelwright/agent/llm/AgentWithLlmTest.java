package dev.reelwright.agent.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.agent.Agent;
import dev.reelwright.agent.LlmPlanner;
import dev.reelwright.agent.OpCall;
import dev.reelwright.agent.TurnContext;
import dev.reelwright.agent.Understanding;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.draft.edit.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agent with a language model configured: its tool calls are used; when it fails in any way, the rules answer. */
class AgentWithLlmTest {
    private FakeLlmServer server;
    private Agent agent;
    private final List<String> logged = new ArrayList<>();
    private Draft made;

    @BeforeEach
    void start() throws Exception {
        server = new FakeLlmServer();
        LlmConfig config = new LlmConfig(server.url(), "test-model", null, Duration.ofMillis(500));
        agent = new Agent(Optional.of(new LlmPlanner(new ChatCompletionsClient(config), logged::add)));
        made = DraftCodec.parse(Files.readString(Path.of("src/test/resources/drafts/made.json")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String toolCall(String name, String argumentsJson) {
        return "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\","
                + "\"function\":{\"name\":\"" + name + "\",\"arguments\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(argumentsJson) + "}}]}}]}";
    }

    @Test
    void theModelsToolCallsAreTheOperations() throws Exception {
        server.answerJson(toolCall("set_bgm", "{\"mood\": \"calm\", \"volume\": 0.25}"));
        Understanding understood = agent.understand("something mellow underneath, quietly", TurnContext.of(made, List.of()));
        OpCall call = ((Understanding.Calls) understood).calls().get(0);
        assertEquals(Operation.SET_BGM, call.op());
        assertEquals("calm", call.text("mood"));
        assertEquals(0.25, call.number("volume"));
        String sent = server.received().get(0).body();
        assertTrue(sent.contains("\"name\":\"delete_scene\"") && sent.contains("Rise and Shine Bakery"), "tools and the timeline go to the model");
    }

    @Test
    void whenTheModelFailsTheRulesAnswer() throws Exception {
        TurnContext context = TurnContext.of(made, List.of());
        server.answer(FakeLlmServer.Answer.json(500, "{\"error\": {\"message\": \"overloaded\"}}"));
        assertEquals(Operation.DELETE_SCENE, ((Understanding.Calls) agent.understand("delete scene 3", context)).calls().get(0).op());
        server.answerJson("{\"choices\": [not json");
        assertEquals(Operation.SET_ASPECT, ((Understanding.Calls) agent.understand("make it vertical", context)).calls().get(0).op());
        server.answerJson(toolCall("fly_to_the_moon", "{}"));
        assertEquals(Operation.REMOVE_BGM, ((Understanding.Calls) agent.understand("no music", context)).calls().get(0).op());
        server.answerJson(toolCall("set_aspect", "{\"aspect\": \"3:2\"}"));
        assertEquals("9:16", ((Understanding.Calls) agent.understand("make it vertical", context)).calls().get(0).text("aspect"));
        server.answer(new FakeLlmServer.Answer(200, "{}".getBytes(), Duration.ofSeconds(3), Duration.ZERO, false));
        long start = System.nanoTime();
        assertEquals(Operation.UNDO, ((Understanding.Calls) agent.understand("undo", context)).calls().get(0).op());
        assertTrue((System.nanoTime() - start) / 1e9 < 2.5, "the timeout holds");
        assertEquals(5, logged.size(), logged.toString());
    }

    @Test
    void aScriptTooLongForItsLengthIsShortenedByTheModel() throws Exception {
        server.answerJson("{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"Brewline knows your coffee. Try it today.\"}}]}");
        String longScript = "Every morning starts with a choice. ".repeat(30);
        Understanding understood = agent.understand("turn my script into a 10-second video: " + longScript, TurnContext.of(null, List.of()));
        Understanding.Calls calls = (Understanding.Calls) understood;
        assertEquals("Brewline knows your coffee. Try it today.", calls.calls().get(0).text("script"));
        assertTrue(calls.note().startsWith("To fit 10 seconds I shortened the script"), calls.note());
    }

    @Test
    void aTopicBecomesAScriptTheModelWrites() throws Exception {
        // Text without a tool call: no operation proposed, so the rules ask for a script, which the model then writes.
        server.answerJson("{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"Coffee wakes the city. Every cup starts with a bean.\"}}]}");
        Understanding understood = agent.understand("make a video about coffee", TurnContext.of(null, List.of()));
        Understanding.Calls calls = (Understanding.Calls) understood;
        assertEquals(Operation.GENERATE_VIDEO_FROM_SCRIPT, calls.calls().get(0).op());
        assertEquals("Coffee wakes the city. Every cup starts with a bean.", calls.calls().get(0).text("script"));
        assertTrue(calls.note().contains("Coffee wakes the city"), calls.note());
    }
}
