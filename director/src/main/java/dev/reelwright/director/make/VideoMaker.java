package dev.reelwright.director.make;

import dev.reelwright.director.captions.CaptionBuilder;
import dev.reelwright.director.captions.CaptionRules;
import dev.reelwright.director.music.Mood;
import dev.reelwright.director.music.MusicGenerator;
import dev.reelwright.director.script.Script;
import dev.reelwright.director.storyboard.Scene;
import dev.reelwright.director.storyboard.Storyboard;
import dev.reelwright.director.storyboard.StoryboardBuilder;
import dev.reelwright.director.voice.Speech;
import dev.reelwright.director.voice.Voice;
import dev.reelwright.director.voice.WordTiming;
import dev.reelwright.draft.Captions;
import dev.reelwright.draft.Direction;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftMeta;
import dev.reelwright.draft.DraftValidator;
import dev.reelwright.draft.Fit;
import dev.reelwright.draft.KenBurns;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.TextAnimation;
import dev.reelwright.draft.TextPosition;
import dev.reelwright.draft.Track;
import dev.reelwright.draft.TrackMeta;
import dev.reelwright.draft.TrackRole;
import dev.reelwright.draft.TrackType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A script to a draft ready to render: a title card, one visual per scene with its key phrase,
 * the voiceover, captions from the words as spoken, music ducked under the voice, and an end
 * card with the call to action. Writes {@code voice.wav} and {@code music.wav} into the media folder.
 */
public final class VideoMaker {
    static final long TITLE_MS = 2_500;
    static final long GAP_MS = 300;
    static final long END_MS = 3_000;
    static final long CROSSFADE_MS = 500;
    private static final int FPS = 30;
    private static final String[][] PALETTES = {
            {"#1b2a49", "#c0457a"}, {"#0f4c5c", "#e9b44c"}, {"#2d1e2f", "#f26a4f"},
            {"#14213d", "#1f7a8c"}, {"#3a0ca3", "#f72585"}, {"#264653", "#2a9d8f"}};

    /** Moves that vary from scene to scene: in and out, across and up. */
    private static final KenBurns[] KEN_BURNS = {
            new KenBurns(1.0, 1.12, Direction.RIGHT),
            new KenBurns(1.14, 1.02, null),
            new KenBurns(1.08, 1.08, Direction.LEFT),
            new KenBurns(1.02, 1.15, Direction.UP),
            new KenBurns(1.12, 1.0, Direction.DOWN)};

    private final Voice voice;

    public VideoMaker(Voice voice) {
        this.voice = voice;
    }

