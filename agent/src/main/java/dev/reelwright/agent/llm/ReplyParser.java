package dev.reelwright.agent.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a chat-completions response body into an {@link LlmReply}, refusing anything the caller did not offer. */
final class ReplyParser {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final String where;

    ReplyParser(String where) {
        this.where = where;
    }

    /** The first choice's message object; fails on a body that is not JSON or has no choices. */
    JsonNode message(byte[] body) throws LlmException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            // No cause attached: Jackson's message quotes tokens from the body, which is the server's business.
            throw fail("answered malformed JSON");
        }
        if (root == null || root.isMissingNode()) {
            throw fail("answered an empty body");
        }
        JsonNode choices = root.path("choices");
        if (!choices.isArray() || choices.isEmpty()) {
            Optional<String> error = errorText(root);
            throw fail(error.map(e -> "answered an error: " + e).orElse("answered without any choices"));
        }
        JsonNode message = choices.get(0).path("message");
        if (!message.isObject()) {
            throw fail("answered a choice without a message");
        }
        return message;
    }

    /** Tool calls if there are any (checked against {@code tools}), else the text; fails when there is neither. */
    LlmReply reply(JsonNode message, Map<String, ToolSpec> tools) throws LlmException {
        String text = content(message);
        List<ToolCall> calls = toolCalls(message, tools);
        if (!calls.isEmpty()) {
            return new LlmReply.Calls(calls, text);
        }
        if (text == null) {
            throw fail("answered neither text nor a tool call");
        }
        return new LlmReply.Text(text);
    }

    /** The message's text; fails when it is missing or blank. */
    String text(JsonNode message) throws LlmException {
        String text = content(message);
        if (text == null) {
            throw fail("answered no text");
        }
        return text;
    }

    /** The server's own error text from an error body ({"error":{"message":...}} and the like), one line. */
    static Optional<String> errorText(JsonNode root) {
        if (root == null) {
            return Optional.empty();
        }
        JsonNode error = root.path("error");
        JsonNode text = error.isObject() ? error.path("message") : error.isMissingNode() ? root.path("message") : error;
        return text.isTextual() && !text.asText().isBlank() ? Optional.of(Json.cut(text.asText())) : Optional.empty();
    }

    // Blank counts as no text: servers often send "" next to tool calls. Some send a list of typed parts.
    private String content(JsonNode message) throws LlmException {
        JsonNode content = message.path("content");
        String text;
        if (content.isMissingNode() || content.isNull()) {
            return null;
        } else if (content.isTextual()) {
            text = content.asText();
        } else if (content.isArray()) {
            StringBuilder joined = new StringBuilder();
            content.forEach(part -> joined.append(part.path("text").asText("")));
            text = joined.toString();
        } else {
            throw fail("answered content that is not text");
        }
        return text.isBlank() ? null : text;
    }

    private List<ToolCall> toolCalls(JsonNode message, Map<String, ToolSpec> tools) throws LlmException {
        JsonNode list = message.path("tool_calls");
        if (list.isMissingNode() || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw fail("answered tool_calls that is not a list");
        }
        List<ToolCall> calls = new ArrayList<>();
        for (JsonNode call : list) {
            JsonNode type = call.path("type");
            if (type.isTextual() && !type.asText().equals("function")) {
                throw fail("called a tool of unsupported type '" + Json.cut(type.asText()) + "'");
            }
            JsonNode function = call.path("function");
            String name = function.path("name").isTextual() ? function.path("name").asText() : "";
            if (name.isBlank()) {
                throw fail("called a tool without a name");
            }
            ToolSpec tool = tools.get(name);
            if (tool == null) {
                throw fail("called an unknown tool '" + Json.cut(name) + "'");
            }
            Map<String, Object> arguments = arguments(name, function.path("arguments"));
            Optional<String> problem = ArgumentCheck.problem(tool.parametersSchema(), arguments);
            if (problem.isPresent()) {
                throw fail("called tool '" + name + "' " + problem.get());
            }
            calls.add(new ToolCall(name, arguments));
        }
        return calls;
    }

    // OpenAI sends arguments as a JSON string; some servers send the object itself, or "" for no arguments.
    private Map<String, Object> arguments(String tool, JsonNode raw) throws LlmException {
        JsonNode parsed = raw;
        if (raw.isMissingNode() || raw.isNull() || (raw.isTextual() && raw.asText().isBlank())) {
            return new LinkedHashMap<>();
        }
        if (raw.isTextual()) {
            try {
                parsed = Json.MAPPER.readTree(raw.asText());
            } catch (JsonProcessingException e) {
                throw fail("called tool '" + tool + "' with arguments that are not JSON: " + Json.cut(raw.asText()));
            }
        }
        if (!parsed.isObject()) {
            throw fail("called tool '" + tool + "' with arguments that are not a JSON object: " + Json.brief(parsed));
        }
        return Json.MAPPER.convertValue(parsed, MAP);
    }

    private LlmException fail(String what) {
        return LlmException.at(where, what);
    }
}
