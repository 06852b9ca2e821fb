package dev.reelwright.server.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reelwright.agent.OpCall;
import dev.reelwright.agent.Question;
import dev.reelwright.draft.edit.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The agent's open question as JSON, kept with the session until the next message answers it (or a restart). */
final class QuestionCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private QuestionCodec() {
    }

    static String write(Question question) {
        if (question == null) {
            return null;
        }
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("op", question.pending().op().toolName());
        node.put("args", question.pending().args());
        node.put("slot", question.slot().name());
        List<Map<String, Object>> choices = new ArrayList<>();
        question.choices().forEach(c -> choices.add(Map.of("label", c.label(), "value", c.value())));
        node.put("choices", choices);
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Question read(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(json);
            Operation op = Operation.named(node.path("op").asText()).orElse(null);
            if (op == null) {
                return null;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> args = JSON.convertValue(node.path("args"), Map.class);
            List<Question.Choice> choices = new ArrayList<>();
            for (JsonNode choice : node.path("choices")) {
                JsonNode value = choice.path("value");
                choices.add(new Question.Choice(choice.path("label").asText(), value.isNumber() ? (Object) value.asInt() : value.asText()));
            }
            return new Question(new OpCall(op, args), Question.Slot.valueOf(node.path("slot").asText()), choices);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }
}
