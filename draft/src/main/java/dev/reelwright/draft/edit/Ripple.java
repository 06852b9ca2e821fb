package dev.reelwright.draft.edit;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.Track;
import dev.reelwright.draft.TrackRole;
import dev.reelwright.draft.TrackType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Taking time out of a whole draft and putting time in, every track together, so what is said
 * stays with what is shown. Speech and sound effects are cut, never stretched: a recording that
 * spans a cut becomes two pieces. Pictures, text and the music bed simply get shorter or longer
 * (the music plays on without a jump). The main track keeps its transitions' overlaps.
 */
public final class Ripple {
    private Ripple() {
    }

    /** The draft with {@code [fromMs, toMs)} removed and everything after it moved up. */
    public static Draft cut(Draft draft, long fromMs, long toMs) {
        return cut(draft, fromMs, toMs, new Ids(draft));
    }

    private static Draft cut(Draft draft, long fromMs, long toMs, Ids ids) {
        if (toMs <= fromMs) {
            return draft;
        }
        String main = Scenes.mainTrack(draft).map(Track::id).orElse(null);
        List<Track> tracks = new ArrayList<>();
        for (Track track : draft.tracks()) {
            if (track.id().equals(main)) {
                tracks.add(track.withSegments(Tiles.segments(Tiles.cut(Tiles.of(track), fromMs, toMs))));
                continue;
            }
            List<Segment> kept = new ArrayList<>();
            for (Segment segment : track.segments()) {
                kept.addAll(cut(segment, fromMs, toMs, isRecording(track), ids));
            }
            tracks.add(track.withSegments(kept));
        }
        return draft.withTracks(tracks);
    }

    /** The draft with {@code lengthMs} more at {@code atMs}: what spans it lasts longer (recordings pause), the rest moves on. */
    public static Draft open(Draft draft, long atMs, long lengthMs) {
        return insert(draft, atMs, lengthMs, new Ids(draft), List.of(), null);
    }

    /**
     * Opens {@code lengthMs} at {@code atMs} and fills it: {@code pictures} on the main track and
     * {@code pieces.get(i)} on track {@code i}, both timed from the start of the opening.
     */
    static Draft insert(Draft draft, long atMs, long lengthMs, Ids ids, List<Tile> pictures, List<List<Segment>> pieces) {
        if (lengthMs <= 0) {
            return draft;
        }
        String main = Scenes.mainTrack(draft).map(Track::id).orElse(null);
        List<Track> tracks = new ArrayList<>();
        for (Track track : draft.tracks()) {
            if (track.id().equals(main)) {
                List<Tile> tiles = new ArrayList<>(Tiles.open(Tiles.of(track), atMs, lengthMs));
                pictures.forEach(tile -> tiles.add(tile.shifted(atMs)));
                tiles.sort(java.util.Comparator.comparingLong(Tile::fromMs));
                tracks.add(track.withSegments(Tiles.segments(tiles)));
                continue;
            }
            List<Segment> moved = new ArrayList<>();
            List<Segment> pasted = pieces == null ? List.of() : pieces.get(draft.tracks().indexOf(track));
            pasted.forEach(piece -> moved.add(piece.shifted(atMs)));
            for (Segment segment : track.segments()) {
                if (segment.startMs() >= atMs) {
                    moved.add(segment.shifted(lengthMs));
                } else if (segment.endMs() <= atMs) {
                    moved.add(segment);
                } else if (isRecording(track) || !pasted.isEmpty()) {
                    // A recording pauses; anything else that spans the point makes room for what is pasted there.
                    moved.add(timeless(segment.withDuration(atMs - segment.startMs())));
                    moved.add(new Segment(ids.next(segment.id()), atMs + lengthMs, segment.endMs() - atMs, segment.source(),
                            segment.inMs() + (atMs - segment.startMs()), segment.meta().withTransition(null)));
                } else {
                    moved.add(segment.withDuration(segment.durationMs() + lengthMs));
                }
            }
            tracks.add(track.withSegments(moved));
        }
        return draft.withTracks(tracks);
    }

