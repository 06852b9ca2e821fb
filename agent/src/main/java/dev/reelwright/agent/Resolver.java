package dev.reelwright.agent;

import dev.reelwright.director.make.BuiltInPictures;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.Fit;
import dev.reelwright.draft.PlacedPicture;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.Track;
import dev.reelwright.draft.TrackRole;
import dev.reelwright.draft.TransitionType;
import dev.reelwright.draft.edit.Edit;
import dev.reelwright.draft.edit.EditException;
import dev.reelwright.draft.edit.LookEdits;
import dev.reelwright.draft.edit.PictureEdits;
import dev.reelwright.draft.edit.Scene;
import dev.reelwright.draft.edit.SceneEdits;
import dev.reelwright.draft.edit.Scenes;
import dev.reelwright.draft.edit.SoundEdits;
import dev.reelwright.draft.edit.TextEdits;
import dev.reelwright.draft.edit.TimeEdits;
import java.util.List;
import java.util.Locale;

/**
 * An operation as asked for, made exact against the draft it edits: "louder" becomes a level,
 * "my photo" an upload's source, "the title" a segment, a mood a music file the studio makes.
 */
final class Resolver {
    static final List<String> MOODS = dev.reelwright.director.music.Mood.names();
    private static final double DEFAULT_MUSIC_VOLUME = 0.35;
    private static final double LOUDER = 1.5;
    private static final double QUIETER = 0.6;
    private static final double VOICE_STEP = 1.15;
    private static final double MAX_FIT_SPEED = 1.25;

    private final List<Upload> uploads;
    private final Studio studio;

    Resolver(List<Upload> uploads, Studio studio) {
        this.uploads = uploads;
        this.studio = studio;
    }

    /** The edits that make {@code call} on {@code draft}, in order (a swap is two moves). */
    List<Edit> edits(OpCall call, Draft draft) {
        return switch (call.op()) {
            case SET_BGM -> List.of(music(call, draft));
            case REMOVE_BGM -> List.of(new SoundEdits.RemoveMusic());
            case SET_VOLUME -> List.of(volume(call, draft));
            case FADE_MUSIC -> List.of(fade(call));
            case SET_VOICE -> List.of(voice(call, draft));
            case REPLACE_VOICEOVER -> List.of(recording(call));
            case MUTE_CLIP_AUDIO -> List.of(new SoundEdits.MuteClips(call.integer("scene")));
            case SET_ASPECT -> TextRequests.withRecut(canvas(call, draft), draft);
            case SET_LOOK -> List.of(new LookEdits.SetPalette(LookEdits.Palette.named(required(call, "palette"))));
            case SET_FONT -> List.of(new LookEdits.SetFont(required(call, "font")));
            case ADD_TEXT -> List.of(TextRequests.addText(call, draft));
            case EDIT_TEXT -> List.of(TextRequests.editText(call, draft));
            case REMOVE_TEXT -> List.of(new TextEdits.RemoveText(TextRequests.textId(call.text("target"), draft)));
            case SET_CAPTIONS -> TextRequests.captionsRecut(call, draft);
            case DELETE_SCENE -> List.of(new SceneEdits.DeleteScene(scene(call, "scene", draft)));
            case MOVE_SCENE -> List.of(new SceneEdits.MoveScene(scene(call, "scene", draft), scene(call, "to", draft)));
            case SWAP_SCENES -> swap(call, draft);
            case SET_SCENE_LENGTH -> List.of(sceneLength(call, draft));
            case SPLIT_SCENE -> List.of(new SceneEdits.SplitScene(scene(call, "scene", draft), null));
            case SET_SCENE_PICTURE -> List.of(scenePicture(call, draft));
            case REPLACE_SCENE_MEDIA -> List.of(replaceMedia(call, draft));
            case INSERT_SCENE -> List.of(insertMedia(call, draft));
            case SET_TRANSITION -> List.of(transition(call, draft));
            case TRIM -> List.of(trim(call, draft));
            case SET_DURATION -> duration(call, draft);
            default -> throw new IllegalArgumentException(call.op().toolName() + " is not an edit");
        };
    }

