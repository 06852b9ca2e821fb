package dev.reelwright.agent.llm;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** A tool the model may call: its name, what it does, and a JSON-schema object for its arguments. */
public record ToolSpec(String name, String description, Map<String, Object> parametersSchema) {

    // OpenAI's own rule for function names; checking it here fails fast instead of as an HTTP 400.
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** Checks the name and keeps a read-only copy of the schema; the description may be null. */
    public ToolSpec {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("tool name must be 1-64 of A-Z a-z 0-9 _ -, got '" + name + "'");
        }
        Objects.requireNonNull(parametersSchema, "parametersSchema");
        // LinkedHashMap rather than Map.copyOf: keeps the author's order in the request and allows null values.
        parametersSchema = Collections.unmodifiableMap(new LinkedHashMap<>(parametersSchema));
    }
}
