package dev.reelwright.draft.edit;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.SegmentMeta;
import dev.reelwright.draft.Track;
import dev.reelwright.draft.TrackMeta;
import dev.reelwright.draft.TrackRole;
import dev.reelwright.draft.TrackType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Edits of what is heard: the music bed, the voice, the clips' own sound. */
public final class SoundEdits {
    public static final double MAX_VOLUME = 2.0;
    static final String MUSIC_TRACK_ID = "music";

    private SoundEdits() {
    }

    /** The music bed, over the whole video: {@code source} at {@code volume}, ducked under the voice. */
    public record SetMusic(String source, String name, double volume, boolean duck, long fadeOutMs) implements Edit {
        public Operation operation() {
            return Operation.SET_BGM;
        }

        public Draft applyTo(Draft draft) {
            checkVolume(volume);
            long length = draft.contentEndMs();
            if (length <= 0) {
                throw new EditException("the video is empty: there is nothing to put music under");
            }
            Segment bed = new Segment("bgm", 0, length, source, 0, SegmentMeta.EMPTY.withVolume(volume).withDuck(duck ? Boolean.TRUE : null)
                    .withFades(null, fadeOutMs > 0 ? Math.min(fadeOutMs, length / 2) : null));
            TrackMeta meta = new TrackMeta("Music: " + name, TrackRole.BGM, Map.of());
            List<Track> tracks = new ArrayList<>(draft.tracks().stream().filter(t -> t.role() != TrackRole.BGM).toList());
            String id = draft.trackWithRole(TrackRole.BGM).map(Track::id).orElse(MUSIC_TRACK_ID);
            tracks.add(new Track(id, TrackType.AUDIO, meta, List.of(bed)));
            return draft.withTracks(tracks);
        }
    }

    /** No background music. */
    public record RemoveMusic() implements Edit {
        public Operation operation() {
            return Operation.REMOVE_BGM;
        }

        public Draft applyTo(Draft draft) {
            if (draft.trackWithRole(TrackRole.BGM).isEmpty()) {
                throw new EditException("the video has no background music to remove");
            }
            return draft.withTracks(draft.tracks().stream().filter(t -> t.role() != TrackRole.BGM).toList());
        }
    }

    /** Whose level {@link SetVolume} sets. */
    public enum Target { MUSIC, VOICE, CLIPS }

    /** Sets the level of the music, the voice or every clip's own sound. */
    public record SetVolume(Target target, double volume) implements Edit {
        public Operation operation() {
            return Operation.SET_VOLUME;
        }

        public Draft applyTo(Draft draft) {
            checkVolume(volume);
            if (target == Target.CLIPS) {
                return withClipVolume(draft, null, volume);
            }
            TrackRole role = target == Target.MUSIC ? TrackRole.BGM : TrackRole.VOICE;
            if (draft.trackWithRole(role).isEmpty()) {
                throw new EditException(target == Target.MUSIC ? "the video has no background music" : "the video has no voiceover");
            }
            return draft.withTracks(draft.tracks().stream().map(t -> t.role() != role ? t : t.withSegments(
                    t.segments().stream().map(s -> s.withMeta(s.meta().withVolume(volume))).toList())).toList());
        }
    }

    /** Fades the music in over {@code fadeInMs} and out over {@code fadeOutMs}; null keeps a fade as it is. */
    public record FadeMusic(Long fadeInMs, Long fadeOutMs) implements Edit {
        public Operation operation() {
            return Operation.FADE_MUSIC;
        }

        public Draft applyTo(Draft draft) {
            Track music = draft.trackWithRole(TrackRole.BGM).orElseThrow(() -> new EditException("the video has no background music to fade"));
            List<Segment> segments = new ArrayList<>(music.segments());
            Segment first = segments.get(0);
            if (fadeInMs != null) {
                segments.set(0, first.withMeta(first.meta().withFades(Math.min(fadeInMs, first.durationMs() / 2), first.meta().fadeOutMs())));
            }
            Segment last = segments.get(segments.size() - 1);
            if (fadeOutMs != null) {
                segments.set(segments.size() - 1, last.withMeta(last.meta().withFades(last.meta().fadeInMs(),
                        Math.min(fadeOutMs, last.durationMs() / 2))));
            }
            return draft.withTrack(music.withSegments(segments));
        }
    }

