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
}
