package dev.reelwright.agent.llm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A shallow check of a tool call's arguments against the tool's JSON schema: required names present, each
 * argument of its declared type (string, number, integer, boolean, object, array, null, or a list of these)
 * and within its enum, and no unknown names when additionalProperties is false. Nested schemas, formats,
 * ranges and patterns are not checked; keywords it does not know are ignored rather than failed.
 */
final class ArgumentCheck {

    private ArgumentCheck() {
    }

    /**
     * The first violation, phrased to follow "called tool 'x' ", or empty when the arguments pass.
     * A JSON null for an optional argument counts as leaving it out: models often send that.
     */
    static Optional<String> problem(Map<String, ?> schema, Map<String, ?> arguments) {
        Map<?, ?> properties = schema.get("properties") instanceof Map<?, ?> m ? m : Map.of();
        List<?> required = schema.get("required") instanceof List<?> r ? r : List.of();
        for (Object name : required) {
            if (name instanceof String n && !arguments.containsKey(n)) {
                return Optional.of("without the required argument '" + n + "'");
            }
        }
        boolean closed = Boolean.FALSE.equals(schema.get("additionalProperties"));
        for (Map.Entry<String, ?> argument : arguments.entrySet()) {
            String name = argument.getKey();
            Object value = argument.getValue();
            Object property = properties.get(name);
            if (property == null) {
                if (closed) {
                    return Optional.of("with argument '" + name + "', which it does not take");
                }
                continue;
            }
            if (!(property instanceof Map<?, ?> p) || (value == null && !required.contains(name))) {
                continue;
            }
            Object type = p.get("type");
            if (type != null && !hasType(value, type)) {
                return Optional.of("with argument '" + name + "' = " + Json.brief(value)
                        + ", which is not of type " + Json.brief(type));
            }
            if (p.get("enum") instanceof List<?> allowed && allowed.stream().noneMatch(a -> same(a, value))) {
                return Optional.of("with argument '" + name + "' = " + Json.brief(value)
                        + ", which is not one of " + Json.brief(allowed));
            }
        }
        return Optional.empty();
    }

    private static boolean hasType(Object value, Object type) {
        if (type instanceof String t) {
            return hasType(value, t);
        }
        if (type instanceof List<?> union) {
            return union.stream().anyMatch(t -> !(t instanceof String s) || hasType(value, s));
        }
        return true; // a malformed "type" is the tool author's problem, not the model's
    }

    private static boolean hasType(Object value, String type) {
        return switch (type) {
            case "string" -> value instanceof String;
            case "number" -> value instanceof Number;
            case "integer" -> isIntegral(value);
            case "boolean" -> value instanceof Boolean;
            case "object" -> value instanceof Map;
            case "array" -> value instanceof List;
            case "null" -> value == null;
            default -> true;
        };
    }

    // JSON Schema counts 3.0 as an integer; Jackson reads it as a Double.
    private static boolean isIntegral(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return true;
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().scale() <= 0;
        }
        return (value instanceof Double || value instanceof Float)
                && Double.isFinite(((Number) value).doubleValue())
                && ((Number) value).doubleValue() == Math.rint(((Number) value).doubleValue());
    }

    // Numbers compare by value, so an enum of Integer 1 admits a Long 1 or a Double 1.0.
    private static boolean same(Object allowed, Object value) {
        if (allowed instanceof Number a && value instanceof Number v) {
            try {
                return new BigDecimal(a.toString()).compareTo(new BigDecimal(v.toString())) == 0;
            } catch (NumberFormatException e) {
                return false; // NaN or infinity: never produced by JSON
            }
        }
        return Objects.equals(allowed, value);
    }
}
