package dev.reelwright.agent.llm;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One tool call the model made, with its arguments as parsed JSON (strings, numbers, booleans, null,
 * lists and maps as Jackson reads them).
 */
public record ToolCall(String name, Map<String, Object> arguments) {

    /** Keeps a read-only copy of the arguments; JSON null values are allowed, so no Map.copyOf. */
    public ToolCall {
        Objects.requireNonNull(name, "name");
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(arguments, "arguments")));
    }
}
