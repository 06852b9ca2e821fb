package dev.reelwright.draft;

import java.util.List;

/**
 * A draft at another size: the canvas scaled so its short side has {@code lines} pixels (even
 * width and height), and every size given in canvas pixels (text sizes) scaled with it.
 * Positions and boxes are fractions of the canvas already, so they stay as they are.
 */
public final class DraftScaler {
    private DraftScaler() {
    }

    public static Draft toShortSide(Draft draft, int lines) {
        DraftMeta meta = draft.meta();
        double factor = lines / (double) Math.min(meta.widthPx(), meta.heightPx());
        if (Math.abs(factor - 1) < 1e-9) {
            return draft;
        }
        int width = 2 * (int) Math.round(meta.widthPx() * factor / 2);
        int height = 2 * (int) Math.round(meta.heightPx() * factor / 2);
        DraftMeta scaledMeta = new DraftMeta(meta.title(), width, height, meta.fps(), meta.background(), meta.extra());
        List<Track> tracks = draft.tracks().stream().map(track -> new Track(track.id(), track.type(), track.meta(),
                track.segments().stream().map(segment -> scaled(segment, factor)).toList())).toList();
        return new Draft(draft.version(), scaledMeta, draft.durationMs(), tracks);
    }

    private static Segment scaled(Segment segment, double factor) {
        SegmentMeta m = segment.meta();
        TextStyle style = m.textStyle();
        if (style.sizePx() == null) {
            return segment;
        }
        TextStyle sized = new TextStyle(style.font(), Math.max(1, (int) Math.round(style.sizePx() * factor)), style.bold(),
                style.outlineColor(), style.boxColor(), style.animation(), style.mark());
        SegmentMeta meta = new SegmentMeta(m.transition(), m.volume(), m.text(), m.color(), m.gradient(), m.fit(), m.kenBurns(), m.fadeInMs(),
                m.fadeOutMs(), m.duck(), m.position(), sized, m.extra());
        return new Segment(segment.id(), segment.startMs(), segment.durationMs(), segment.source(), segment.inMs(), meta);
    }
}
