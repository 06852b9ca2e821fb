package dev.reelwright.render.chunk;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.Track;
import dev.reelwright.draft.TrackType;
import dev.reelwright.render.Quality;
import dev.reelwright.render.plan.FrameTiming;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Cache keys: a hash of everything that decides a chunk's frames or the video's sound, and nothing
 * else, so an edit to one scene changes the keys of the chunks it shows on and of no other.
 *
 * <p>A chunk's key covers the canvas (size, rate, background), every picture and text segment on
 * screen at one of the frames its encoder reads (its own and those it reads ahead; a transition is
 * on screen in both its segments), their
 * tracks' settings and order, the content of the media they show, the encoder settings
 * and the {@link CodeVersion}. The sound's key covers the length, every segment whose source has sound
 * (on sound tracks, and clips with a sound track) and their media. Text never reaches the sound's key, so a
 * retitled scene re-renders its chunks and re-uses the mix.
 */
public final class RenderKeys {
    private final Draft draft;
    private final Function<String, Path> media;
    private final Predicate<String> heard;
    private final String settings;

    /**
     * @param draft the playable draft
     * @param media where each {@code src} resolves to (already checked)
     * @param heard whether a {@code src} has sound
     * @param settings the encoder settings that shape the bytes, as text
     */
    public RenderKeys(Draft draft, Function<String, Path> media, Predicate<String> heard, Quality quality, String settings) {
        this.draft = draft;
        this.media = media;
        this.heard = heard;
        this.settings = quality.wireName() + "|" + settings;
    }

    public String chunk(Chunk chunk) {
        Draft shown = shownDuring(draft, chunk);
        return keyed("chunk", new Draft(shown.version(), shown.meta().withTitle(""), 0, shown.tracks()))
                .add("first", chunk.firstFrame())
                .add("end", chunk.endFrame())
                .add("ahead", chunk.aheadFrames())
                .hex();
    }

    /**
     * What the frames a chunk's encoder reads show: the picture and text tracks (all of them, for their
     * order), each with only its segments on screen at one of those frames; the length stays the draft's. A worker
     * paints a chunk from this alone, so it probes and decodes only what the chunk shows.
     */
    public static Draft shownDuring(Draft draft, Chunk chunk) {
        FrameTiming timing = new FrameTiming(draft.meta().fps());
        double firstMs = timing.frameTimeMs(chunk.firstFrame());
        double lastMs = timing.frameTimeMs(chunk.readEndFrame() - 1);
        List<Track> kept = draft.tracks().stream()
                .filter(track -> track.type() != TrackType.AUDIO)
                .map(track -> track.withSegments(track.segments().stream()
                        .filter(segment -> segment.endMs() > firstMs && segment.startMs() <= lastMs).toList()))
                .toList();
        return new Draft(draft.version(), draft.meta(), draft.durationMs(), kept);
    }

    public String sound() {
        Draft sound = only(track -> true, segment -> segment.source() != null && heard.test(segment.source()), draft.durationMs());
        return keyed("sound", sound).hex();
    }

    private Fingerprint keyed(String kind, Draft part) {
        Fingerprint fingerprint = new Fingerprint()
                .add("kind", kind)
                .add("code", CodeVersion.current())
                .add("settings", settings)
                .add("draft", DraftCodec.write(part));
        part.tracks().stream().flatMap(track -> track.segments().stream()).map(Segment::source)
                .filter(source -> source != null).distinct().sorted()
                .forEach(source -> fingerprint.add("media " + source, MediaHashes.of(media.apply(source))));
        return fingerprint;
    }

    /** The draft cut down to the tracks and segments a key depends on; empty tracks stay, for the order. */
    private Draft only(Predicate<Track> tracks, Predicate<Segment> segments, long durationMs) {
        List<Track> kept = draft.tracks().stream()
                .filter(tracks)
                .map(track -> track.withSegments(track.segments().stream().filter(segments).toList()))
                .toList();
        return new Draft(draft.version(), draft.meta().withTitle(""), durationMs, kept);
    }
}