    private Edit music(OpCall call, Draft draft) {
        Track current = draft.trackWithRole(TrackRole.BGM).orElse(null);
        Segment bed = current == null || current.segments().isEmpty() ? null : current.segments().get(0);
        double volume = call.number("volume") != null ? call.number("volume") : bed != null ? bed.meta().volumeOr(DEFAULT_MUSIC_VOLUME) : DEFAULT_MUSIC_VOLUME;
        boolean duck = draft.trackWithRole(TrackRole.VOICE).isPresent();
        long fadeOut = bed != null && bed.meta().fadeOutMs() != null ? bed.meta().fadeOutMs() : 2_000;
        if (call.has("media")) {
            Upload upload = upload(call.text("media"), Upload.Kind.AUDIO);
            return new SoundEdits.SetMusic(upload.source(), upload.name(), volume, duck, fadeOut);
        }
        String mood = call.has("mood") ? call.text("mood") : nextMood(current);
        if (!MOODS.contains(mood)) {
            throw new EditException("there is no music mood called " + mood + "; the moods are " + String.join(", ", MOODS));
        }
        return new SoundEdits.SetMusic(studio.music(mood, draft.contentEndMs()), mood, volume, duck, fadeOut);
    }

    /** The music's mood now, from the track's name ("Music: upbeat"), or null. */
    static String currentMood(Draft draft) {
        return draft.trackWithRole(TrackRole.BGM).map(t -> t.meta().name()).map(n -> n == null ? "" : n.toLowerCase(Locale.ROOT))
                .flatMap(n -> MOODS.stream().filter(n::contains).findFirst()).orElse(null);
    }

    private static String nextMood(Track current) {
        if (current == null || current.meta().name() == null) {
            return "upbeat";
        }
        String name = current.meta().name().toLowerCase(Locale.ROOT);
        for (int i = 0; i < MOODS.size(); i++) {
            if (name.contains(MOODS.get(i))) {
                return MOODS.get((i + 1) % MOODS.size());
            }
        }
        return "upbeat";
    }

    private Edit volume(OpCall call, Draft draft) {
        String track = call.has("track") ? call.text("track") : "music";
        SoundEdits.Target target = switch (track) {
            case "voice" -> SoundEdits.Target.VOICE;
            case "clips" -> SoundEdits.Target.CLIPS;
            default -> SoundEdits.Target.MUSIC;
        };
        if (call.number("volume") != null) {
            return new SoundEdits.SetVolume(target, call.number("volume"));
        }
        double now = currentVolume(draft, target);
        boolean up = "up".equals(call.text("change"));
        double next = Math.min(SoundEdits.MAX_VOLUME, Math.round(now * (up ? LOUDER : QUIETER) * 100) / 100.0);
        return new SoundEdits.SetVolume(target, next);
    }

    static double currentVolume(Draft draft, SoundEdits.Target target) {
        if (target == SoundEdits.Target.CLIPS) {
            return Scenes.mainTrack(draft).flatMap(t -> t.segments().stream().filter(s -> s.meta().volume() != null).findFirst())
                    .map(s -> s.meta().volume()).filter(v -> v > 0).orElse(1.0);
        }
        TrackRole role = target == SoundEdits.Target.MUSIC ? TrackRole.BGM : TrackRole.VOICE;
        return draft.trackWithRole(role).filter(t -> !t.segments().isEmpty()).map(t -> t.segments().get(0).meta().volumeOr(1.0))
                .orElseThrow(() -> new EditException(role == TrackRole.BGM ? "the video has no background music" : "the video has no voiceover"));
    }

    private static Edit fade(OpCall call) {
        Double in = call.number("fade_in_s");
        Double out = call.number("fade_out_s");
        if (in == null && out == null) {
            out = 3.0;
        }
        return new SoundEdits.FadeMusic(in == null ? null : ms(in), out == null ? null : ms(out));
    }

    private Edit voice(OpCall call, Draft draft) {
        if (call.has("voice") && !call.has("speed") && !call.has("change")) {
            String wanted = call.text("voice").strip();
            return Revoicing.plan(draft, wanted.matches("(?i)another|other|different|new|any") ? null : wanted.toLowerCase(Locale.ROOT)
                    .matches("male|female") ? wanted.toLowerCase(Locale.ROOT) : wanted, studio);
        }
        Track voice = draft.trackWithRole(TrackRole.VOICE).filter(t -> !t.segments().isEmpty())
                .orElseThrow(() -> new EditException("the video has no voiceover to speed up or slow down"));
        double now = voice.meta().extra().get("speed") instanceof Number n ? n.doubleValue() : 1.0;
        double speed = call.number("speed") != null ? call.number("speed")
                : "slower".equals(call.text("change")) ? now / VOICE_STEP : now * VOICE_STEP;
        speed = Math.round(speed * 100) / 100.0;
        if (speed < 0.7 || speed > 1.6) {
            throw new EditException(String.format(Locale.ROOT, "the voice stays clear from 0.7x to 1.6x its first pace; %.2fx is outside", speed));
        }
        String original = voice.meta().extra().get("original") instanceof String s ? s : voice.segments().get(0).source();
        String source = studio.voiceAt(original, speed);
        return new SoundEdits.SpeedVoice(source, speed / now, speed, original);
    }

