package dev.reelwright.director.make;

import dev.reelwright.director.captions.CaptionStyle;
import dev.reelwright.director.music.Mood;
import dev.reelwright.director.music.MusicGenerator;
import dev.reelwright.director.script.Script;
import dev.reelwright.director.storyboard.Scene;
import dev.reelwright.director.storyboard.Storyboard;
import dev.reelwright.director.storyboard.StoryboardBuilder;
import dev.reelwright.director.voice.Language;
import dev.reelwright.director.voice.Voice;
import dev.reelwright.director.voice.VoiceCatalog;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftMeta;
import dev.reelwright.draft.DraftValidator;
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
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A script to a draft ready to render: a title card, one visual per scene with its key phrase,
 * the voiceover, captions from the words as spoken, music ducked under the voice, and an end
 * card with the call to action. Writes {@code voice.wav} and {@code music.wav} into the media folder.
 */
public final class VideoMaker {
    private static final int FPS = 30;

    private final VoiceCatalog voices;
    private final SceneStock stock;

    public VideoMaker(VoiceCatalog voices) {
        this(voices, null);
    }

    /** @param stock where scenes without the user's media may get photos and clips, or null for the built-in pictures only */
    public VideoMaker(VoiceCatalog voices, SceneStock stock) {
        this.voices = voices;
        this.stock = stock;
    }

    /**
     * @param script the script, or null when only a voiceover is given
     * @param stage told the name of each stage as it starts
     */
    public MadeVideo make(Script script, MakeOptions options, Path mediaFolder, Consumer<String> stage) {
        stage.accept("storyboard");
        boolean montage = script == null && options.voiceover() == null && !options.media().isEmpty();
        Storyboard board = script != null ? new StoryboardBuilder(options.rate()).build(script)
                : montage ? Montage.storyboard(options.media(), options.title())
                : new Storyboard(options.title() != null ? options.title() : "", List.of(), "");
        boolean speakable = board.scenes().stream().anyMatch(s -> s.narration().codePoints().anyMatch(Character::isLetterOrDigit));
        if (script != null && !speakable && options.voiceover() == null) {
            throw new dev.reelwright.director.script.ScriptException("the script has no words to speak; send its sentences as text");
        }
        String title = options.title() != null ? options.title() : board.title();
        List<String> warnings = new ArrayList<>();
        stage.accept("voice");
        Voice voice = options.voiceover() != null || montage ? null : chooseVoice(board, options, warnings);
        List<String> spokenNotes = new ArrayList<>();
        Narration narration = montage ? Montage.narration(board, options.media(), options.targetMs())
                : new Narrator(voice).narrate(board, options, mediaFolder, spokenNotes);
        if (condensable(script, options) && narration.totalMs() > options.targetMs() * (1 + Narrator.CONDENSED_OVERSHOOT)
                && narration.totalMs() > options.targetMs() + 1_000) {
            // Faster speech alone would not fit: leave out what carries least, then speak what is left.
            Condenser.Cut cut = Condenser.cut(script, board, narration, options.targetMs());
            if (!cut.dropped().isEmpty()) {
                board = new StoryboardBuilder(options.rate()).build(Condenser.without(script, cut.pieces()));
                spokenNotes.clear();
                spokenNotes.add(cut.message(options.targetMs()));
                narration = new Narrator(voice).narrate(board, options, mediaFolder, spokenNotes);
            }
        }
        warnings.addAll(spokenNotes);
        Mood mood = options.music() != null ? options.music() : montage ? Montage.mood(options.media()) : MoodPicker.pick(allNarration(board));
        stage.accept("music");
        Track music = options.withMusic() ? musicTrack(mood, options, mediaFolder, narration.totalMs()) : null;
        stage.accept("visuals");
        Aspect aspect = options.aspect();
        int[] size = aspect.size(options.lines());
        int shortSide = Math.min(size[0], size[1]);
        List<Track> tracks = new ArrayList<>();
        List<Scene> scripted = narration.scenes().stream().filter(s -> s.scene() != null).map(SpokenScene::scene).toList();
        List<UserMedia> pictures = options.media().isEmpty() ? List.of() : montage ? options.media()
                : scripted.size() == narration.scenes().size() ? MediaMatcher.assign(scripted, options.media())
                : inTurn(options.media(), narration.scenes().size());
        List<UserMedia> perScene = withStock(pictures, narration, size, mediaFolder, warnings);
        SceneVisuals visuals = new SceneVisuals(narration, aspect, shortSide, mood, options.seed(), options.captions());
        List<ScenePictures.Choice> choices = ScenePictures.choose(narration.scenes().stream().map(SpokenScene::scene).toList(),
                java.util.stream.IntStream.range(0, narration.scenes().size()).mapToObj(i -> i < perScene.size() && perScene.get(i) != null)
                        .toList());
        tracks.add(new Track("visuals", TrackType.VIDEO, new TrackMeta("Visuals", null, Map.of()), visuals.pictures(perScene, choices)));
        List<List<Segment>> placed = visuals.placedPictures(choices, ScenePictures.Layout.of(aspect, options.captions()));
        String[] layerNames = {"Pictures", "Pictures, supporting", "Pictures, supporting (2)"};
        for (int k = 0; k < placed.size(); k++) {
            if (!placed.get(k).isEmpty()) {
                tracks.add(new Track("pictures" + (k == 0 ? "" : "-" + (k + 1)), TrackType.VIDEO, new TrackMeta(layerNames[k], null, Map.of()),
                        placed.get(k)));
            }
        }
        List<Segment> phrases = visuals.keyPhrases(perScene, choices);
        if (!phrases.isEmpty()) {
            tracks.add(new Track("phrases", TrackType.TEXT, new TrackMeta("Key phrases", TrackRole.OVERLAY, Map.of()), phrases));
        }
        tracks.add(cards(title, board.callToAction().isBlank() ? title : board.callToAction(), narration, shortSide));
        List<Segment> cues = CaptionTrack.segments(narration, aspect, shortSide, options.captions());
        if (!cues.isEmpty()) {
            String name = "Captions (" + options.captions().name().toLowerCase(Locale.ROOT) + ")";
            tracks.add(new Track("captions", TrackType.TEXT, new TrackMeta(name, TrackRole.CAPTION, Map.of()), cues));
        }
        if (narration.voiceSource() != null) {
            tracks.add(new Track("voice", TrackType.AUDIO, new TrackMeta("Voiceover", TrackRole.VOICE, voice == null ? Map.of() : Map.of(TrackMeta.VOICE, voice.name())),
                    List.of(DraftParts.sound("vo", narration.voiceStartMs(), narration.voiceDurationMs(), narration.voiceSource(),
                            1.0, false, 0))));
        }
        if (music != null) {
            tracks.add(music);
        }
        Draft draft = new Draft(Draft.CURRENT_VERSION, new DraftMeta(title.isBlank() ? null : title, size[0], size[1], FPS, "#000000",
                Map.of()), narration.totalMs(), tracks);
        DraftValidator.requireValid(draft);
        return new MadeVideo(draft, board, warnings);
    }

