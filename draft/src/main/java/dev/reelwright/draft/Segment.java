package dev.reelwright.draft;

/**
 * A timed piece of a track. It covers {@code [startMs, startMs + durationMs)} on the timeline.
 *
 * @param source media reference ({@code src}), null for text and generated fills
 * @param inMs where in the source media the segment starts
 */
public record Segment(String id, long startMs, long durationMs, String source, long inMs, SegmentMeta meta) {
    public Segment {
        meta = meta == null ? SegmentMeta.EMPTY : meta;
    }

    public long endMs() {
        return startMs + durationMs;
    }

    /** Length of the overlap with the previous segment that this segment's transition asks for. */
    public long transitionMs() {
        return meta.transition() == null ? 0 : meta.transition().durationMs();
    }

    public Segment withStart(long newStartMs) {
        return new Segment(id, newStartMs, durationMs, source, inMs, meta);
    }

    public Segment withDuration(long newDurationMs) {
        return new Segment(id, startMs, newDurationMs, source, inMs, meta);
    }

    /** The same span moved by {@code deltaMs}. */
    public Segment shifted(long deltaMs) {
        return withStart(startMs + deltaMs);
    }

    public Segment withId(String newId) {
        return new Segment(newId, startMs, durationMs, source, inMs, meta);
    }

    public Segment withSource(String newSource, long newInMs) {
        return new Segment(id, startMs, durationMs, newSource, newInMs, meta);
    }

    public Segment withMeta(SegmentMeta newMeta) {
        return new Segment(id, startMs, durationMs, source, inMs, newMeta);
    }

    /** A text segment: {@code text} at {@code position} for {@code [startMs, startMs + durationMs)}. */
    public static Segment text(String id, long startMs, long durationMs, String text, TextPosition position, TextStyle style) {
        return new Segment(id, startMs, durationMs, null, 0, SegmentMeta.EMPTY.withText(text).withPosition(position).withTextStyle(style));
    }
}