    /** Mutes the own sound of the clip in scene {@code scene}, or of every clip when it is null. */
    public record MuteClips(Integer scene) implements Edit {
        public Operation operation() {
            return Operation.MUTE_CLIP_AUDIO;
        }

        public Draft applyTo(Draft draft) {
            return withClipVolume(draft, scene, 0.0);
        }
    }

    /**
     * The voiceover becomes {@code source} ({@code lengthMs} long), starting where the old one did;
     * the old captions told the old words, so they are switched off.
     */
    public record ReplaceVoice(String source, long lengthMs) implements Edit {
        public Operation operation() {
            return Operation.REPLACE_VOICEOVER;
        }

        public Draft applyTo(Draft draft) {
            Track voice = draft.trackWithRole(TrackRole.VOICE).orElse(null);
            long start = voice == null || voice.segments().isEmpty() ? 0 : voice.segments().get(0).startMs();
            long end = start + lengthMs;
            Draft longer = end > draft.contentEndMs() ? Ripple.open(draft, draft.contentEndMs() - 1, end - draft.contentEndMs()) : draft;
            Segment recording = new Segment("vo", start, lengthMs, source, 0, SegmentMeta.EMPTY.withVolume(1.0));
            List<Track> tracks = new ArrayList<>();
            for (Track track : longer.tracks()) {
                if (track.role() == TrackRole.VOICE) {
                    continue;
                }
                tracks.add(track.role() == TrackRole.CAPTION ? track.withMeta(track.meta().withExtra(TrackMeta.OFF, Boolean.TRUE)) : track);
            }
            tracks.add(new Track(voice != null ? voice.id() : "voice", TrackType.AUDIO, new TrackMeta("Voiceover", TrackRole.VOICE, Map.of()),
                    List.of(recording)));
            return longer.withTracks(tracks);
        }
    }

    /**
     * Another voice speaks the narration: {@code source} becomes the voiceover from {@code startMs}
     * for {@code lengthMs}, each scene's words placed where the old voice said them, and the
     * captions are {@code captions}, cut to the new voice's words (null: the captions stay). The
     * pictures keep their times; the voice track records the voice and starts at its own pace.
     */
    public record Revoice(String source, long startMs, long lengthMs, String voice, List<Segment> captions) implements Edit {
        public Revoice {
            captions = captions == null ? null : List.copyOf(captions);
        }

        public Operation operation() {
            return Operation.SET_VOICE;
        }

        public Draft applyTo(Draft draft) {
            Track old = draft.trackWithRole(TrackRole.VOICE).filter(t -> !t.segments().isEmpty())
                    .orElseThrow(() -> new EditException("the video has no voiceover for another voice to speak"));
            SegmentMeta level = SegmentMeta.EMPTY.withVolume(old.segments().get(0).meta().volumeOr(1.0));
            Segment recording = new Segment(old.segments().get(0).id(), startMs, lengthMs, source, 0, level);
            List<Track> tracks = new ArrayList<>();
            for (Track track : draft.tracks()) {
                if (track.role() == TrackRole.VOICE) {
                    tracks.add(track.withSegments(List.of(recording)).withMeta(track.meta().withExtra(TrackMeta.VOICE, voice)
                            .withExtra("speed", null).withExtra("original", null)));
                } else if (track.role() == TrackRole.CAPTION && captions != null) {
                    tracks.add(track.withSegments(captions));
                } else {
                    tracks.add(track);
                }
            }
            return draft.withTracks(tracks);
        }
    }

    /**
     * The voice speaks {@code factor} times as fast as now, from {@code source} (the recording so
     * stretched): everything said while it speaks moves with it, the pictures too; the music bed
     * ends with the video.
     *
     * @param speed the voice's pace after the change against its first recording, kept in the voice track's {@code m.speed}
     * @param original the first recording, kept in {@code m.original} so every change of pace starts from it
     */
    public record SpeedVoice(String source, double factor, double speed, String original) implements Edit {
        public Operation operation() {
            return Operation.SET_VOICE;
        }

