package dev.reelwright.draft;

import java.util.Map;

/** A track's metadata ({@code m}): a display name, a role, and every key we do not know. */
public record TrackMeta(String name, TrackRole role, Map<String, Object> extra) {
    public static final TrackMeta EMPTY = new TrackMeta(null, null, Map.of());

    public TrackMeta {
        extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    }

    /** The extra key that switches a track off without losing it. */
    public static final String OFF = "off";
    /** The extra key of a voice track that names the voice which spoke it (absent for the user's own recording). */
    public static final String VOICE = "voice";

    public TrackMeta withName(String newName) {
        return new TrackMeta(newName, role, extra);
    }

    public TrackMeta withExtra(String key, Object value) {
        return new TrackMeta(name, role, Extras.with(extra, key, value));
    }
}