    /** @param stage told the name of each stage as it starts */
    public MadeVideo make(Script script, MakeOptions options, Path mediaFolder, Consumer<String> stage) {
        stage.accept("storyboard");
        Storyboard board = new StoryboardBuilder(options.rate()).build(script);
        String title = options.title() != null ? options.title() : board.title();
        List<String> warnings = new ArrayList<>();
        stage.accept("voice");
        boolean speakable = speakable(board);
        if (!speakable) {
            warnings.add("no installed voice speaks this script's language; the video has captions and music but no voiceover"
                    + " (the built-in voice speaks English; more voices, e.g. espeak-ng's 100+ languages, are still to come)");
        }
        Narration narration = narrate(board, speakable);
        long speechEnd = narration.endMs();
        long totalMs = speechEnd + END_MS;
        List<Speech> speeches = narration.speeches();
        List<Long> starts = narration.startsMs();
        if (speakable) {
            VoiceTrackWriter.write(mediaFolder.resolve("voice.wav"), speeches, starts, TITLE_MS);
        }
        stage.accept("music");
        Track music = options.withMusic() ? musicTrack(board, options, mediaFolder, totalMs) : null;
        stage.accept("visuals");
        Aspect aspect = options.aspect();
        int[] size = aspect.size(options.lines());
        List<Track> tracks = new ArrayList<>();
        List<UserMedia> pictures = options.media().isEmpty() ? List.of() : MediaMatcher.assign(board.scenes(), options.media());
        tracks.add(new Track("visuals", TrackType.VIDEO, new TrackMeta("Visuals", null, Map.of()),
                visuals(starts, speechEnd, totalMs, pictures, aspect)));
        tracks.add(new Track("phrases", TrackType.TEXT, new TrackMeta("Key phrases", TrackRole.OVERLAY, Map.of()),
                keyPhrases(board, starts, speeches, aspect, Math.min(size[0], size[1]))));
        tracks.add(new Track("cards", TrackType.TEXT, new TrackMeta("Title and end card", TrackRole.TITLE, Map.of()), List.of(
                DraftParts.text("title", 200, TITLE_MS - 300, title, TextPosition.CENTER, null, TextAnimation.Effect.POP, null),
                DraftParts.text("end", speechEnd + 300, END_MS - 400, board.callToAction(), TextPosition.CENTER, null,
                        TextAnimation.Effect.FADE, null))));
        List<Segment> cues = captionSegments(board, starts, speeches, aspect, speakable);
        if (options.captions() && !cues.isEmpty()) {
            tracks.add(new Track("captions", TrackType.TEXT, new TrackMeta("Captions", TrackRole.CAPTION, Map.of()), cues));
        }
        if (speakable) {
            tracks.add(new Track("voice", TrackType.AUDIO, new TrackMeta("Voiceover", TrackRole.VOICE, Map.of()),
                    List.of(DraftParts.sound("vo", TITLE_MS, speechEnd - TITLE_MS, "media:voice.wav", 1.0, false, 0))));
        }
        if (music != null) {
            tracks.add(music);
        }
        Draft draft = new Draft(Draft.CURRENT_VERSION, new DraftMeta(title, size[0], size[1], FPS, "#000000", Map.of()), totalMs, tracks);
        DraftValidator.requireValid(draft);
        return new MadeVideo(draft, board, warnings);
    }

    /** Where each scene's speech sits on the timeline, and where the speaking ends. */
    private record Narration(List<Speech> speeches, List<Long> startsMs, long endMs) {
    }

    /** Speaks scene after scene from the end of the title card, with a short pause between them. */
    private Narration narrate(Storyboard board, boolean speakable) {
        List<Speech> speeches = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        long at = TITLE_MS;
        for (Scene scene : board.scenes()) {
            Speech speech = speakable ? voice.speak(scene.narration()) : silence(scene);
            speeches.add(speech);
            starts.add(at);
            at += Math.max(speech.durationMs(), 1_500) + GAP_MS;
        }
        return new Narration(speeches, starts, at - GAP_MS);
    }

    /** The user's music, or music generated in the chosen mood (or one picked from the script), ducked under the voice. */
    private static Track musicTrack(Storyboard board, MakeOptions options, Path mediaFolder, long totalMs) {
        String source;
        String name;
        if (options.musicFile() != null) {
            source = options.musicFile().toAbsolutePath().toString();
            name = options.musicFile().getFileName().toString();
        } else {
            Mood mood = options.music() != null ? options.music()
                    : MoodPicker.pick(String.join(" ", board.scenes().stream().map(Scene::narration).toList()));
            new MusicGenerator(mood, options.seed()).writeWav(mediaFolder.resolve("music.wav"), totalMs / 1000.0);
            source = "media:music.wav";
            name = mood.name();
        }
        return new Track("music", TrackType.AUDIO, new TrackMeta("Music: " + name, TrackRole.BGM, Map.of()),
                List.of(DraftParts.sound("bgm", 0, totalMs, source, 0.35, true, 2_000)));
    }