    private Edit recording(OpCall call) {
        Upload upload = upload(call.text("media"), Upload.Kind.AUDIO);
        if (upload.durationMs() == null) {
            throw new EditException("the length of " + upload.name() + " is not known yet; upload it again");
        }
        return new SoundEdits.ReplaceVoice(upload.source(), upload.durationMs());
    }

    private Edit canvas(OpCall call, Draft draft) {
        String aspect = required(call, "aspect");
        int shortSide = Math.min(draft.meta().widthPx(), draft.meta().heightPx());
        int longSide = 2 * (int) Math.round(shortSide * 16 / 9.0 / 2);
        int[] size = switch (aspect) {
            case "9:16" -> new int[] {shortSide, longSide};
            case "1:1" -> new int[] {shortSide, shortSide};
            case "4:5" -> new int[] {shortSide, 2 * (int) Math.round(shortSide * 1.25 / 2)};
            case "16:9" -> new int[] {longSide, shortSide};
            default -> throw new EditException("the aspect ratios are 16:9, 9:16, 1:1 and 4:5; " + aspect + " is not one");
        };
        if (size[0] == draft.meta().widthPx() && size[1] == draft.meta().heightPx()) {
            throw EditException.alreadySo("the video is already " + aspect + " (" + size[0] + "x" + size[1] + ")");
        }
        java.util.Map<String, Fit> refits = new java.util.HashMap<>();
        boolean portrait = size[1] > size[0];
        for (Upload upload : uploads) {
            if (upload.isPicture() && upload.portrait() != null) {
                refits.put(upload.source(), size[0] == size[1] || upload.portrait() == portrait ? Fit.COVER : Fit.BLUR);
            }
        }
        return new LookEdits.SetCanvas(size[0], size[1], refits);
    }

    private static List<Edit> swap(OpCall call, Draft draft) {
        int a = scene(call, "a", draft);
        int b = scene(call, "b", draft);
        if (a == b) {
            throw new EditException("that is the same scene twice; say two scenes to swap, e.g. swap scenes 2 and 3");
        }
        int first = Math.min(a, b);
        int second = Math.max(a, b);
        // Scene `second` moves to `first`'s place, which pushes `first` one on; it then moves to where `second` was.
        if (second == first + 1) {
            return List.of(new SceneEdits.MoveScene(second, first));
        }
        return List.of(new SceneEdits.MoveScene(second, first), new SceneEdits.MoveScene(first + 1, second));
    }

    private static Edit sceneLength(OpCall call, Draft draft) {
        int number = scene(call, "scene", draft);
        Scene scene = Scenes.numbered(draft, number);
        if (call.number("length_s") != null) {
            long change = ms(call.number("length_s")) - scene.lengthMs();
            return change < 0 ? shorter(number, -change, draft) : new SceneEdits.ResizeScene(number, change);
        }
        if (call.number("change_s") != null) {
            long change = ms(call.number("change_s"));
            return change < 0 ? shorter(number, -change, draft) : new SceneEdits.ResizeScene(number, change);
        }
        if (!"shorter".equals(call.text("change"))) {
            return new SceneEdits.ResizeScene(number, 1_500);
        }
        // Shorter without a number: by a second, or by what silence there is after the words.
        long slack = Scenes.slackMs(draft, scene);
        if (slack < 200) {
            throw new EditException("scene " + number + " already ends right after its words; to shorten it, delete it, trim it, or have the voice speak faster");
        }
        return new SceneEdits.ResizeScene(number, -Math.min(1_000, slack));
    }

    /** A shorter scene by as much as asked, or as much as its silence allows when that is less (the reply says so). */
    private static Edit shorter(int number, long byMs, Draft draft) {
        long slack = Scenes.slackMs(draft, Scenes.numbered(draft, number));
        if (slack < 200) {
            throw new EditException("scene " + number + " already ends right after its words; to shorten it, delete it, trim it, or have the voice speak faster");
        }
        return new SceneEdits.ResizeScene(number, -Math.min(byMs, slack));
    }

