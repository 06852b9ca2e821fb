package dev.reelwright.agent.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One utterance of the evaluation corpus: what is said, to which starting draft and uploads, and
 * what should happen: operations with the arguments that must match, a question, or a refusal.
 */
public record CorpusCase(String id, String intent, String text, String draft, List<String> uploads, Expected expected) {
    /** What the case expects. */
    public sealed interface Expected {
    }

    /** These operations in this order; each with the arguments listed (others may be there too). */
    public record Ops(List<Map<String, Object>> ops) implements Expected {
    }

    public record AQuestion() implements Expected {
    }

    public record ARefusal() implements Expected {
    }

    public static CorpusCase parse(JsonNode line) {
        return from(line);
    }

    static CorpusCase from(JsonNode line) {
        List<String> uploads = new ArrayList<>();
        line.path("uploads").forEach(u -> uploads.add(u.asText()));
        JsonNode expect = line.path("expect");
        Expected expected;
        if (expect.isTextual()) {
            expected = expect.asText().equals("question") ? new AQuestion() : new ARefusal();
        } else {
            List<Map<String, Object>> ops = new ArrayList<>();
            for (JsonNode op : expect) {
                Map<String, Object> map = new java.util.LinkedHashMap<>();
                op.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().isNumber() ? (Object) e.getValue().asDouble()
                        : e.getValue().isBoolean() ? (Object) e.getValue().asBoolean() : e.getValue().asText()));
                ops.add(map);
            }
            expected = new Ops(ops);
        }
        return new CorpusCase(line.path("id").asText(), line.path("intent").asText(), line.path("text").asText(),
                line.path("draft").asText("none"), uploads, expected);
    }
}