    /** MaryTTS's default voice speaks English; a script that is mostly Chinese or Japanese it cannot. */
    private static boolean speakable(Storyboard board) {
        String all = String.join("", board.scenes().stream().map(Scene::narration).toList());
        long cjk = all.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL).count();
        long letters = all.codePoints().filter(Character::isLetter).count();
        return letters == 0 || cjk * 2 < letters;
    }

    /** Without a voice, a scene lasts as long as its narration would take and shows its sentences in turn. */
    private static Speech silence(Scene scene) {
        long ms = Math.max(1_500, scene.speechMs());
        return new Speech(new float[(int) (ms * 48)], 48_000, List.of());
    }

    /**
     * Title card, one picture per scene (the user's, when given), end card; neighbours cross-fade
     * over exactly {@value #CROSSFADE_MS} ms.
     */
    private static List<Segment> visuals(List<Long> starts, long speechEnd, long totalMs, List<UserMedia> pictures, Aspect aspect) {
        List<Long> bounds = new ArrayList<>();
        bounds.add(0L);
        starts.forEach(start -> bounds.add(start - GAP_MS / 2));
        bounds.set(1, TITLE_MS);
        bounds.add(speechEnd + GAP_MS / 2);
        bounds.add(totalMs);
        List<Segment> segments = new ArrayList<>();
        int count = bounds.size() - 1;
        long half = CROSSFADE_MS / 2;
        for (int i = 0; i < count; i++) {
            long from = bounds.get(i) - (i > 0 ? half : 0);
            long to = bounds.get(i + 1) + (i < count - 1 ? half : 0);
            long fadeIn = i > 0 ? CROSSFADE_MS : 0;
            int scene = i - 1;
            if (scene >= 0 && scene < pictures.size()) {
                UserMedia media = pictures.get(scene);
                boolean canvasPortrait = aspect.heightPx() > aspect.widthPx();
                Fit fit = media.portrait() == canvasPortrait || aspect == Aspect.SQUARE
                        ? Fit.COVER : Fit.BLUR;
                segments.add(DraftParts.picture("v" + i, from, to - from, media, fit, KEN_BURNS[scene % KEN_BURNS.length], fadeIn));
                continue;
            }
            String[] palette = PALETTES[i % PALETTES.length];
            segments.add(DraftParts.gradient("v" + i, from, to - from, palette[0], palette[1], 30 + 47 * i % 180, fadeIn));
        }
        return segments;
    }

    /** Vertical and square canvases get large type at the top, clear of the captions. */
    private static List<Segment> keyPhrases(Storyboard board, List<Long> starts, List<Speech> speeches, Aspect aspect,
                                            int shortSidePx) {
        List<Segment> phrases = new ArrayList<>();
        int size = (int) (shortSidePx * (aspect == Aspect.LANDSCAPE ? 0.075 : 0.09));
        for (int i = 0; i < board.scenes().size(); i++) {
            long duration = Math.min(2_800, Math.max(1_200, speeches.get(i).durationMs()));
            phrases.add(DraftParts.text("k" + i, starts.get(i), duration, board.scenes().get(i).keyPhrase(),
                    aspect == Aspect.LANDSCAPE ? TextPosition.CENTER : TextPosition.TOP, size, TextAnimation.Effect.POP, null));
        }
        return phrases;
    }

    private static List<Segment> captionSegments(Storyboard board, List<Long> starts, List<Speech> speeches, Aspect aspect,
                                                 boolean speakable) {
        CaptionBuilder builder = new CaptionBuilder(CaptionRules.forCanvas(aspect.widthPx(), aspect.heightPx()));
        List<Segment> cues = new ArrayList<>();
        for (int i = 0; i < board.scenes().size(); i++) {
            Scene scene = board.scenes().get(i);
            List<WordTiming> words = speakable ? speeches.get(i).words() : evenly(scene, speeches.get(i).durationMs());
            if (words.isEmpty()) {
                continue;
            }
            for (Captions.Cue cue : builder.build(scene.narration(), words)) {
                long start = starts.get(i) + cue.startMs();
                long end = starts.get(i) + cue.endMs();
                if (!cues.isEmpty() && cues.get(cues.size() - 1).endMs() > start) {
                    start = cues.get(cues.size() - 1).endMs();
                }
                if (end > start) {
                    cues.add(DraftParts.text("c" + cues.size(), start, end - start, cue.text(), TextPosition.BOTTOM, null,
                            TextAnimation.Effect.NONE, "#000000a0"));
                }
            }
        }
        return cues;
    }

    /** Words spread evenly over a scene, for captions without a voice to time them. */
    private static List<WordTiming> evenly(Scene scene, long durationMs) {
        String[] words = scene.narration().split("\\s+");
        List<WordTiming> timings = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            timings.add(new WordTiming(words[i], durationMs * i / words.length, durationMs * (i + 1) / words.length));
        }
        return timings;
    }
}
