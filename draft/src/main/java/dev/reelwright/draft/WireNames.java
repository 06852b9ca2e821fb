package dev.reelwright.draft;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/** Looks up enum constants by the lower-case name they have on the wire. */
final class WireNames {
    private WireNames() {
    }

    static <E extends Enum<E>> Set<String> of(E[] values, Function<E, String> wireName) {
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(values).map(wireName).forEach(names::add);
        return names;
    }

    static <E extends Enum<E>> E find(E[] values, Function<E, String> wireName, String name) {
        for (E value : values) {
            if (wireName.apply(value).equals(name)) {
                return value;
            }
        }
        return null;
    }
}