    /**
     * The draft with the stretch {@code [fromMs, toMs)} moved to start at {@code toPointMs} (a time
     * of the draft as it is, outside the stretch): the stretch's pictures, text and speech go with it;
     * the music bed stays where it is.
     */
    public static Draft move(Draft draft, long fromMs, long toMs, long toPointMs) {
        long length = toMs - fromMs;
        Track mainTrack = Scenes.mainTrack(draft).orElseThrow(() -> new EditException("the video has no pictures to move"));
        List<Tile> movedTiles = Tiles.of(mainTrack).stream().filter(t -> t.fromMs() >= fromMs && t.toMs() <= toMs).toList();
        Ids ids = new Ids(draft);
        List<List<Segment>> pieces = new ArrayList<>();
        for (Track track : draft.tracks()) {
            List<Segment> inside = new ArrayList<>();
            if (!track.id().equals(mainTrack.id()) && track.role() != TrackRole.BGM) {
                for (Segment segment : track.segments()) {
                    Segment piece = clip(segment, fromMs, toMs, isRecording(track), ids);
                    if (piece != null) {
                        inside.add(piece.shifted(-fromMs));
                    }
                }
            }
            pieces.add(inside);
        }
        long point = toPointMs > fromMs ? toPointMs - length : toPointMs;
        List<Tile> pictures = movedTiles.stream().map(tile -> tile.shifted(-fromMs)).toList();
        // At a boundary between pictures no picture spans the point: the main track gets a hole there, which the moved pictures fill.
        return insert(cut(draft, fromMs, toMs, ids), point, length, ids, pictures, pieces);
    }

    /** A text whose span changed loses its words' times ({@code m.words}), which were counted from its old start. */
    private static Segment timeless(Segment segment) {
        return segment.meta().extra().containsKey(TextEdits.WORDS) ? segment.withMeta(segment.meta().withExtra(TextEdits.WORDS, null)) : segment;
    }

    /** Speech and effects are recordings: cutting through one splits it. The music bed is not. */
    static boolean isRecording(Track track) {
        return track.type() == TrackType.AUDIO && track.role() != TrackRole.BGM;
    }

    private static List<Segment> cut(Segment segment, long fromMs, long toMs, boolean recording, Ids ids) {
        long length = toMs - fromMs;
        long s = segment.startMs();
        long e = segment.endMs();
        if (e <= fromMs) {
            return List.of(segment);
        }
        if (s >= toMs) {
            return List.of(segment.shifted(-length));
        }
        if (s >= fromMs && e <= toMs) {
            return List.of();
        }
        if (s < fromMs && e > toMs) {
            if (!recording) {
                Segment shorter = timeless(segment.withDuration(segment.durationMs() - length));
                Long fade = shorter.meta().fadeOutMs();
                // A fade longer than half of what is left would swallow it.
                return List.of(fade != null && fade > shorter.durationMs() / 2
                        ? shorter.withMeta(shorter.meta().withFades(shorter.meta().fadeInMs(), shorter.durationMs() / 2)) : shorter);
            }
            Segment after = new Segment(ids.next(segment.id()), fromMs, e - toMs, segment.source(), segment.inMs() + (toMs - s),
                    segment.meta().withTransition(null));
            return List.of(segment.withDuration(fromMs - s), after);
        }
        if (s < fromMs) {
            return List.of(timeless(segment.withDuration(fromMs - s)));
        }
        long skipped = toMs - s;
        return List.of(timeless(new Segment(segment.id(), fromMs, e - toMs, segment.source(),
                segment.source() == null ? segment.inMs() : segment.inMs() + skipped, segment.meta())));
    }

    /** The part of {@code segment} inside {@code [fromMs, toMs)}, or null; a partial recording gets a new id. */
    private static Segment clip(Segment segment, long fromMs, long toMs, boolean recording, Ids ids) {
        long s = Math.max(segment.startMs(), fromMs);
        long e = Math.min(segment.endMs(), toMs);
        if (e <= s) {
            return null;
        }
        boolean whole = s == segment.startMs() && e == segment.endMs();
        String id = whole ? segment.id() : ids.next(segment.id());
        long in = segment.source() == null ? segment.inMs() : segment.inMs() + (s - segment.startMs());
        return new Segment(id, s, e - s, segment.source(), in, whole ? segment.meta() : segment.meta().withTransition(null));
    }

    /** Fresh segment ids: the old id with a number, never one the draft already has. */
    static final class Ids {
        private final Set<String> taken = new HashSet<>();

        Ids(Draft draft) {
            draft.tracks().forEach(t -> {
                taken.add(t.id());
                t.segments().forEach(s -> taken.add(s.id()));
            });
        }

        String next(String base) {
            String stem = base.replaceAll("-\\d+$", "");
            for (int n = 2; ; n++) {
                String id = stem + "-" + n;
                if (taken.add(id)) {
                    return id;
                }
            }
        }
    }
}
