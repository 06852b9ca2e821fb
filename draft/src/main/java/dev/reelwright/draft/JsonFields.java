package dev.reelwright.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Reads typed fields of one JSON object, naming the JSON path in every complaint. */
final class JsonFields {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObjectNode node;
    private final String path;

    private JsonFields(ObjectNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static JsonFields of(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new DraftException(label(path) + ": must be an object");
        }
        return new JsonFields((ObjectNode) node, path);
    }

    String path() {
        return path;
    }

    String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return node.hasNonNull(key);
    }

    JsonNode get(String key) {
        return node.get(key);
    }

    /** Rejects keys outside the format; custom metadata belongs in {@code m}. */
    void rejectUnknown(Set<String> known) {
        node.fieldNames().forEachRemaining(key -> {
            if (!known.contains(key)) {
                throw new DraftException(pathOf(key) + ": unknown key (custom data belongs inside \"m\")");
            }
        });
    }

    /** Every key not in {@code known}, as plain Java values, in document order. */
    Map<String, Object> unknown(Set<String> known) {
        Map<String, Object> extra = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> {
            if (!known.contains(entry.getKey())) {
                extra.put(entry.getKey(), MAPPER.convertValue(entry.getValue(), Object.class));
            }
        });
        return Collections.unmodifiableMap(extra);
    }

    String requireString(String key) {
        String value = optString(key);
        if (value == null) {
            throw new DraftException(pathOf(key) + ": is required");
        }
        return value;
    }

    String optString(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new DraftException(pathOf(key) + ": must be a string");
        }
        return value.textValue();
    }

    long requireLong(String key) {
        Long value = optLong(key);
        if (value == null) {
            throw new DraftException(pathOf(key) + ": is required");
        }
        return value;
    }

    Long optLong(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new DraftException(pathOf(key) + ": must be a whole number");
        }
        return value.longValue();
    }

    Double optDouble(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new DraftException(pathOf(key) + ": must be a number");
        }
        double number = value.doubleValue();
        if (!Double.isFinite(number)) {
            throw new DraftException(pathOf(key) + ": must be a finite number");
        }
        return number;
    }

    Boolean optBoolean(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new DraftException(pathOf(key) + ": must be true or false");
        }
        return value.booleanValue();
    }

    /** A string that must be one of a fixed set of wire names. */
    <E> E optChoice(String key, Set<String> names, Function<String, E> lookup) {
        String value = optString(key);
        if (value == null) {
            return null;
        }
        E choice = names.contains(value) ? lookup.apply(value) : null;
        if (choice == null) {
            throw new DraftException(pathOf(key) + ": must be one of " + String.join(", ", names)
                    + " (got \"" + Printable.clip(value) + "\")");
        }
        return choice;
    }

    static String label(String path) {
        return path.isEmpty() ? "draft" : path;
    }
}
