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

    public Track withSegments(List<Segment> newSegments) {
        return new Track(id, type, meta, newSegments.stream().sorted(java.util.Comparator.comparingLong(Segment::startMs)).toList());
    }

    public Track withMeta(TrackMeta newMeta) {
        return new Track(id, type, newMeta, segments);
    }

    /** Whether the track is switched off ({@code m.off}): kept in the draft, neither shown nor heard. */
    public boolean isOff() {
        return Boolean.TRUE.equals(meta.extra().get(TrackMeta.OFF));
    }
}