    /**
     * The whole length: holds and cards first; past what they give, the voice speaks faster (up to
     * 1.25x); past that, scenes from the middle are left out, the fewest words first, keeping the
     * opening and the last scene.
     */
    private List<Edit> duration(OpCall call, Draft draft) {
        long target = ms(required(call, "duration_s", call.number("duration_s")));
        List<Edit> edits = new java.util.ArrayList<>();
        Draft working = draft;
        if (target < TimeEdits.shortestMs(working)) {
            Track voice = working.trackWithRole(TrackRole.VOICE).filter(t -> !t.segments().isEmpty()).orElse(null);
            double now = voice != null && voice.meta().extra().get("speed") instanceof Number n ? n.doubleValue() : 1.0;
            if (voice != null && now < MAX_FIT_SPEED) {
                long span = voice.endMs() - voice.segments().get(0).startMs();
                long over = TimeEdits.shortestMs(working) - target;
                double wanted = span <= over ? MAX_FIT_SPEED : now * span / (double) (span - over);
                double speed = Math.min(MAX_FIT_SPEED, Math.ceil(wanted * 100) / 100.0);
                try {
                    Edit faster = voice(OpCall.of(call.op()).with("speed", speed), working);
                    working = Edit.apply(faster, working);
                    edits.add(faster);
                } catch (EditException e) {
                    // A recording of the user's cannot change pace: scenes are left out instead.
                }
            }
        }
        while (target < TimeEdits.shortestMs(working)) {
            List<Scene> scenes = Scenes.numbered(working);
            if (scenes.size() <= 2) {
                throw new EditException("the shortest this video can be without cutting words is about "
                        + Math.round(TimeEdits.shortestMs(working) / 1000.0) + " s even with the voice faster and only the first and last scenes;"
                        + " trim it instead, e.g. \u201ctrim the last 5 seconds\u201d");
            }
            Scene least = scenes.subList(1, scenes.size() - 1).stream()
                    .min(java.util.Comparator.comparingInt((Scene s) -> s.text() == null ? 0 : s.text().split("\\s+").length)
                            .thenComparing(s -> -s.number()))
                    .orElseThrow();
            Edit drop = new SceneEdits.DeleteScene(least.number());
            working = Edit.apply(drop, working);
            edits.add(drop);
        }
        edits.add(new TimeEdits.SetDuration(target));
        return edits;
    }

    private Edit replaceMedia(OpCall call, Draft draft) {
        int number = scene(call, "scene", draft);
        Upload upload = upload(call.text("media"), null);
        return new SceneEdits.ReplaceSceneMedia(number, upload.source(), upload.kind() == Upload.Kind.CLIP, fit(upload, draft),
                clipVolume(draft));
    }

    private Edit insertMedia(OpCall call, Draft draft) {
        Upload upload = upload(call.text("media"), null);
        Integer after = call.integer("after");
        int count = Scenes.numbered(draft).size();
        long length = upload.kind() == Upload.Kind.CLIP && upload.durationMs() != null ? Math.max(1_000, Math.min(6_000, upload.durationMs())) : 4_000;
        return new SceneEdits.InsertScene(after == null ? count : after, upload.source(), upload.kind() == Upload.Kind.CLIP, fit(upload, draft),
                clipVolume(draft), length);
    }

    /** A clip's own sound plays under no voice; under a voiceover it is muted. */
    private static double clipVolume(Draft draft) {
        return draft.trackWithRole(TrackRole.VOICE).isPresent() ? 0.0 : 1.0;
    }

    private static Fit fit(Upload upload, Draft draft) {
        Boolean portrait = upload.portrait();
        boolean canvasPortrait = draft.meta().heightPx() > draft.meta().widthPx();
        boolean square = draft.meta().heightPx() == draft.meta().widthPx();
        return portrait == null || square || portrait == canvasPortrait ? Fit.COVER : Fit.BLUR;
    }

    private static Edit transition(OpCall call, Draft draft) {
        String type = call.has("type") ? call.text("type") : "fade";
        Integer before = call.integer("before_scene");
        if (type.equals("none")) {
            return new TimeEdits.SetTransition(before, null, 0);
        }
        TransitionType kind = java.util.Arrays.stream(TransitionType.values()).filter(t -> t.wireName().equals(type)).findFirst()
                .orElseThrow(() -> new EditException("the transitions are fade, black, slide, wipe and zoom; " + type + " is not one"));
        long duration = call.number("duration_s") != null ? ms(call.number("duration_s")) : currentTransitionMs(draft);
        return new TimeEdits.SetTransition(before, kind, duration);
    }

    private static long currentTransitionMs(Draft draft) {
        return Scenes.mainTrack(draft).flatMap(t -> t.segments().stream().filter(s -> s.transitionMs() > 0).findFirst())
                .map(Segment::transitionMs).orElse(500L);
    }

