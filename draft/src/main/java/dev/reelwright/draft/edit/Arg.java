package dev.reelwright.draft.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One argument of an {@link Operation}, as a person or a language model gives it.
 *
 * @param values the allowed values of a string argument, empty for any
 */
public record Arg(String name, Type type, String description, List<String> values) {
    /** JSON types an argument takes. */
    public enum Type {
        STRING("string"), NUMBER("number"), INTEGER("integer"), BOOLEAN("boolean");

        private final String jsonType;

        Type(String jsonType) {
            this.jsonType = jsonType;
        }

        public String jsonType() {
            return jsonType;
        }
    }

    public Arg {
        values = List.copyOf(values);
    }

    static Arg text(String name, String description) {
        return new Arg(name, Type.STRING, description, List.of());
    }

    static Arg oneOf(String name, String description, List<String> values) {
        return new Arg(name, Type.STRING, description, values);
    }

    static Arg number(String name, String description) {
        return new Arg(name, Type.NUMBER, description, List.of());
    }

    static Arg integer(String name, String description) {
        return new Arg(name, Type.INTEGER, description, List.of());
    }

    static Arg flag(String name, String description) {
        return new Arg(name, Type.BOOLEAN, description, List.of());
    }

    /** What is wrong with {@code value} as this argument ("volume must be a number (got \"loud\")"), or null when it fits. */
    public String problem(Object value) {
        boolean fits = switch (type) {
            case STRING -> value instanceof String text && (values.isEmpty() || values.contains(text));
            case NUMBER -> value instanceof Number number && Double.isFinite(number.doubleValue());
            case INTEGER -> value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                    && Math.abs(number.doubleValue()) < Integer.MAX_VALUE;
            case BOOLEAN -> value instanceof Boolean;
        };
        if (fits) {
            return null;
        }
        String wanted = switch (type) {
            case STRING -> values.isEmpty() ? "text" : dev.reelwright.draft.Choices.either(values);
            case NUMBER -> "a number";
            case INTEGER -> "a whole number";
            case BOOLEAN -> "true or false";
        };
        String got = value instanceof String text ? "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\""
                : value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && Math.abs(number.doubleValue()) < 1e15 ? Long.toString(number.longValue()) : String.valueOf(value);
        return name + " must be " + wanted + " (got " + got + ")";
    }

    /** This argument as a JSON-schema property. */
    public Map<String, Object> schema() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", type.jsonType());
        schema.put("description", description);
        if (!values.isEmpty()) {
            schema.put("enum", values);
        }
        return schema;
    }
}
