package dev.reelwright.draft;

import java.util.List;

/** The whole editable state of one video: canvas, tracks and their timed segments. */
public record Draft(int version, DraftMeta meta, long durationMs, List<Track> tracks) {
    /** The schema version this code writes. */
    public static final int CURRENT_VERSION = 1;

    public Draft {
        tracks = List.copyOf(tracks);
    }

    /** The end of the last segment on any track: what {@code d} must be. */
    public long contentEndMs() {
        return tracks.stream().mapToLong(Track::endMs).max().orElse(0);
    }

    public List<Track> tracksOfType(TrackType type) {
        return tracks.stream().filter(t -> t.type() == type).toList();
    }
}
