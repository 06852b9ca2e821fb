package dev.reelwright.draft;

import java.util.List;

/** A layer of the timeline holding segments sorted by start. */
public record Track(String id, TrackType type, TrackMeta meta, List<Segment> segments) {
    public Track {
        meta = meta == null ? TrackMeta.EMPTY : meta;
        segments = List.copyOf(segments);
    }

    public TrackRole role() {
        return meta.role();
    }

    public long endMs() {
        return segments.stream().mapToLong(Segment::endMs).max().orElse(0);
    }
}
