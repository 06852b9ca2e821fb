package dev.reelwright.agent;

import dev.reelwright.draft.edit.Operation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One operation as asked for, with the arguments a person (or a language model) gave: what the
 * parsers produce, before it is resolved against the draft into an edit.
 */
public record OpCall(Operation op, Map<String, Object> args) {
    public OpCall {
        args = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    public static OpCall of(Operation op) {
        return new OpCall(op, Map.of());
    }

    public OpCall with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(args);
        if (value == null) {
            more.remove(name);
        } else {
            more.put(name, value);
        }
        return new OpCall(op, more);
    }

    public boolean has(String name) {
        return args.get(name) != null;
    }

    public String text(String name) {
        Object value = args.get(name);
        return value == null ? null : value.toString();
    }

    public Integer integer(String name) {
        return args.get(name) instanceof Number n ? (Integer) n.intValue() : null;
    }

    public Double number(String name) {
        return args.get(name) instanceof Number n ? (Double) n.doubleValue() : null;
    }

    public Boolean flag(String name) {
        return args.get(name) instanceof Boolean b ? b : null;
    }
}
