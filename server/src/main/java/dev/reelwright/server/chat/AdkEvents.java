package dev.reelwright.server.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reelwright.server.account.Ids;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Events in the shape of the Agent Development Kit's API server (camelCase): text, tool calls
 * and tool responses from {@code nemo_agent}, the last one of a turn with {@code turnComplete}.
 */
final class AdkEvents {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String AUTHOR = "nemo_agent";

    private final String invocationId;

    AdkEvents(String invocationId) {
        this.invocationId = invocationId;
    }

    String text(String text, boolean partial) {
        Map<String, Object> event = base(List.of(Map.of("text", text)), Map.of());
        if (partial) {
            event.put("partial", true);
        }
        return write(event);
    }

    String call(String callId, String tool, Map<String, Object> args) {
        return write(base(List.of(Map.of("functionCall", Map.of("id", callId, "name", tool, "args", args))), Map.of()));
    }

    /** A reply cut into the pieces a streaming client shows as they arrive: a few words each. */
    static List<String> pieces(String text) {
        List<String> pieces = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+\\s*").matcher(text);
        StringBuilder piece = new StringBuilder();
        int words = 0;
        while (m.find()) {
            piece.append(m.group());
            if (++words == 6) {
                pieces.add(piece.toString());
                piece.setLength(0);
                words = 0;
            }
        }
        if (piece.length() > 0) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    String response(String callId, String tool, Map<String, Object> response, Map<String, Object> stateDelta) {
        return write(base(List.of(Map.of("functionResponse", Map.of("id", callId, "name", tool, "response", response))), stateDelta));
    }

    String finalText(String text) {
        return finalText(text, Map.of());
    }

    /** The turn's last event: the whole reply, and the state it leaves (the new draft version). */
    String finalText(String text, Map<String, Object> stateDelta) {
        Map<String, Object> event = base(List.of(Map.of("text", text)), stateDelta);
        event.put("turnComplete", true);
        return write(event);
    }

    String error(String code, String message) {
        Map<String, Object> event = base(List.of(Map.of("text", message)), Map.of());
        event.put("errorCode", code);
        event.put("errorMessage", message);
        event.put("turnComplete", true);
        return write(event);
    }

    private Map<String, Object> base(List<Map<String, Object>> parts, Map<String, Object> stateDelta) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", Ids.next("e"));
        event.put("invocationId", invocationId);
        event.put("author", AUTHOR);
        // Plain decimal seconds as ADK writes them (1796156361.881), never 1.796156361881E9.
        event.put("timestamp", java.math.BigDecimal.valueOf(System.currentTimeMillis(), 3));
        event.put("content", Map.of("role", "model", "parts", parts));
        event.put("actions", Map.of("stateDelta", stateDelta, "artifactDelta", Map.of()));
        return event;
    }

    private static String write(Map<String, Object> event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event could not be written", e);
        }
    }
}
