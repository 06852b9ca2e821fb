package dev.reelwright.draft;

import java.util.Map;

/** A track's metadata ({@code m}): a display name, a role, and every key we do not know. */
public record TrackMeta(String name, TrackRole role, Map<String, Object> extra) {
    public static final TrackMeta EMPTY = new TrackMeta(null, null, Map.of());

    public TrackMeta {
        extra = Map.copyOf(extra);
    }
}