        public Draft applyTo(Draft draft) {
            Track voice = draft.trackWithRole(TrackRole.VOICE).filter(t -> !t.segments().isEmpty())
                    .orElseThrow(() -> new EditException("the video has no voiceover to speed up or slow down"));
            if (!(factor >= 0.5 && factor <= 2.0)) {
                throw new EditException("the voice can go from half to twice its pace; " + factor + "x is outside");
            }
            long from = voice.segments().get(0).startMs();
            long to = voice.endMs();
            java.util.function.LongUnaryOperator map = t -> t <= from ? t : t >= to ? t - (to - from) + Math.round((to - from) / factor)
                    : from + Math.round((t - from) / factor);
            String main = Scenes.mainTrack(draft).map(Track::id).orElse(null);
            List<Track> tracks = new ArrayList<>();
            long end = map.applyAsLong(draft.contentEndMs());
            for (Track track : draft.tracks()) {
                List<Segment> segments = new ArrayList<>();
                if (track.id().equals(main)) {
                    List<Tile> tiles = Tiles.of(track).stream()
                            .map(t -> t.moved(map.applyAsLong(t.fromMs()), map.applyAsLong(t.toMs()), t.inAtFromMs())).toList();
                    tracks.add(track.withSegments(Tiles.segments(tiles)));
                    continue;
                }
                for (Segment s : track.segments()) {
                    if (track.role() == TrackRole.VOICE) {
                        segments.add(new Segment(s.id(), map.applyAsLong(s.startMs()), Math.round(s.durationMs() / factor), source,
                                Math.round(s.inMs() / factor), s.meta()));
                    } else if (track.role() == TrackRole.BGM && s.endMs() >= draft.contentEndMs()) {
                        segments.add(s.withDuration(end - s.startMs()));
                    } else {
                        long start = map.applyAsLong(s.startMs());
                        Segment retimed = s.withStart(start).withDuration(Math.max(1, map.applyAsLong(s.endMs()) - start));
                        segments.add(retimed.meta().extra().get(TextEdits.WORDS) instanceof List<?> words
                                ? retimed.withMeta(retimed.meta().withExtra(TextEdits.WORDS, scaled(words, s.startMs(), start, map))) : retimed);
                    }
                }
                Track changed = track.withSegments(segments);
                tracks.add(track.role() == TrackRole.VOICE ? changed.withMeta(changed.meta().withExtra("speed", speed).withExtra("original", original)) : changed);
            }
            return draft.withTracks(tracks);
        }
    }

    /** A cue's words' times (from its start) after the time map: each word said when its voice now says it. */
    private static List<List<Long>> scaled(List<?> words, long oldStart, long newStart, java.util.function.LongUnaryOperator map) {
        List<List<Long>> out = new ArrayList<>();
        for (Object word : words) {
            if (word instanceof List<?> pair && pair.size() >= 2 && pair.get(0) instanceof Number a && pair.get(1) instanceof Number b) {
                out.add(List.of(map.applyAsLong(oldStart + a.longValue()) - newStart, map.applyAsLong(oldStart + b.longValue()) - newStart));
            }
        }
        return out;
    }

    static void checkVolume(double volume) {
        if (!(volume >= 0 && volume <= MAX_VOLUME)) {
            throw new EditException("a volume goes from 0 % to " + Math.round(MAX_VOLUME * 100) + " %; " + Math.round(volume * 100) + " % is outside");
        }
    }

    private static Draft withClipVolume(Draft draft, Integer scene, double volume) {
        Track main = Scenes.mainTrack(draft).orElseThrow(() -> new EditException("the video has no clips"));
        String only = scene == null ? null : Scenes.numbered(draft, scene).segment().id();
        List<Segment> segments = new ArrayList<>();
        boolean any = false;
        for (Segment segment : main.segments()) {
            boolean clip = segment.source() != null && MediaNames.isClip(segment.source());
            if (clip && (only == null || only.equals(segment.id()))) {
                segment = segment.withMeta(segment.meta().withVolume(volume));
                any = true;
            }
            segments.add(segment);
        }
        if (!any) {
            throw new EditException(scene == null ? "the video has no clips with their own sound" : "scene " + scene + " shows no clip");
        }
        return draft.withTrack(main.withSegments(segments));
    }
}
