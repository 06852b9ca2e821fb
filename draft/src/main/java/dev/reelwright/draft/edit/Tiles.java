package dev.reelwright.draft.edit;

import dev.reelwright.draft.Segment;
import dev.reelwright.draft.Track;
import java.util.ArrayList;
import java.util.List;

/** The main track as tiles, and back: the one place pictures' overlaps follow their transitions. */
final class Tiles {
    private Tiles() {
    }

    static List<Tile> of(Track track) {
        List<Segment> segments = track.segments();
        List<Tile> tiles = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            long from = i == 0 ? segment.startMs() : Scenes.boundary(segments.get(i - 1), segment);
            long to = i + 1 < segments.size() ? Scenes.boundary(segment, segments.get(i + 1)) : segment.endMs();
            long hold = i + 1 < segments.size() && segments.get(i + 1).startMs() > segment.endMs()
                    ? segments.get(i + 1).startMs() - segment.endMs() : 0;
            tiles.add(new Tile(segment, from, to, segment.inMs() + (from - segment.startMs()), hold));
        }
        return tiles;
    }

    /** The tiles as segments: neighbours overlap by the later one's transition, split evenly around their boundary. */
    static List<Segment> segments(List<Tile> tiles) {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < tiles.size(); i++) {
            Tile tile = tiles.get(i);
            Segment segment = tile.segment();
            if (i == 0 && segment.meta().transition() != null) {
                segment = segment.withMeta(segment.meta().withTransition(null));
            }
            long in = i == 0 ? 0 : Math.min(segment.transitionMs(), 2 * Math.min(tile.lengthMs(), tiles.get(i - 1).lengthMs()) / 3);
            if (i > 0 && in != segment.transitionMs()) {
                // A transition longer than the pictures it joins would swallow them: it shortens to fit, or becomes a cut.
                segment = segment.withMeta(segment.meta().withTransition(in <= 0 ? null
                        : new dev.reelwright.draft.Transition(segment.meta().transition().type(), in, segment.meta().transition().direction())));
            }
            long out = i + 1 < tiles.size() ? outgoing(tiles.get(i + 1), tile) : 0;
            long start = tile.fromMs() - in / 2;
            long end = out > 0 ? tile.toMs() + (out - out / 2) : tile.toMs() - tile.holdMs();
            long sourceIn = Math.max(0, tile.inAtFromMs() - (tile.fromMs() - start));
            segments.add(new Segment(segment.id(), start, end - start, segment.source(), segment.source() == null ? 0 : sourceIn,
                    segment.meta()));
        }
        return segments;
    }

    private static long outgoing(Tile next, Tile tile) {
        long wanted = next.segment().transitionMs();
        return Math.min(wanted, 2 * Math.min(tile.lengthMs(), next.lengthMs()) / 3);
    }

    /** The tiles with {@code [fromMs, toMs)} taken out and what follows moved up. */
    static List<Tile> cut(List<Tile> tiles, long fromMs, long toMs) {
        long length = toMs - fromMs;
        List<Tile> kept = new ArrayList<>();
        for (Tile tile : tiles) {
            long f = tile.fromMs();
            long t = tile.toMs();
            if (t <= fromMs) {
                kept.add(tile);
            } else if (f >= toMs) {
                kept.add(tile.shifted(-length));
            } else if (f < fromMs && t > toMs) {
                kept.add(tile.moved(f, t - length, tile.inAtFromMs()));
            } else if (f < fromMs) {
                kept.add(tile.moved(f, fromMs, tile.inAtFromMs()));
            } else if (t > toMs) {
                kept.add(tile.moved(fromMs, t - length, tile.inAtFromMs() + (toMs - f)));
            }
        }
        return kept;
    }

    /** The tiles with {@code lengthMs} of time opened at {@code atMs}: the tile spanning it grows, later ones move on. */
    static List<Tile> open(List<Tile> tiles, long atMs, long lengthMs) {
        List<Tile> moved = new ArrayList<>();
        for (Tile tile : tiles) {
            if (tile.fromMs() >= atMs) {
                moved.add(tile.shifted(lengthMs));
            } else if (tile.toMs() > atMs) {
                moved.add(tile.moved(tile.fromMs(), tile.toMs() + lengthMs, tile.inAtFromMs()));
            } else {
                moved.add(tile);
            }
        }
        return moved;
    }
}
