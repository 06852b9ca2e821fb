package dev.reelwright.draft.edit;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.Track;
import dev.reelwright.draft.TrackType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scenes of a draft: the segments of its main video track (the video track with the most
 * segments), each with the stretch of time it owns. The director marks title and end cards in
 * {@code m.scene}; they are not numbered, so "scene 1" is the first narrated scene.
 */
public final class Scenes {
    /** The segment key where the director records what a picture is: {@code {"kind", "text", "keys"}}. */
    public static final String KEY = "scene";

    private Scenes() {
    }

    public static Optional<Track> mainTrack(Draft draft) {
        return draft.tracksOfType(TrackType.VIDEO).stream().filter(t -> !t.segments().isEmpty())
                .max(Comparator.comparingInt((Track t) -> t.segments().size()).thenComparing(t -> -draft.tracks().indexOf(t)));
    }

    /** Every picture of the main track, cards included, in order. */
    public static List<Scene> all(Draft draft) {
        Optional<Track> main = mainTrack(draft);
        if (main.isEmpty()) {
            return List.of();
        }
        List<Segment> segments = main.get().segments();
        long[] from = new long[segments.size()];
        long[] to = new long[segments.size()];
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            from[i] = i == 0 ? segment.startMs() : boundary(segments.get(i - 1), segment);
            to[i] = segment.endMs();
            if (i > 0) {
                to[i - 1] = from[i];
            }
        }
        List<Scene> scenes = new ArrayList<>();
        int number = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            Map<?, ?> mark = segment.meta().extra().get(KEY) instanceof Map<?, ?> m ? m : Map.of();
            String kind = mark.get("kind") instanceof String k ? k : Scene.KIND_SCENE;
            String text = mark.get("text") instanceof String t ? t : null;
            List<String> keys = mark.get("keys") instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
            boolean card = !Scene.KIND_SCENE.equals(kind);
            scenes.add(new Scene(card ? 0 : ++number, i, segment, from[i], to[i], kind, text, keys));
        }
        return scenes;
    }

    /** The narrated scenes (or every picture, in a draft without cards), numbered from 1. */
    public static List<Scene> numbered(Draft draft) {
        return all(draft).stream().filter(s -> !s.isCard()).toList();
    }

    /** Scene {@code number}, or an error that says how many there are. */
    public static Scene numbered(Draft draft, int number) {
        List<Scene> scenes = numbered(draft);
        if (scenes.isEmpty()) {
            throw new EditException("the video has no scenes yet");
        }
        if (number < 1 || number > scenes.size()) {
            throw new EditException("there is no scene " + number + ": the video has " + count(scenes.size()) + " (1\u2013" + scenes.size() + ")");
        }
        return scenes.get(number - 1);
    }

    static String count(int scenes) {
        return scenes == 1 ? "1 scene" : scenes + " scenes";
    }

    /** Where one picture hands over to the next: the middle of their overlap, or where the next starts. */
    static long boundary(Segment previous, Segment next) {
        long overlap = previous.endMs() - next.startMs();
        return overlap > 0 ? next.startMs() + overlap / 2 : next.startMs();
    }

    /** When the last words over {@code scene} end: from the captions' cues (shown or not), else from the voice. */
    public static long speechEndMs(Draft draft, Scene scene) {
        long end = -1;
        for (Track track : draft.tracks()) {
            if (track.role() == dev.reelwright.draft.TrackRole.CAPTION) {
                for (Segment cue : track.segments()) {
                    if (cue.startMs() >= scene.fromMs() && cue.startMs() < scene.toMs()) {
                        end = Math.max(end, cue.endMs());
                    }
                }
            }
        }
        if (end >= 0) {
            return Math.min(end, scene.toMs());
        }
        boolean spoken = draft.tracks().stream().filter(t -> t.role() == dev.reelwright.draft.TrackRole.VOICE)
                .flatMap(t -> t.segments().stream()).anyMatch(s -> s.startMs() < scene.toMs() && s.endMs() > scene.fromMs());
        return spoken ? scene.toMs() : scene.fromMs();
    }

    /** How much shorter {@code scene} can get without cutting words: silence after them, keeping a second of picture. */
    public static long slackMs(Draft draft, Scene scene) {
        long afterWords = scene.toMs() - speechEndMs(draft, scene) - 300;
        return Math.max(0, Math.min(afterWords, scene.lengthMs() - 1_000));
    }

    /** Where time is added to or taken from {@code scene}: the middle of the silence after its last words. */
    static long pausePointMs(Draft draft, Scene scene) {
        long speechEnd = speechEndMs(draft, scene);
        return Math.max(scene.fromMs() + 1, Math.min(scene.toMs() - 1, speechEnd + (scene.toMs() - speechEnd) / 2));
    }
}
