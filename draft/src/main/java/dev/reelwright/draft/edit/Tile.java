package dev.reelwright.draft.edit;

import dev.reelwright.draft.Segment;

/**
 * A picture of the main track by the stretch it owns, {@code [fromMs, toMs)}: edits move and cut
 * tiles, then {@link Tiles#segments} lays the pictures back out with overlaps equal to their
 * transitions, the way the director lays them out.
 *
 * @param inAtFromMs where in the source the picture is at {@code fromMs} (clips)
 * @param holdMs the end of the owned stretch where the picture is not shown (a gap before the next)
 */
record Tile(Segment segment, long fromMs, long toMs, long inAtFromMs, long holdMs) {
    long lengthMs() {
        return toMs - fromMs;
    }

    Tile moved(long newFromMs, long newToMs, long newInAtFromMs) {
        return new Tile(segment, newFromMs, newToMs, newInAtFromMs, Math.min(holdMs, Math.max(0, newToMs - newFromMs - 1)));
    }

    Tile shifted(long deltaMs) {
        return moved(fromMs + deltaMs, toMs + deltaMs, inAtFromMs);
    }

    Tile withSegment(Segment newSegment) {
        return new Tile(newSegment, fromMs, toMs, inAtFromMs, holdMs);
    }
}