    private static Edit trim(OpCall call, Draft draft) {
        Double start = call.number("start_s");
        Double end = call.number("end_s");
        List<Scene> all = Scenes.all(draft);
        if (start == null && end == null) {
            if (call.args().containsKey("start_s")) {
                start = 2.0;
            }
            boolean cardAtEnd = !all.isEmpty() && all.get(all.size() - 1).isCard();
            if (call.args().isEmpty() || call.args().containsKey("end_s")) {
                return new TimeEdits.Trim(0, cardAtEnd ? all.get(all.size() - 1).lengthMs() : 2_000);
            }
        }
        if (start == null && call.args().containsKey("start_s") || start != null && start < 0) {
            start = !all.isEmpty() && all.get(0).isCard() ? all.get(0).lengthMs() / 1000.0 : 2.0;
        }
        return new TimeEdits.Trim(start == null ? 0 : ms(start), end == null ? 0 : ms(end));
    }

    private Upload upload(String name, Upload.Kind kind) {
        if (name == null) {
            List<Upload> ofKind = uploads.stream().filter(u -> kind == null ? u.isPicture() : u.kind() == kind).toList();
            if (ofKind.size() == 1) {
                return ofKind.get(0);
            }
            throw new EditException(ofKind.isEmpty() ? "there is no " + kindName(kind) + " in the session: upload one first"
                    : "say which file: " + String.join(", ", ofKind.stream().map(Upload::name).toList()));
        }
        return uploads.stream().filter(u -> u.name().equalsIgnoreCase(name) || u.stem().equalsIgnoreCase(name)).findFirst()
                .filter(u -> kind == null ? u.isPicture() : u.kind() == kind)
                .orElseThrow(() -> new EditException("there is no " + kindName(kind) + " called " + name + " in the session"
                        + (uploads.isEmpty() ? ": upload it first" : "; the uploads are " + String.join(", ", uploads.stream().map(Upload::name).toList()))));
    }

    private static String kindName(Upload.Kind kind) {
        return kind == Upload.Kind.AUDIO ? "audio file" : kind == null ? "photo or clip" : kind.name().toLowerCase(Locale.ROOT);
    }

    /** A built-in picture of what the user names, where the scene's picture is (or where {@code reel make} would put it). */
    private static Edit scenePicture(OpCall call, Draft draft) {
        int scene = scene(call, "scene", draft);
        String words = required(call, "picture");
        if (words.strip().matches("(?i)none|nothing|no picture|no image|无|没有|不要")) {
            return new PictureEdits.SetScenePicture(scene, null);
        }
        var match = BuiltInPictures.find(words).orElseThrow(() -> new EditException("there is no built-in picture of \u201c" + words
                + "\u201d; name another thing (a bicycle, a coffee cup, a dog), or upload a photo and say \u201cuse it in scene " + scene + "\u201d"));
        var target = Scenes.numbered(draft, scene);
        List<PlacedPicture> there = PictureEdits.placedIn(draft, target.fromMs(), target.toMs());
        PlacedPicture placed = there.isEmpty()
                ? BuiltInPictures.mainPlacement(draft.meta().widthPx(), draft.meta().heightPx(), boldCaptions(draft), match)
                : there.stream().max(java.util.Comparator.comparingDouble(PlacedPicture::size)).orElseThrow().withName(match.name(), match.words());
        return new PictureEdits.SetScenePicture(scene, placed);
    }

    /** Bold captions sit in the middle or the lower third, not at the bottom: pictures make room for them higher up. */
    private static boolean boldCaptions(Draft draft) {
        return draft.trackWithRole(TrackRole.CAPTION).flatMap(t -> t.segments().stream().findFirst())
                .map(s -> s.meta().position() != null && s.meta().position() != dev.reelwright.draft.TextPosition.BOTTOM).orElse(false);
    }

    private static int scene(OpCall call, String arg, Draft draft) {
        Integer n = call.integer(arg);
        if (n == null) {
            throw new EditException("say which scene (1\u2013" + Scenes.numbered(draft).size() + ")");
        }
        return n;
    }

    static String required(OpCall call, String arg) {
        String value = call.text(arg);
        if (value == null || value.isBlank()) {
            throw new EditException(call.op().toolName() + " needs " + arg.replace('_', ' '));
        }
        return value;
    }

    static double required(OpCall call, String arg, Double value) {
        if (value == null) {
            throw new EditException(call.op().toolName() + " needs " + arg.replace('_', ' '));
        }
        return value;
    }

    static long ms(double seconds) {
        return Math.round(seconds * 1000);
    }
}
