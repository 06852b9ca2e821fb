package dev.reelwright.server.http;

import com.fasterxml.jackson.databind.JsonNode;

/** Request fields in either spelling the clients use: {@code session_id} or {@code sessionId}. */
final class Fields {
    private Fields() {
    }

    static JsonNode get(JsonNode body, String snakeName) {
        JsonNode value = body.get(snakeName);
        return value != null ? value : body.get(camel(snakeName));
    }

    /** A text field, {@code fallback} when absent or null; any other type is a clear 400. */
    static String text(JsonNode body, String snakeName, String fallback) {
        JsonNode value = get(body, snakeName);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isTextual()) {
            throw ApiError.badRequest(snakeName + " must be a string");
        }
        String text = value.asText().strip();
        if (text.length() > 200) {
            throw ApiError.badRequest(snakeName + " is longer than 200 characters");
        }
        return text.isEmpty() ? fallback : text;
    }

    static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
