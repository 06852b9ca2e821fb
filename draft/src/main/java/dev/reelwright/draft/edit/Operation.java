package dev.reelwright.draft.edit;

import dev.reelwright.draft.Resolution;
import dev.reelwright.draft.TextPosition;
import dev.reelwright.draft.TransitionType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything a chat turn can do, each defined once: its name (the tool name in chat events, the
 * language model's tool list, MCP), its arguments and what it does. Edits change the draft;
 * session operations make a draft, move through its versions, show it or export it.
 */
public enum Operation {
    // Making
    GENERATE_VIDEO_FROM_SCRIPT(Kind.SESSION, "Make a video from a script (in the message or an uploaded document): voiceover, pictures, captions, music.",
            Args.ASPECT, Arg.number("duration_s", "the length wanted, in seconds"), Args.MOOD, Args.CAPTION_STYLE,
            Arg.text("script", "the script's text, when it is in the message"), Arg.text("document", "the uploaded document with the script")),
    GENERATE_VIDEO_FROM_MEDIA(Kind.SESSION, "Make a video from the uploaded photos and clips, with a description or an uploaded voiceover.",
            Args.ASPECT, Arg.number("duration_s", "the length wanted, in seconds"), Args.MOOD, Args.CAPTION_STYLE,
            Arg.text("script", "a description or script to narrate"), Arg.text("document", "an uploaded document with the description"),
            Arg.text("music_media", "an uploaded audio file to use as the music (else an uploaded audio file is the voiceover)")),
    WRITE_VIDEO_PROMPT(Kind.SESSION, "Write a detailed prompt for a video model from a short idea, and its animatic as the draft.",
            Arg.text("idea", "what the video shows"), Arg.number("duration_s", "the length wanted, in seconds")),
    // Sound
    SET_BGM(Kind.EDIT, "Add or replace the background music: a generated mood or an uploaded audio file.",
            Args.MOOD, Arg.text("media", "an uploaded audio file to use as music"), Arg.number("volume", "0.0-2.0, 1.0 as recorded")),
    REMOVE_BGM(Kind.EDIT, "Remove the background music."),
    SET_VOLUME(Kind.EDIT, "Set the level of the music, the voice or the clips' own sound.",
            Arg.oneOf("track", "whose level", List.of("music", "voice", "clips")), Arg.number("volume", "0.0-2.0, 1.0 as recorded"),
            Arg.oneOf("change", "louder or quieter than now, when no level is given", List.of("up", "down"))),
    FADE_MUSIC(Kind.EDIT, "Fade the music in at the start or out at the end.",
            Arg.number("fade_out_s", "fade-out length in seconds"), Arg.number("fade_in_s", "fade-in length in seconds")),
    SET_VOICE(Kind.EDIT, "Change how the voiceover speaks: faster or slower, or another voice.",
            Arg.number("speed", "1.0 normal, 0.8-1.25"), Arg.oneOf("change", "faster or slower than now", List.of("faster", "slower")),
            Arg.text("voice", "a voice as reel voices names it, or male, female, another")),
    REPLACE_VOICEOVER(Kind.EDIT, "Use an uploaded recording as the voiceover.", Arg.text("media", "the uploaded audio file")),
    MUTE_CLIP_AUDIO(Kind.EDIT, "Mute the clips' own sound, in one scene or all.", Args.SCENE),
    // Canvas and look
    SET_ASPECT(Kind.EDIT, "Change the shape of the video (TikTok, Reels and Shorts are 9:16, YouTube 16:9, an Instagram post 1:1 or 4:5).",
            Arg.oneOf("aspect", "the new aspect ratio", List.of("16:9", "9:16", "1:1", "4:5"))),
    SET_LOOK(Kind.EDIT, "Change the colours of the designed backgrounds.",
            Arg.oneOf("palette", "the new colours", List.of("warm", "cool", "dark", "bright", "pastel", "vivid", "mono"))),
    SET_FONT(Kind.EDIT, "Change the font of every text.", Arg.oneOf("font", "the font", List.of("sans", "serif", "mono"))),
    // Text
    ADD_TEXT(Kind.EDIT, "Add a title or a line of text on the picture for a stretch of time.",
            Arg.text("text", "the words shown"), Arg.oneOf("role", "a title or an overlay", List.of("title", "overlay")),
            Arg.number("start_s", "when it appears, seconds"), Arg.number("end_s", "when it goes, seconds"), Args.POSITION),
    EDIT_TEXT(Kind.EDIT, "Change a title, the end card, a caption or an overlay: its words, place, colour, size or font.",
            Arg.text("target", "which text: title, end, caption N, overlay N, or words it contains"), Arg.text("text", "the new words"),
            Args.POSITION, Arg.text("color", "#rrggbb"), Arg.oneOf("size", "bigger or smaller", List.of("bigger", "smaller")),
            Arg.oneOf("font", "the font", List.of("sans", "serif", "mono")),
            Arg.number("start_s", "when it appears, seconds"), Arg.number("end_s", "when it goes, seconds")),
    REMOVE_TEXT(Kind.EDIT, "Remove a title, the end card or an overlay.", Arg.text("target", "which text")),
    SET_CAPTIONS(Kind.EDIT, "Turn captions on or off, or change their style, place, size or colour.",
            Arg.flag("visible", "captions shown or not"), Args.CAPTION_STYLE,
            Arg.oneOf("position", "where they sit, or up/down from now", List.of("top", "center", "bottom", "lower-third", "up", "down")),
            Arg.oneOf("size", "bigger or smaller", List.of("bigger", "smaller")), Arg.text("color", "text colour #rrggbb"),
            Arg.text("outline", "outline colour #rrggbb")),
    // Scenes
    DELETE_SCENE(Kind.EDIT, "Remove a scene with its picture, words and captions; what follows moves up.", Args.SCENE),
    MOVE_SCENE(Kind.EDIT, "Move a scene (with its words) to another place.", Args.SCENE, Arg.integer("to", "the place it goes, 1 = first")),
    SWAP_SCENES(Kind.EDIT, "Swap two scenes.", Arg.integer("a", "one scene"), Arg.integer("b", "the other scene")),
    SET_SCENE_LENGTH(Kind.EDIT, "Make a scene longer or shorter (never cutting its words).", Args.SCENE,
            Arg.number("change_s", "seconds more (or fewer, negative)"), Arg.number("length_s", "the new length in seconds"),
            Arg.oneOf("change", "longer or shorter, when no number is given", List.of("longer", "shorter"))),
    SPLIT_SCENE(Kind.EDIT, "Split a scene in two.", Args.SCENE),
    SET_SCENE_PICTURE(Kind.EDIT, "Show another built-in picture in a scene (a drawing of a thing: a bicycle, coffee, 自行车), or none.",
            Args.SCENE, Arg.text("picture", "what to show, in words, or none")),
    REPLACE_SCENE_MEDIA(Kind.EDIT, "Show an uploaded photo or clip in a scene.", Args.SCENE, Arg.text("media", "the uploaded file")),
    INSERT_SCENE(Kind.EDIT, "Insert an uploaded photo or clip as a new scene.", Arg.integer("after", "the scene it follows, 0 = first"),
            Arg.text("media", "the uploaded file")),
    SET_TRANSITION(Kind.EDIT, "Set the transition between scenes: for every cut, or the one before a scene.",
            Arg.oneOf("type", "the transition", Stream.concat(Arrays.stream(TransitionType.values()).map(TransitionType::wireName),
                    Stream.of("none")).toList()),
            Arg.number("duration_s", "its length in seconds"), Arg.integer("before_scene", "only the cut into this scene")),
    // Time
    TRIM(Kind.EDIT, "Cut time off the start or the end.", Arg.number("start_s", "seconds off the start"),
            Arg.number("end_s", "seconds off the end")),
    SET_DURATION(Kind.EDIT, "Make the whole video a given length by holding or shortening pictures and cards.",
            Arg.number("duration_s", "the new length in seconds")),
    // The session
    UNDO(Kind.SESSION, "Go back to the version before the last change."),
    REDO(Kind.SESSION, "Bring back the change that was undone."),
    SHOW_TIMELINE(Kind.SESSION, "Describe what is on the timeline."),
    EXPORT_VIDEO(Kind.SESSION, "Render the video to MP4.", Arg.oneOf("resolution", "the output size", Resolution.names()));

    /** Edits change the draft; session operations act on the session around it. */
    public enum Kind { EDIT, SESSION }

    private final Kind kind;
    private final String description;
    private final List<Arg> args;

    Operation(Kind kind, String description, Arg... args) {
        this.kind = kind;
        this.description = description;
        this.args = List.of(args);
    }

    /** The snake_case name: {@code set_bgm}. */
    public String toolName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public List<Arg> args() {
        return args;
    }

    public Optional<Arg> arg(String name) {
        return args.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /**
     * Arguments given from outside (a client's JSON) checked against this operation's: every name
     * known, every value of its type; throws {@link IllegalArgumentException} saying what is wrong.
     */
    public void checkArgs(Map<String, Object> given) {
        for (Map.Entry<String, Object> entry : given.entrySet()) {
            Arg arg = arg(entry.getKey()).orElseThrow(() -> new IllegalArgumentException(toolName() + " has no argument \"" + entry.getKey()
                    + "\"" + (args.isEmpty() ? "; it takes none" : "; it takes " + String.join(", ", args.stream().map(Arg::name).toList()))));
            String problem = entry.getValue() == null ? null : arg.problem(entry.getValue());
            if (problem != null) {
                throw new IllegalArgumentException(toolName() + ": " + problem);
            }
        }
    }

    /** The arguments as a JSON-schema object (a tool's {@code parameters}). */
    public Map<String, Object> parametersSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        args.forEach(arg -> properties.put(arg.name(), arg.schema()));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("additionalProperties", false);
        return schema;
    }

    public static Optional<Operation> named(String toolName) {
        return Arrays.stream(values()).filter(op -> op.toolName().equals(toolName)).findFirst();
    }

    /** Argument definitions several operations share. */
    private static final class Args {
        static final Arg SCENE = Arg.integer("scene", "the scene's number, 1 = first");
        static final Arg MOOD = Arg.oneOf("mood", "the music's mood", List.of("upbeat", "calm", "corporate", "dramatic", "lofi"));
        static final Arg ASPECT = Arg.oneOf("aspect", "the aspect ratio", List.of("16:9", "9:16", "1:1", "4:5"));
        static final Arg CAPTION_STYLE = Arg.oneOf("style", "how captions look", List.of("clean", "boxed", "karaoke", "bold", "none"));
        static final Arg POSITION = Arg.oneOf("position", "where the text sits",
                Arrays.stream(TextPosition.values()).map(TextPosition::wireName).toList());
    }
}
