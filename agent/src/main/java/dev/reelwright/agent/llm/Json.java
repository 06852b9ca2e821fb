package dev.reelwright.agent.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The package's one JSON mapper, and short one-line renderings of model output for error messages. */
final class Json {

    // Without FAIL_ON_TRAILING_TOKENS, "{} garbage" would pass as valid JSON.
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final int SNIPPET = 80;

    private Json() {
    }

    /** A value as compact JSON, cut short: JSON escapes newlines, so the result is one line. */
    static String brief(Object value) {
        try {
            return cut(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            return cut(String.valueOf(value));
        }
    }

    /** Any text squeezed onto one line and cut short, for quoting model or server output in a message. */
    static String cut(String text) {
        String line = text.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        return line.length() <= SNIPPET ? line : line.substring(0, SNIPPET) + "...";
    }
}
