package dev.reelwright.draft;

import java.util.LinkedHashMap;
import java.util.Map;

/** Changing one key of an {@code extra} map (the keys of {@code m} this version does not model). */
final class Extras {
    private Extras() {
    }

    static Map<String, Object> with(Map<String, Object> extra, String key, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(extra);
        if (value == null) {
            changed.remove(key);
        } else {
            changed.put(key, value);
        }
        return changed;
    }
}
