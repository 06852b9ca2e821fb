package dev.reelwright.draft.edit;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.PlacedPicture;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.SegmentMeta;
import dev.reelwright.draft.Track;
import dev.reelwright.draft.TrackMeta;
import dev.reelwright.draft.TrackType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The built-in pictures placed over the scenes ({@code m.pic} segments): which one a scene shows. */
public final class PictureEdits {
    /** The track of the scenes' main pictures, as the director names it. */
    public static final String TRACK = "pictures";

    private PictureEdits() {
    }

    /** Scene {@code scene} shows {@code picture} (its other built-in pictures go), or none of them when it is null. */
    public record SetScenePicture(int scene, PlacedPicture picture) implements Edit {
        public Operation operation() {
            return Operation.SET_SCENE_PICTURE;
        }

        public Draft applyTo(Draft draft) {
            Scene target = Scenes.numbered(draft, scene);
            if (picture == null && placedIn(draft, target.fromMs(), target.toMs()).isEmpty()) {
                throw new EditException("scene " + scene + " shows no built-in picture");
            }
            Draft cleared = without(draft, target.fromMs(), target.toMs());
            Track main = Scenes.mainTrack(cleared).orElseThrow();
            Segment marked = target.segment().withMeta(mark(target.segment().meta(), picture));
            cleared = cleared.withTrack(main.withSegments(main.segments().stream()
                    .map(s -> s.id().equals(marked.id()) ? marked : s).toList()));
            if (picture == null) {
                return cleared;
            }
            Segment shown = new Segment(new Ripple.Ids(cleared).next("pic" + scene), target.fromMs(), target.lengthMs(), null, 0,
                    SegmentMeta.EMPTY.withExtra(PlacedPicture.KEY, picture.toMap()));
            List<Track> tracks = new ArrayList<>(cleared.tracks());
            int at = -1;
            for (int i = 0; i < tracks.size(); i++) {
                if (tracks.get(i).id().equals(TRACK)) {
                    at = i;
                }
            }
            if (at < 0) {
                at = tracks.indexOf(Scenes.mainTrack(cleared).orElseThrow()) + 1;
                tracks.add(at, new Track(TRACK, TrackType.VIDEO, new TrackMeta("Pictures", null, Map.of()), List.of(shown)));
            } else {
                List<Segment> segments = new ArrayList<>(tracks.get(at).segments());
                segments.add(shown);
                segments.sort(Comparator.comparingLong(Segment::startMs));
                tracks.set(at, tracks.get(at).withSegments(segments));
            }
            return cleared.withTracks(tracks);
        }
    }

    /** The placed pictures shown over {@code [fromMs, toMs)}: those whose middle falls inside. */
    public static List<PlacedPicture> placedIn(Draft draft, long fromMs, long toMs) {
        List<PlacedPicture> shown = new ArrayList<>();
        for (Track track : draft.tracksOfType(TrackType.VIDEO)) {
            for (Segment segment : track.segments()) {
                if (inside(segment, fromMs, toMs)) {
                    PlacedPicture.of(segment.meta()).ifPresent(shown::add);
                }
            }
        }
        return shown;
    }

    /** The draft without the placed pictures over {@code [fromMs, toMs)}; a track left empty goes. */
    static Draft without(Draft draft, long fromMs, long toMs) {
        List<Track> tracks = new ArrayList<>();
        for (Track track : draft.tracks()) {
            if (track.type() != TrackType.VIDEO) {
                tracks.add(track);
                continue;
            }
            List<Segment> kept = track.segments().stream()
                    .filter(s -> !(PlacedPicture.of(s.meta()).isPresent() && inside(s, fromMs, toMs))).toList();
            if (!kept.isEmpty() || track.segments().isEmpty()) {
                tracks.add(kept.size() == track.segments().size() ? track : track.withSegments(kept));
            }
        }
        return draft.withTracks(tracks);
    }

    private static boolean inside(Segment segment, long fromMs, long toMs) {
        long middle = segment.startMs() + segment.durationMs() / 2;
        return middle >= fromMs && middle < toMs;
    }

    /** The scene's record of its pictures ({@code m.scene.pics}) after the change. */
    private static SegmentMeta mark(SegmentMeta meta, PlacedPicture picture) {
        if (!(meta.extra().get(Scenes.KEY) instanceof Map<?, ?> old)) {
            return meta;
        }
        Map<String, Object> mark = new LinkedHashMap<>();
        old.forEach((k, v) -> mark.put(String.valueOf(k), v));
        if (picture == null) {
            mark.remove("pics");
        } else {
            mark.put("pics", List.of(Map.of("name", picture.name(), "words", picture.words())));
        }
        return meta.withExtra(Scenes.KEY, mark);
    }
}