    /** The user's media for the first scenes, then a stock library's where one is configured and has something (else null). */
    private List<UserMedia> withStock(List<UserMedia> pictures, Narration narration, int[] size, Path mediaFolder, List<String> warnings) {
        List<UserMedia> perScene = new ArrayList<>(pictures);
        if (stock == null) {
            return perScene;
        }
        List<SpokenScene> scenes = narration.scenes();
        for (int i = perScene.size(); i < scenes.size(); i++) {
            perScene.add(stock.forScene(scenes.get(i).scene(), size[0], size[1], scenes.get(i).durationMs(), mediaFolder).orElse(null));
        }
        warnings.addAll(stock.notes());
        return perScene;
    }

    /** Whether leaving sentences out may fit the length asked for: a written script, spoken by a voice of ours. */
    private static boolean condensable(Script script, MakeOptions options) {
        return script != null && !script.isTimed() && options.voiceover() == null && options.targetMs() != null
                && options.fit() == Fit.CONDENSE;
    }

    /** The voice asked for, or the first that speaks the script's language; null (with a warning) when none does. */
    private Voice chooseVoice(Storyboard board, MakeOptions options, List<String> warnings) {
        if (options.voiceName() != null) {
            return voices.named(options.voiceName());
        }
        String language = Language.of(allNarration(board));
        Voice voice = voices.forLanguage(language);
        if (voice == null) {
            Locale locale = Locale.forLanguageTag(language);
            warnings.add("no installed voice speaks " + locale.getDisplayLanguage(Locale.ENGLISH) + " (" + language + ");"
                    + " the video has captions and music but no voiceover. Install espeak-ng (apt-get install espeak-ng),"
                    + " which speaks over 100 languages, or set REEL_TTS_URL to a speech endpoint.");
        }
        return voice;
    }

    /** The title card's title and the end card's call to action, over the first and last visuals. */
    private static Track cards(String title, String callToAction, Narration narration, int shortSidePx) {
        List<Segment> cards = new ArrayList<>();
        if (!title.isBlank()) {
            long titleMs = Math.max(narration.titleMs(), 1_500);
            cards.add(DraftParts.kinetic("title", 150, titleMs - 300, title, TextPosition.CENTER, (int) (shortSidePx * 0.1)));
        }
        long start = narration.speechEndMs() + 300;
        if (!callToAction.isBlank() && narration.totalMs() - start - 150 >= 1_000) {
            cards.add(DraftParts.text("end", start, narration.totalMs() - start - 150, callToAction, TextPosition.CENTER,
                    (int) (shortSidePx * 0.075), TextAnimation.Effect.POP, null));
        }
        return new Track("cards", TrackType.TEXT, new TrackMeta("Title and end card", TrackRole.TITLE, Map.of()), cards);
    }

    private static String allNarration(Storyboard board) {
        return String.join(" ", board.scenes().stream().map(Scene::narration).toList());
    }

    /** Without scenes to match names against, the pictures go in the order given, repeating. */
    private static List<UserMedia> inTurn(List<UserMedia> media, int scenes) {
        List<UserMedia> assigned = new ArrayList<>();
        for (int i = 0; i < scenes; i++) {
            assigned.add(media.get(i % media.size()));
        }
        return assigned;
    }

    /** The user's music, or music generated in the mood, ducked under the voice. */
    private static Track musicTrack(Mood mood, MakeOptions options, Path mediaFolder, long totalMs) {
        String source;
        String name;
        if (options.musicFile() != null) {
            source = options.musicFile().toAbsolutePath().toString();
            name = options.musicFile().getFileName().toString();
        } else {
            new MusicGenerator(mood, options.seed()).writeWav(mediaFolder.resolve("music.wav"), totalMs / 1000.0);
            source = "media:music.wav";
            name = mood.name();
        }
        return new Track("music", TrackType.AUDIO, new TrackMeta("Music: " + name, TrackRole.BGM, Map.of()),
                List.of(DraftParts.sound("bgm", 0, totalMs, source, 0.35, true, 2_000)));
    }
}
