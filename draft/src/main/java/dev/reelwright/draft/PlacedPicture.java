package dev.reelwright.draft;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A built-in picture placed on the canvas ({@code m.pic} of a video segment without {@code src}):
 * {@code {"name": "hot-beverage", "x": 0.5, "y": 0.45, "size": 0.5, "drift": "left", "words": ["coffee"]}}.
 * It comes in (rising into place and fading up), then drifts gently while it is shown; what is
 * under it shows through around it.
 *
 * @param name the picture, as the built-in collection names it ({@code reel pictures} lists them)
 * @param x where its centre is, 0 (left edge) to 1 (right edge)
 * @param y where its centre is, 0 (top) to 1 (bottom)
 * @param size its width and height as a fraction of the canvas's short side, 0.05 to 1
 * @param drift which way it moves while shown, or null for a slow float in place
 * @param words the words of the narration it was chosen for (kept for the user and the agent)
 */
public record PlacedPicture(String name, double x, double y, double size, Direction drift, List<String> words) {
    public static final String KEY = "pic";

    public PlacedPicture {
        words = words == null ? List.of() : List.copyOf(words);
    }

    /** The placed picture a segment shows, if it shows one. */
    public static Optional<PlacedPicture> of(SegmentMeta meta) {
        if (!(meta.extra().get(KEY) instanceof Map<?, ?> map)) {
            return Optional.empty();
        }
        Object name = map.get("name");
        Direction direction = direction(map.get("drift"));
        List<String> words = map.get("words") instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        return Optional.of(new PlacedPicture(name instanceof String s ? s : null, number(map.get("x"), 0.5), number(map.get("y"), 0.5),
                number(map.get("size"), 0.5), direction, words));
    }

    /** What is wrong with a segment's {@code m.pic}, or null when nothing is (the picture's name is the renderer's to check). */
    static String problem(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return "must be an object: {\"name\": \"hot-beverage\", \"x\": 0.5, \"y\": 0.5, \"size\": 0.5}";
        }
        if (!(map.get("name") instanceof String name) || name.isBlank()) {
            return "needs the picture's name, e.g. {\"name\": \"hot-beverage\"}";
        }
        for (String key : List.of("x", "y")) {
            if (map.containsKey(key) && !(map.get(key) instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 1)) {
                return key + " must be a number from 0 to 1";
            }
        }
        if (map.containsKey("size") && !(map.get("size") instanceof Number n && n.doubleValue() >= 0.05 && n.doubleValue() <= 1)) {
            return "size must be a number from 0.05 to 1 (a fraction of the canvas's short side)";
        }
        if (map.containsKey("drift") && direction(map.get("drift")) == null) {
            return "drift must be left, right, up or down";
        }
        return null;
    }

    /** This placement as {@code m.pic} holds it. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("x", round(x));
        map.put("y", round(y));
        map.put("size", round(size));
        if (drift != null) {
            map.put("drift", drift.wireName());
        }
        if (!words.isEmpty()) {
            map.put("words", words);
        }
        return map;
    }

    public PlacedPicture withName(String other, List<String> otherWords) {
        return new PlacedPicture(other, x, y, size, drift, otherWords);
    }

    /** The drift {@code m.pic} names ("left" ...), or null. */
    private static Direction direction(Object given) {
        for (Direction d : Direction.values()) {
            if (d.wireName().equals(given)) {
                return d;
            }
        }
        return null;
    }

    private static double number(Object value, double fallback) {
        return value instanceof Number n ? n.doubleValue() : fallback;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
