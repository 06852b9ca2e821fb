package dev.reelwright.agent.parse;

import dev.reelwright.agent.OpCall;
import dev.reelwright.agent.Question;
import dev.reelwright.agent.Understanding;
import dev.reelwright.agent.Upload;
import dev.reelwright.draft.TrackRole;
import dev.reelwright.draft.edit.Operation;
import dev.reelwright.draft.edit.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One English request to one or more operations: the rules by subject, most specific first. */
final class EnglishClause {
    private static final String MUSIC = "music|musci|bgm|soundtrack|song|tune|beats?|backing track|background track|score|jingle|melody|instrumental"
            + "|(?:lo-?fi|lofi|music|background|audio|the|this) track";
    /** A voice as {@code reel voices} names it: MaryTTS's, or an engine's with its voice after a slash. */
    private static final Pattern VOICE_NAME = Pattern.compile("\\bcmu-[a-z]+-hsmm\\b|\\b(?:espeak-ng|flite|festival|tts)/[\\w+.-]+");
    private static final String VOICE = "voice|voices|voiceover|voice-over|voice over|narration|narrator|narrating|speaker|speaking|speech|talking|talks|speak|talk"
            + "|speaks|reading|reads|tts|text-to-speech|robot|dialogue|vo|narrates";
    private static final String CAPTIONS = "captions?|subtitles?|subs|cc|closed captions";
    private static final String TEXT = "titles?|heading|headline|texts?|words|lower[- ]thirds?|overlays?|key ?phrases?|end card|end screen|outro card"
            + "|call to action|cta|tagline|lines?|caption \\d+|subtitle \\d+|wording";
    private static final String REMOVE = "remove|delete|drop|kill|get rid of|lose|ditch|take out|take away|take off|cut|scrap|axe|skip|no|without"
            + "|don't want|dont want|do not want|don't need|turn off|switch off|stop|off|hide|disable|eliminate|strip|clear";
    private static final String LOUDER = "louder|loud(?:er)? ?up|up|higher|raise|increase|boost|more volume|pump|turn (?:it |that )?up|barely"
            + "|too quiet|too soft|too low|quiet|hard to hear|can't hear (?:it|the music)|inaudible|bigger";
    private static final String QUIETER = "quieter|softer|lower|down|decrease|reduce|less|too loud|too much|overpowering|drowns?|can't hear"
            + "|cannot hear|turn (?:it |that )?down|bring (?:it |the music )?down|loud|dial (?:it )?back|tone (?:it )?down|back off";

    private final Clause clause;
    private final Refs refs;
    private final Integer lastScene;
    private final List<OpCall> before;
    private final String subject;
    private final boolean sceneJustNamed;

    /**
     * @param subject what the request before this one was about ("music", "voice", "scene" ...), or null
     * @param sceneJustNamed the request before only named {@code lastScene} ("for the opening scene, use X")
     */
    EnglishClause(Clause clause, Refs refs, Integer lastScene, List<OpCall> before, String subject, boolean sceneJustNamed) {
        this.sceneJustNamed = sceneJustNamed;
        this.clause = clause;
        this.refs = refs;
        this.lastScene = lastScene;
        this.before = before;
        this.subject = subject;
    }

    Understanding understand() {
        // Before the session's words: "download" here is fetching a song, not the video.
        if (clause.has("(?:from|off|on|of) (?:youtube|spotify|soundcloud|apple music|tiktok|deezer|tidal)|youtube\\.com|youtu\\.be|spotify\\.com|soundcloud\\.com")
                && clause.has("grab|download|rip|get|take|pull|fetch|use|steal")
                && clause.has("song|music|track|tune|bgm|audio|soundtrack|sound")) {
            return new Understanding.Refuse(Parsing.NO_STREAMED_SONGS);
        }
        Understanding session = session();
        if (session != null) {
            return session;
        }
        if (impossible()) {
            return new Understanding.Refuse(null);
        }

        if (clause.has("(?:post|publish|upload|share) (?:it |this |the video )?(?:to|on) (?:my |our |the )?(?:tiktok|instagram|youtube|facebook|twitter|x|reels|account|channel|page)|(?:post|publish) it for me")) {
            return new Understanding.Refuse(Parsing.NO_POSTING);
        }
        int musicAt = clause.indexOf(MUSIC);
        int voiceAt = clause.indexOf(VOICE);
        if ("music".equals(subject) && clause.has("fade (?:it|that|this|them) (?:out|in)|fade (?:out|in)\\b") && !clause.has(SceneRefs.NOUN + "|transitions?")) {
            return music(List.of());
        }
        if (subject != null && !subject.equals("scene") && namesNoSubject()) {
            Understanding carried = bySubject(subject);
            if (carried != null) {
                return carried;
            }
        }
        List<Upload> pictures = refs.uploadsNamed(clause.text).stream().filter(Upload::isPicture).filter(u -> !refs.inDraft(u)).toList();
        boolean myPicture = clause.has("my (?:own )?(?:photo|picture|image|pic|clip|video|footage|upload)|the (?:photo|picture|image|clip|video) i (?:uploaded|took|sent|added)|what i uploaded|the upload(?:ed (?:one|file))?")
                && !refs.uploadsOf(Upload.Kind.PHOTO, Upload.Kind.CLIP).isEmpty();
        if ((!pictures.isEmpty() || myPicture) && !clause.has(MUSIC)) {
            Understanding media = scenes();
            if (media != null) {
                return media;
            }
        }
        Understanding drawn = builtInPicture();
        if (drawn != null) {
            return drawn;
        }
        List<Upload> audio = refs.uploadsNamed(clause.text).stream().filter(u -> u.kind() == Upload.Kind.AUDIO).toList();
        boolean audioAsMusic = !audio.isEmpty() && clause.has("as (?:the |my )?(?:music|soundtrack|bgm|background)|music|soundtrack|bgm|jingle");
        if (clause.has(CAPTIONS) && !clause.has("caption \\d+|subtitle \\d+|(?:" + TEXT + ") (?:on|in) ")) {
            return captions();
        }
        if (clause.has("transitions?|cross-?fades?|cross-?dissolves?|dissolves?|wipes?|hard cuts?|straight cuts?|jump cuts?|fades? between"
                + "|(?:slide|wipe|zoom|dissolve|fade) (?:in)?to (?:the )?(?:\\w+ )?(?:" + SceneRefs.NOUN + ")"
                + "|fades? before|fade into|dip to black|fade to black|through black|between (?:the )?(?:scenes|shots|clips)"
                + "|fades?(?= (?:are|is|be|should|can|could|to be|too|longer|shorter|quicker|slower))")
                && musicAt < 0) {
            return transition();
        }
        if (audioAsMusic || musicAt >= 0 && (voiceAt < 0 || musicAt < voiceAt || !clause.has("voice (?:louder|quieter|up|down)"))) {
            return music(audio);
        }
        if (!audio.isEmpty() || voiceAt >= 0 || clause.has("my recording|i recorded|the recording|my own voice|my real voice")) {
            Understanding voice = voice(audio);
            if (voice != null) {
                return voice;
            }
        }
        if (clause.has("fonts?|typeface|lettering|typography") && !clause.has("titles?|end card|captions?|subtitles?|overlays?|key ?phrases?|caption \\d")) {
            String font = Vocab.font(clause.text);
            if (font != null) {
                return calls(OpCall.of(Operation.SET_FONT).with("font", font));
            }
        }
        if (clause.has("clips?'? (?:own )?(?:audio|sound)|original (?:audio|sound)|camera (?:audio|sound)") && (clause.fraction() != null || clause.has("down|up|lower|louder|quieter|softer"))) {
            Double level = clause.fraction();
            OpCall volume = OpCall.of(Operation.SET_VOLUME).with("track", "clips");
            return calls(level != null ? volume.with("volume", level) : volume.with("change", clause.has("up|louder") ? "up" : "down"));
        }
        if (clause.has("mute|silence|no sound|without (?:its |the )?(?:sound|audio)|turn (?:its |the )?(?:sound|audio) (?:off|down)|kill (?:its |the )?(?:sound|audio|original)|original (?:audio|sound)|ambient|the waves|camera audio|clip'?s? sound|its sound|its audio|(?:sound|audio) on it")) {
            return clipSound();
        }
        if (clause.has(TEXT) || !clause.quotes().isEmpty() && clause.has("add|put|write|show|display|place|insert|say|says|reads?")) {
            Understanding text = text();
            if (text != null) {
                return text;
            }
        }
        String aspect = Vocab.aspect(clause.text);
        if (aspect != null && !clause.has("portrait (?:photo|picture)") && !clause.has(SceneRefs.NOUN + " (?:is|are) (?:vertical|portrait)")) {
            return calls(OpCall.of(Operation.SET_ASPECT).with("aspect", aspect));
        }
        if (clause.has("fonts?|typeface|lettering|typography|serif|sans|monospace")) {
            String font = Vocab.font(clause.text);
            if (font == null && clause.has("change|switch|different|another|other|new|swap|replace|better|nicer")) {
                return new Understanding.Ask(Question.option(OpCall.of(Operation.SET_FONT)));
            }
            return font == null ? null : calls(OpCall.of(Operation.SET_FONT).with("font", font));
        }
        String palette = clause.has("brighten|lighten") ? "bright" : clause.has("darken") ? "dark" : clause.has("warm (?:it|things|everything) up") ? "warm"
                : clause.has("cool (?:it|things|everything) down") ? "cool" : Vocab.palette(clause.text);
        if (palette != null && (clause.has("colou?rs?|palette|look|tones?|grade|grading|backgrounds?|feel|vibe|hues?|shades?|moody|please|more|make it|go|brighten|darken|lighten|warm|cool|everything")
                || clause.text.matches("^(?:#?\\s*)?(?:monochrome|black and white|grayscale|greyscale|pastel|vivid|warmer|cooler|darker|brighter)\\W*$"))) {
            return calls(OpCall.of(Operation.SET_LOOK).with("palette", palette));
        }
        if (clause.has("(?:different|another|other|new) (?:shape|format|aspect(?: ratio)?|ratio|size|orientation)|change (?:the )?(?:shape|format|aspect(?: ratio)?|ratio|orientation)")) {
            return new Understanding.Ask(Question.option(OpCall.of(Operation.SET_ASPECT)));
        }
        if (clause.has("volume|level|louder|quieter") && !clause.has(SceneRefs.NOUN + "|#\\d|her|him|she|he|they|them") && subject == null) {
            Understanding level = unnamedLevel();
            if (level != null) {
                return level;
            }
        }
        if (clause.has("(?:change|switch|different|other|new) (?:the )?(?:colou?rs?|palette|colou?r scheme|look)|(?:colou?rs?|palette) (?:changed|different)") && palette == null) {
            return new Understanding.Ask(Question.option(OpCall.of(Operation.SET_LOOK)));
        }
        Understanding time = time();
        if (time != null) {
            return time;
        }
        Understanding scenes = scenes();
        if (scenes == null && subject != null) {
            return bySubject(subject);
        }
        return scenes;
    }

    /** "set the volume to 50%": the level of the one sound the video has, or a question which. */
    private Understanding unnamedLevel() {
        if (refs.draft() == null) {
            return null;
        }
        Double fraction = clause.fraction();
        OpCall call = OpCall.of(Operation.SET_VOLUME);
        call = fraction != null ? call.with("volume", fraction) : call.with("change", clause.has("quieter|down|lower|less|reduce") ? "down" : "up");
        boolean music = refs.draft().trackWithRole(TrackRole.BGM).filter(t -> !t.segments().isEmpty()).isPresent();
        boolean voice = refs.draft().trackWithRole(TrackRole.VOICE).filter(t -> !t.segments().isEmpty()).isPresent();
        if (music && voice) {
            return new Understanding.Ask(Question.option(call));
        }
        return music || voice ? calls(call.with("track", music ? "music" : "voice")) : null;
    }

    /** A request that names nothing it is about: "fade it in", "remove it", "something softer maybe". */
    private boolean namesNoSubject() {
        boolean referring = clause.has("\\bit\\b|its|that|them|this|those|these|her|him|she|he") || clause.text.matches("^(?:something|a bit|a little|more|less|louder|quieter|softer|"
                + "slower|faster|down|up|way|much|even|not so|too|maybe|perhaps|like|just|lower|higher|and|or|also)\\b.*");
        if (!referring || clause.has("cut|trim|delete|remove the|export|render|seconds off|last \\d|first \\d|undo|redo")) {
            return false;
        }
        return !clause.has(MUSIC + "|" + VOICE + "|" + CAPTIONS + "|" + TEXT + "|" + SceneRefs.NOUN + "|transitions?|fonts?|colou?rs?|vertical|portrait|square|landscape|widescreen")
                && !clause.has("#\\d|undo|redo|export|render|download|timeline|status");
    }

    private Understanding bySubject(String about) {
        Understanding found = switch (about) {
            case "music" -> music(List.of());
            case "voice" -> voice(List.of());
            case "captions" -> captions();
            case "transition" -> transition();
            case "clips" -> clipSound();
            default -> null;
        };
        // What a subject's rules answer when nothing specific was said is no answer for a request about something else.
        if (found instanceof Understanding.Calls calls && calls.calls().size() == 1) {
            OpCall call = calls.calls().get(0);
            boolean bare = call.op() == Operation.SET_BGM && call.args().isEmpty()
                    || call.op() == Operation.SET_CAPTIONS && call.args().equals(java.util.Map.of("visible", true))
                    || call.op() == Operation.SET_TRANSITION && call.args().equals(java.util.Map.of("type", "fade"));
            return bare ? null : found;
        }
        return found;
    }

    /** Undo, redo, status, export. */
    private Understanding session() {
        String t = clause.text;
        if (clause.has("redo|undo the undo|ctrl\\+(?:shift\\+z|y)|cmd\\+shift\\+z|re-?do|bring (?:it|that|the change|that change) back|re-?apply"
                + "|do (?:it|that) again|changed my mind again|put (?:it|that) back in|put (?:that|the|my) (?:last )?(?:change|edit) back|restore (?:the|that|my) (?:last )?(?:change|edit)|bring back (?:the|that|my) (?:change|edit)|what i (?:just )?undid|bring back what|undo (?:my|the) undo")) {
            return calls(OpCall.of(Operation.REDO));
        }
        if (clause.has("undo|revert|roll ?back|go back|take (?:that|it) back|the way it was|previous version|change (?:it|that) back|how it was"
                + "|ctrl\\+z|cmd\\+z|scratch that|never ?mind|back to before|last version|cancel (?:that|the last)|didn't want that")
                && Vocab.aspect(t) == null) {
            return calls(OpCall.of(Operation.UNDO));
        }
        if (clause.has("status|what'?s on the timeline|what is on the timeline|(?:show|see|view|display)(?: me)?(?: the)?(?: current)? (?:timeline|tracks|draft|edit)"
                + "|timeline(?: pls| please)?$|what do (?:we|i) have|list (?:the )?(?:scenes|tracks)|what'?s in (?:the|my) video|summary|overview"
                + "|where are we|what does it look like now|how does the timeline look|show tracks|tracks\\?|what tracks|which tracks|what the timeline looks like|"
                + "how the timeline looks|what'?s in there|what is in there|list of (?:the |all )?(?:scenes|shots|tracks)|list (?:all )?(?:the )?(?:scenes|shots)|how many (?:scenes|shots|tracks)"
                + "|(?:scenes|shots) with (?:their )?(?:times|timings|lengths)|what scenes|which scenes (?:are|do)")) {
            return calls(OpCall.of(Operation.SHOW_TIMELINE));
        }
        if (clause.has("export|render|download|save|give me|send") && clause.has("gif|webm|\\bmov\\b|avi|mkv|4k|2160p?|8k|1440p?|prores")) {
            return new Understanding.Refuse(Parsing.EXPORT_FORMATS);
        }
        if (clause.has("export|render|download|send me the (?:video|file|mp4)|give me the (?:final )?(?:video|file|mp4|render)|save (?:it )?as (?:an )?mp4"
                + "|final mp4|get (?:me )?the (?:mp4|video|file)|output (?:the|it)|finali[sz]e|publish|mp4 please"
                + "|(?:get|have|send|give) (?:me )?(?:a |the )?(?:[a-z-]+ )?(?:copy|version|file|mp4|render|download)\\b(?! of (?:the )?(?:title|text|scene))")
                && !clause.has("render (?:the )?(?:title|text|captions?)")) {
            String resolution = clause.has("1080p?|full hd|fhd|1080") ? "1080p" : clause.has("720p?|hd") ? "720p" : clause.has("480p?|sd|small") ? "480p" : null;
            return calls(OpCall.of(Operation.EXPORT_VIDEO).with("resolution", resolution));
        }
        return null;
    }

    /** Things no edit can do: generated content, clip speed, translation. */
    private boolean impossible() {
        return clause.has("3d|dragon|make (?:the|him|her|them) (?:smile|dance|wave|talk|look)|make it (?:snow|rain)|add (?:snow|rain|fire|explosions?|a (?:dog|cat|person))"
                + "|translate|in (?:french|spanish|german|japanese|korean|italian)|slow[- ]?mo(?:tion)?|speed (?:up )?the (?:clip|video|footage)|(?:clip|footage|shot) (?:up )?\\d+(?:\\.\\d+)? ?x"
                + "|remove (?:the )?(?:people|person|man|woman|background of)|lip ?sync|face ?swap|deepfake|clone my voice|hologram")
                || clause.has("\\d+(?:\\.\\d+)?x speed") && !clause.has(VOICE);
    }

    private Understanding music(List<Upload> audio) {
        boolean fade = clause.has("fades?|fading|faded|fade-?(?:in|out)|ease (?:the music |it )?in|ease (?:the music |it )?out|kicks? in too|abrupt(?:ly)?|too suddenly|gradually");
        if ((clause.has(REMOVE + "|mute|silence") || clause.has("take (?:the |that |this )?(?:\\w+ )?out")) && !fade && clause.fraction() == null && !clause.has("(?:no|without) (?:any )?(?:voice|narration)") && audio.isEmpty()
                && !clause.has("less|lower|quieter|softer|turn (?:it )?down|down a|too loud|switch|change|replace|swap|instead|different|another")
                || clause.has("music off|no music|without (?:any )?music|no bgm|no background music")) {
            return calls(OpCall.of(Operation.REMOVE_BGM));
        }
        if (fade) {
            OpCall call = OpCall.of(Operation.FADE_MUSIC);
            List<Double> seconds = clause.seconds();
            boolean in = clause.has("fade(?:s|d)? in|fade-in|fading in|fade (?:it|the music|the bgm|music) in|ease (?:the music |it )?in|kicks? in|abrupt|at the (?:start|beginning)|start(?:s|ing)?|begin");
            boolean out = clause.has("out|at the end|ending|end") || !in;
            Double length = seconds.isEmpty() ? null : seconds.get(seconds.size() - 1);
            if (clause.has("last (\\d+(?:\\.\\d+)?) seconds")) {
                length = Double.parseDouble(clause.group("last (\\d+(?:\\.\\d+)?) seconds", 1));
            }
            Matcher both = Pattern.compile("in (?:over |for )?([\\d.]+)(?: seconds?)?.*?out (?:over |for )?(?:the last )?([\\d.]+)").matcher(clause.text);
            if (both.find()) {
                return calls(call.with("fade_in_s", Double.parseDouble(both.group(1))).with("fade_out_s", Double.parseDouble(both.group(2))));
            }
            if (in && out && seconds.size() >= 2) {
                return calls(call.with("fade_in_s", seconds.get(0)).with("fade_out_s", seconds.get(1)));
            }
            if (in && clause.has("out") && (clause.has("each|both") || length != null && clause.has("fade in and (?:fade )?out|in and out"))) {
                return calls(call.with("fade_in_s", length).with("fade_out_s", length));
            }
            if (in) {
                // A fade in with no length said is a gentle 2 s one, not no fade at all.
                call = call.with("fade_in_s", length != null ? length : out && clause.has("out|end") ? null : Double.valueOf(2.0));
            }
            if (out && (clause.has("out|end") || !in)) {
                call = call.with("fade_out_s", length);
            }
            return calls(call);
        }
        Double fraction = clause.fraction();
        String spoken = clause.text.replaceAll("(?:too |so |very )?(?:loud|quiet|soft|low)(?:er)?(?= (?:please|now|$)|$)", "");
        // "too peppy ... gimme something calm", "swap the lofi for something dramatic": the mood named last is the one wanted.
        String mood = clause.has("(?:swap|switch|replace|change|instead of|from) .* (?:for|with|to|into)\\b|too \\w+.*(?:something|more|go|gimme|give me|want|need|try|instead|rather)|not \\w+ enough|n't (?:fit|match|work)")
                ? Vocab.wantedMood(spoken) : Vocab.mood(spoken);
        boolean change = clause.has("switch|change|replace|swap|different|another|new|other|instead|try|something|more|add|use|put|want|give|pick|choose|set|make it|go with|prefer|style|kind|type|mood|vibe|feel|genre");
        boolean level = fraction != null || clause.has("volume|level|louder|quieter|too loud|too quiet|too soft|turn (?:it |the music )?(?:up|down)|down|up"
                + "|down a|up a|bring (?:it |the music |the bgm )?(?:down|up)|drowns?|overpowering|can't hear|cannot hear|barely|lower|raise|reduce|increase|decrease"
                + "|softer(?! music)|boost|dial|tone (?:it )?down|quieter|a touch|half|less");
        boolean strongMood = mood != null && Vocab.mood(clause.text.replaceAll("\\b(?:soft|softer|quiet|quieter|slow|slower|low|lower|gentle|bright|faster)\\b", "")) != null;
        if (!audio.isEmpty() || mood != null && (change || !level || strongMood) || !level && change) {
            OpCall call = OpCall.of(Operation.SET_BGM);
            if (!audio.isEmpty()) {
                call = call.with("media", audio.get(0).name());
            } else if (mood != null) {
                call = call.with("mood", mood);
            }
            if (fraction == null && clause.has("(?:and|but|,) (?:a (?:little|bit|touch) |slightly |much |way )?(?:quieter|softer|lower|louder)")) {
                // "make the music calmer and a little quieter": new music, then its level
                boolean louder = clause.has("louder");
                return new Understanding.Calls(List.of(call, OpCall.of(Operation.SET_VOLUME).with("track", "music").with("change", louder ? "up" : "down")));
            }
            return calls(call.with("volume", fraction));
        }
        if (level) {
            OpCall call = OpCall.of(Operation.SET_VOLUME).with("track", "music");
            if (fraction != null) {
                return calls(call.with("volume", fraction));
            }
            boolean up = clause.has(LOUDER) && !clause.has(QUIETER.replace("|loud", "").replace("|down", "")) && !clause.has("too loud|can't hear (?:the )?(?:voice|narrat)|down");
            return calls(call.with("change", up ? "up" : "down"));
        }
        // "add some music", "I want music": music in a mood of its own; anything else about music is not understood.
        boolean dislike = clause.has("cheesy|boring|annoying|don'?t like|do not like|hate|doesn'?t fit|does not fit|wrong|weird|not right|awful|bad|dull|generic");
        return dislike || clause.has("add|put|use|want|need|give|include|some|with|play|needs|could use|bring in") ? calls(OpCall.of(Operation.SET_BGM)) : null;
    }

    private Understanding voice(List<Upload> audio) {
        boolean recording = !audio.isEmpty() || clause.has("my (?:own |real )?(?:recording|voiceover|voice-over|voice file|voice|narration|audio|mp3|wav|file)"
                + "|i recorded|the recording|(?:the )?(?:voiceover|recording|audio|mp3|file) i (?:uploaded|recorded|made)|uploaded (?:voiceover|recording|audio)"
                + "|instead of the (?:robot|ai|computer|synthetic|tts|fake)|real voice|own voice|(?:that|it|this) in as (?:the )?(?:voice-?over|narration)");
        if (recording && !clause.has("faster|slower|speed|louder|quieter|volume")) {
            return Choices.recording(audio, refs);
        }
        Double factor = clause.factor();
        boolean faster = clause.has("faster|speed (?:it |this |that )?up|quicker|too slow|so+ slow|is slow|drags?|dragging|hurry|pick up the pace|more quickly|pacier|speed up");
        boolean slower = !faster && clause.has("slower|slow (?:it |this |that |her |him )?down|too fast|too quick|rushed|rushing|calmer|more slowly|less fast|slow"
                + "|(?:very|so|really|way|pretty|kinda|kind of|a bit|quite|super) (?:fast|quick)|(?:speaks?|speaking|talks?|talking|reads?|reading) (?:so |very |really |too )?fast|fast-paced|hard to follow");
        if (factor != null || slower || faster || clause.has("speed|pace|rate|tempo")) {
            OpCall call = OpCall.of(Operation.SET_VOICE);
            if (factor != null && factor >= 0.5 && factor <= 2) {
                return calls(call.with("speed", factor));
            }
            return calls(call.with("change", slower && !clause.has("too slow|drags") ? "slower" : "faster"));
        }
        Double fraction = clause.fraction();
        if (fraction != null || clause.has("louder|quieter|volume|level|loud|quiet|soft|hear|up|down|boost|lower|raise|reduce")) {
            OpCall call = OpCall.of(Operation.SET_VOLUME).with("track", "voice");
            if (fraction != null) {
                return calls(call.with("volume", fraction));
            }
            boolean down = clause.has("quieter|softer|too loud|lower|down|reduce|less|decrease|loud compared|way too loud");
            return calls(call.with("change", down && !clause.has("too quiet|too soft|louder|can't hear") ? "down" : "up"));
        }
        Matcher named = VOICE_NAME.matcher(clause.text);
        if (named.find()) {
            return calls(OpCall.of(Operation.SET_VOICE).with("voice", named.group()));
        }
        if (clause.has("(?:another|different|other|new|male|female|man'?s|woman'?s|men'?s|women'?s|man|woman|girl|guy|lady|boy|deeper|higher|lower) (?:'?s )?voice|voice of a|change the voice|switch (?:the )?voice|(?:a )?(?:man|woman|guy|girl|lady) (?:read|narrate|speak|voice)")) {
            String voice = clause.has("male|man'?s|men'?s|\\bman\\b|guy|boy|deeper|lower") && !clause.has("female|woman|women|girl|lady") ? "male"
                    : clause.has("female|woman|women|girl|lady") ? "female" : "another";
            return calls(OpCall.of(Operation.SET_VOICE).with("voice", voice));
        }
        if (clause.has(REMOVE) && clause.has("voice|voiceover|narration|tts|robot")) {
            return calls(OpCall.of(Operation.SET_VOLUME).with("track", "voice").with("volume", 0.0));
        }
        return null;
    }

    private Understanding clipSound() {
        List<Integer> scenes = SceneRefs.find(clause, refs);
        OpCall call = OpCall.of(Operation.MUTE_CLIP_AUDIO);
        if (!scenes.isEmpty() && scenes.get(0) > 0) {
            call = call.with("scene", scenes.get(0));
        } else if (lastScene != null && !before.isEmpty() && (clause.has("\\bit\\b|its|this one|that one|the clip|original|the waves|the sound")
                || before.get(before.size() - 1).op() == Operation.REPLACE_SCENE_MEDIA || before.get(before.size() - 1).op() == Operation.INSERT_SCENE)) {
            call = call.with("scene", lastScene);
        }
        Double fraction = clause.fraction();
        if (fraction != null || clause.has("turn (?:its |the )?(?:sound|audio) down|lower|quieter|softer")) {
            OpCall volume = OpCall.of(Operation.SET_VOLUME).with("track", "clips");
            return calls(fraction != null ? volume.with("volume", fraction) : volume.with("change", "down"));
        }
        return calls(call);
    }

    private Understanding captions() {
        OpCall call = OpCall.of(Operation.SET_CAPTIONS);
        boolean off = clause.has(REMOVE + "|hidden|invisible") && !clause.has("(?:turn|switch|put) (?:the )?(?:captions?|subtitles?|them) (?:back )?on|bring back|back on|add|show|enable");
        if (off && !clause.has("box|outline|background")) {
            return calls(call.with("visible", false));
        }
        if (clause.has("(?:turn|switch|put) (?:the )?(?:captions?|subtitles?|them|it) (?:back )?on|(?:captions?|subtitles?) on|bring (?:back )?(?:the )?(?:captions?|subtitles?)|add (?:the )?(?:captions?|subtitles?)|enable|show (?:the )?(?:captions?|subtitles?)|back on|want (?:captions|subtitles)")) {
            call = call.with("visible", true);
        }
        String style = clause.has("karaoke|word[- ]by[- ]word|highlight(?:ed|ing)? (?:the )?(?:words?|current)|bouncing") ? "karaoke"
                : clause.has("tik ?tok|reels|shorts|bold|big and bold|punchy|viral|hormozi") ? "bold"
                : clause.has("box(?:ed)?|background (?:box|bar|behind)|boxes|banner|backdrop|black bar|behind them|behind the text") ? "boxed"
                : clause.has("clean|simple|minimal|plain|normal|standard|subtle") ? "clean" : null;
        call = call.with("style", style);
        String position = clause.has("top|very top") ? "top" : clause.has("middle|center|centre") ? "center"
                : clause.has("lower third|lower-third") ? "lower-third" : clause.has("bottom") ? "bottom"
                : clause.has("up|higher|raise|above") ? "up" : clause.has("down|lower") ? "down" : null;
        call = call.with("position", position);
        String size = clause.has("bigger|larger|increase|huge|enlarge|too small|tiny|more readable|easier to read|big(?! and bold)") && !clause.has("box") ? "bigger"
                : clause.has("smaller|shrink|too big|too large|decrease|reduce the size|less big|huge") ? "smaller" : null;
        if (clause.has("too big|too large|huge")) {
            size = "smaller";
        }
        call = call.with("size", size);
        List<String> colours = Vocab.colours(clause.text.replaceAll("black bar|black box", "box"));
        Matcher outline = Pattern.compile("([a-z]+|#[0-9a-f]{6}) (?:outline|stroke|border|edge)|(?:outline|stroke|border)(?: in| of)? ([a-z]+|#[0-9a-f]{6})").matcher(clause.text);
        if (outline.find()) {
            String named = Vocab.colour(outline.group(1) != null ? outline.group(1) : outline.group(2));
            call = call.with("outline", named);
            colours = new ArrayList<>(colours);
            colours.remove(named);
        }
        if (!call.has("outline") && clause.has("outlines?|stroke|border")) {
            // An outline without a colour: dark around light text, light around dark.
            call = call.with("outline", !colours.isEmpty() && colours.get(0).equals("#000000") ? "#ffffff" : "#000000");
        }
        if (!colours.isEmpty() && !clause.has("box")) {
            call = call.with("color", colours.get(0));
        } else if (!colours.isEmpty() && style == null) {
            call = call.with("style", "boxed");
        }
        if (call.args().isEmpty()) {
            if (clause.has(REMOVE)) {
                return calls(call.with("visible", false));
            }
            return calls(call.with("visible", true));
        }
        return calls(call);
    }

    private Understanding transition() {
        OpCall call = OpCall.of(Operation.SET_TRANSITION);
        String type = Vocab.transition(clause.text);
        if (clause.has("no transitions?|without transitions?|(?:remove|drop|kill|delete|get rid of|lose|ditch) (?:the |all |any )?(?:transitions?|fades?|cross-?fades?)"
                + "|hard cuts?|straight cuts?|jump cuts?|just cut|no fades?")) {
            type = "none";
        }
        List<Double> seconds = clause.seconds();
        if (type == null && seconds.isEmpty() && clause.has("change|different|other|another|new|don'?t (?:love|like)|not a fan|hate|boring")
                && !clause.has("longer|shorter|slower|faster|quicker|softer|gentler|before|into|between")) {
            return new Understanding.Ask(Question.option(OpCall.of(Operation.SET_TRANSITION)));
        }
        call = call.with("type", type == null ? "fade" : type);
        if (!seconds.isEmpty()) {
            call = call.with("duration_s", seconds.get(0));
        } else if (clause.has("longer|slower|slow|gentler|softer")) {
            call = call.with("duration_s", 1.0);
        } else if (clause.has("shorter|quicker|faster|quick|snappy|snappier|short")) {
            call = call.with("duration_s", 0.3);
        }
        Matcher before = Pattern.compile("(?:before|into|going into|leading into|to) (?:the )?(.*)").matcher(clause.text);
        if (before.find() && !clause.has("between (?:all |the |every )?(?:scenes|shots|clips|slides)")) {
            Clause target = new Clause(before.group(1), clause.source);
            List<Integer> scenes = SceneRefs.find(target, refs);
            if (!scenes.isEmpty() && scenes.get(0) > 0) {
                call = call.with("before_scene", scenes.get(0));
            }
        }
        Matcher between = Pattern.compile("between (?:scenes? )?#?(\\d+) and #?(\\d+)").matcher(clause.text);
        if (between.find()) {
            call = call.with("before_scene", Math.max(Integer.parseInt(between.group(1)), Integer.parseInt(between.group(2))));
        } else if (clause.has("between (?:the )?\\w+")) {
            List<Integer> two = SceneRefs.find(clause, refs);
            if (two.size() == 2 && two.get(0) > 0 && two.get(1) > 0) {
                call = call.with("before_scene", Math.max(two.get(0), two.get(1)));
            }
        }
        return calls(call);
    }

    private Understanding text() {
        List<String> quotes = clause.quotes();
        boolean remove = clause.has("remove|delete|get rid of|take (?:off|out|away)|take .{1,30} (?:off|out|away)|drop|lose|hide|no (?:more )?(?:title|text|key ?phrases?|overlays?|end card)|don't want (?:the )?(?:title|text)|ditch|kill|scrap|without (?:the )?title");
        boolean adding = clause.text.matches("^(?:can you |could you |please |pls |i want to |i'd like to |let'?s )?(?:add|put|insert|write|show|display|place|include|overlay|slap|stick|pop|throw|type)\\b.*")
                || clause.has("add|insert|new (?:title|text|line|overlay)");
        boolean change = !adding && clause.has("change|rename|replace|fix|update|edit|reword|should say|should read|to say|to read|instead|correct|retitle|typo|spell"
                + "|make (?:the |it )?(?:title|text)|move|bigger|smaller|shrink|larger|enlarge|colou?r|font|serif|sans|mono|red|white|yellow|black|blue|green|gold"
                + "|top|bottom|left|right|center|middle|too big|too small|bold|higher|lower|up|down|tiny|hard to read|huge|#[0-9a-f]{6}"
                + "|(?:make|have|let) (?:the |it )?(?:[\\w#]+ )?(?:title|end card|end screen|text|overlay|caption)s? (?:say|read)");
        String target = textTarget();
        if (remove && !clause.has("typo")) {
            if (target == null) {
                return Choices.askText(OpCall.of(Operation.REMOVE_TEXT), refs);
            }
            return calls(OpCall.of(Operation.REMOVE_TEXT).with("target", target));
        }
        boolean placing = adding && quotes.isEmpty() && target != null && position() != null && !clause.has("new|another|an? (?:title|text|line)|add");
        if ((change || placing) && (target != null || quotes.size() >= 1 && !clause.has("add|put|insert|write|show|display"))) {
            OpCall call = OpCall.of(Operation.EDIT_TEXT).with("target", target);
            String newText = newText(quotes);
            call = call.with("text", newText);
            call = call.with("position", position());
            List<String> colours = Vocab.colours(clause.text);
            Matcher hex = Pattern.compile("#[0-9a-f]{6}\\b").matcher(clause.text);
            call = call.with("color", hex.find() ? hex.group() : colours.isEmpty() ? null : colours.get(0));
            call = call.with("size", clause.has("bigger|larger|enlarge|increase|too small|tiny|hard to read|more visible|huge") && !clause.has("too big|is huge|too huge|so huge")
                    ? "bigger" : clause.has("smaller|shrink|too big|too large|reduce|decrease|tone down|is huge|too huge|so huge") ? "smaller" : null);
            call = call.with("font", clause.has("font|typeface|serif|sans|mono") ? Vocab.font(clause.text) : null);
            if (target == null) {
                return Choices.askText(call, refs);
            }
            if (call.args().size() == 1) {
                return new Understanding.Ask(new Question(call, Question.Slot.NEW_TEXT, List.of()));
            }
            return calls(call);
        }
        if (clause.has("add|put|insert|write|show|display|place|include|overlay|give (?:it|me)|needs?|want|throw|slap|stick|pop|title|text|say|says|lower[- ]third")) {
            boolean title = clause.has("titles?|heading|headline") && !clause.has("lower[- ]third");
            OpCall call = OpCall.of(Operation.ADD_TEXT);
            if (!clause.has("lower[- ]third") || title) {
                call = call.with("role", title ? "title" : "overlay");
            }
            String text = quotes.isEmpty() ? unquotedText() : quotes.get(0);
            call = call.with("text", text).with("position", clause.has("lower[- ]third") ? "lower-third" : position());
            call = times(call);
            if (text == null) {
                return new Understanding.Ask(new Question(call, Question.Slot.NEW_TEXT, List.of()));
            }
            return calls(call);
        }
        return null;
    }

    /** A start and end time for new text: "from 10 to 15 seconds", "at 0:10 for 3 seconds", "for the first 3 seconds", "at the end". */
    private OpCall times(OpCall call) {
        List<Double> seconds = clause.seconds();
        boolean forLength = clause.has("for (?:the )?(?:first )?[\\d.]+ seconds?|for [\\d.]+ seconds|lasting|on the first");
        if (clause.has("(?:for|on|during|in|over) the first [\\d.]+ seconds?|first [\\d.]+ seconds?")) {
            return call.with("start_s", 0.0).with("end_s", seconds.get(0));
        }
        if (clause.has("(?:for|in|during|over) the last [\\d.]+ seconds?|last [\\d.]+ seconds?") && refs.draft() != null) {
            double end = refs.draft().contentEndMs() / 1000.0;
            return call.with("start_s", end - seconds.get(0)).with("end_s", end);
        }
        if (seconds.size() >= 2 && !forLength) {
            return call.with("start_s", seconds.get(0)).with("end_s", seconds.get(1));
        }
        if (seconds.size() >= 2) {
            return call.with("start_s", seconds.get(0)).with("end_s", seconds.get(0) + seconds.get(1));
        }
        if (seconds.size() == 1 && clause.has("at|from|starting|start at")) {
            double start = seconds.get(0);
            if (clause.has("until the end|till the end|to the end|through the end|until it ends") && refs.draft() != null) {
                return call.with("start_s", start).with("end_s", refs.draft().contentEndMs() / 1000.0);
            }
            return call.with("start_s", start);
        }
        if (seconds.size() == 1) {
            return call.with("start_s", 0.0).with("end_s", seconds.get(0));
        }
        if (clause.has("at the (?:very )?end|at the close|end of the video|before the end|last scene") && refs.draft() != null) {
            double end = refs.draft().contentEndMs() / 1000.0;
            return call.with("start_s", Math.max(0, end - 3)).with("end_s", end);
        }
        if (clause.has("at the (?:very )?(?:start|beginning)|opening|intro|first scene|to start")) {
            return call.with("start_s", 0.0);
        }
        // The scene a text goes over is named outside its quoted words ("'Fresh bread' over the oven scene").
        List<Integer> scenes = SceneRefs.find(new Clause(clause.text.replaceAll("\u00ab\\d+\u00bb", " "), clause.source), refs);
        if (!scenes.isEmpty() && scenes.get(0) > 0 && scenes.get(0) <= refs.sceneCount()) {
            var scene = refs.scenes().get(scenes.get(0) - 1);
            return call.with("start_s", scene.fromMs() / 1000.0).with("end_s", scene.toMs() / 1000.0);
        }
        return call;
    }

    private String position() {
        return clause.has("top|upper|up top|header") ? "top" : clause.has("lower[- ]third") ? "lower-third"
                : clause.has("bottom|footer|down|lower") ? "bottom" : clause.has("middle|center|centre") ? "center" : null;
    }

    /** Which text a request points at: title, end, caption N, overlay N (a key phrase), or null when it cannot tell. */
    private String textTarget() {
        Matcher caption = Pattern.compile("(?:caption|subtitle|cue) #?(\\d+)|#(\\d+) (?:caption|subtitle)").matcher(clause.text);
        if (caption.find()) {
            return "caption " + (caption.group(1) != null ? caption.group(1) : caption.group(2));
        }
        if (clause.has("end card|end screen|outro|closing card|call to action|cta|last card|final card|end text|ending text|closing text")) {
            return "end";
        }
        Matcher overlay = Pattern.compile("(?:overlay|key ?phrase|text|line) #?(\\d+)|#(\\d+) (?:overlay|key ?phrase|line)").matcher(clause.text);
        if (overlay.find()) {
            return "overlay " + (overlay.group(1) != null ? overlay.group(1) : overlay.group(2));
        }
        if (clause.has("overlays?|key ?phrases?|text|words|line") && !clause.has("titles?")) {
            List<Integer> scenes = SceneRefs.find(new Clause(clause.text.replaceAll("\u00ab\\d+\u00bb", " "), clause.source), refs);
            if (!scenes.isEmpty() && scenes.get(0) > 0) {
                return "overlay " + scenes.get(0);
            }
            if (clause.has("overlays?|key ?phrases?") && clause.has("#1|first")) {
                return "overlay 1";
            }
        }
        if (clause.has("titles?|heading|headline|title card")) {
            return "title";
        }
        List<Texts.Item> all = new ArrayList<>();
        for (TrackRole role : List.of(TrackRole.TITLE, TrackRole.OVERLAY)) {
            all.addAll(refs.texts(role));
        }
        for (Texts.Item item : all) {
            String words = item.text().toLowerCase(java.util.Locale.ROOT).strip();
            if (words.length() >= 3 && clause.source.masked.toLowerCase(java.util.Locale.ROOT).contains(words)) {
                return "\u00ab" + item.text();
            }
        }
        if (all.size() == 1) {
            return Texts.titles(refs.draft()).isEmpty() ? "overlay 1" : "title";
        }
        for (String quote : clause.quotes()) {
            for (Texts.Item item : all) {
                if (item.text().equalsIgnoreCase(quote)) {
                    return "\u00ab" + quote;
                }
            }
        }
        return null;
    }

    /** The new words of "change the title to X" when they are not quoted: what follows "to", "say", "read" in the message as typed. */
    private String newText(List<String> quotes) {
        if (!quotes.isEmpty()) {
            return quotes.get(quotes.size() - 1);
        }
        Matcher m = Pattern.compile("(?i)\\b(?:to say|to read|should say|should read|say|says|reads?|to|into|with)\\s*:?\\s+(.+)$").matcher(clause.source.raw);
        if (m.find() && clause.has("change|rename|replace|retitle|update|edit") && !m.group(1).matches("(?i)(?:the )?(?:top|bottom|middle|center|left|right|serif|sans|mono|red|white|yellow|black|blue|green)\\b.*")) {
            String text = m.group(1).replaceAll("[.!?]+$", "").strip();
            return text.isEmpty() || Generation.words(text) > 12 ? null : text;
        }
        return null;
    }

    /** The words of an "add text" request given without quotes: "add a title that says Summer Sale". */
    private String unquotedText() {
        Matcher m = Pattern.compile("(?i)\\b(?:that says|saying|which says|reading|with the (?:words|text)|that reads|says)\\s+(.+?)(?:\\s+(?:(?:at|from|for|on|in|between|during|over|when|while)\\s+(?:the\\s+)?(?:top|bottom|middle|center|start|end|beginning|\\d|\\w+ (?:scene|shot|photo|part))|during|over the|when|while).*)?$").matcher(clause.source.raw);
        if (m.find()) {
            return m.group(1).replaceAll("[.!?]+$", "").strip();
        }
        return null;
    }

    /** Trimming and the whole length. */
    private Understanding time() {
        List<Double> seconds = clause.seconds();
        Matcher endsAt = Pattern.compile("(?:everything|all|anything) after (?:the )?([\\d.]+) seconds?|ends? (?:it )?at ([\\d.]+) seconds?|(?:stop|finish|end)(?:s|es)? (?:it |the video )?(?:at|after|by) ([\\d.]+) seconds?|(?:stop|finish|end)(?:s|es)? (?:it |the video )?(?:at|after|by) (\\d{1,2}:\\d{2})"
                + "|(?:everything|all|anything) after ([\\d]{1,2}:\\d{2})").matcher(clause.text);
        if (endsAt.find() && refs.draft() != null) {
            String at = endsAt.group(1) != null ? endsAt.group(1) : endsAt.group(2) != null ? endsAt.group(2) : endsAt.group(3);
            double end = at != null && !at.contains(":") ? Double.parseDouble(at) : seconds.get(seconds.size() - 1);
            double length = refs.draft().contentEndMs() / 1000.0;
            if (end < length) {
                return calls(OpCall.of(Operation.TRIM).with("end_s", Math.round((length - end) * 1000) / 1000.0));
            }
        }
        Matcher startsAt = Pattern.compile("(?:everything|all|anything) before (?:the )?([\\d.]+) seconds?|starts? (?:it )?at ([\\d.]+) seconds?").matcher(clause.text);
        if (startsAt.find()) {
            String at = startsAt.group(1) != null ? startsAt.group(1) : startsAt.group(2);
            return calls(OpCall.of(Operation.TRIM).with("start_s", Double.parseDouble(at)));
        }
        boolean sceneNamed = clause.has(SceneRefs.NOUN + "|intro|title card|end card") && !clause.has("(?:whole|entire|full) video|the video|overall|in total|total");
        if (clause.has("trim|chop|shave|lose|cut(?: off)?|drop|remove|take|get rid of|skip") && clause.has("first|#1|start|beginning|opening|last|end|ending|final|off the|from the")
                && (!sceneNamed || !seconds.isEmpty() && !clause.has(SceneRefs.NOUN)) && !clause.has("to \\d+(?:\\.\\d+)? seconds")) {
            OpCall call = OpCall.of(Operation.TRIM);
            int startAt = clause.indexOf("#1|start|beginning|opening|front");
            int endAt = clause.indexOf("last|end|ending|final|back");
            if (seconds.size() == 1 && startAt >= 0 && endAt >= 0 && clause.has("both|each")) {
                return calls(call.with("start_s", seconds.get(0)).with("end_s", seconds.get(0)));
            }
            if (seconds.size() >= 2 && startAt >= 0 && endAt >= 0) {
                boolean startFirst = startAt < endAt;
                return calls(call.with("start_s", seconds.get(startFirst ? 0 : 1)).with("end_s", seconds.get(startFirst ? 1 : 0)));
            }
            Double amount = seconds.isEmpty() ? null : seconds.get(0);
            boolean start = clause.has("first|#1|start|beginning|opening|intro") && !clause.has("from the end|off the end|last|ending|final");
            if (amount == null && clause.has(SceneRefs.NOUN + "|card")) {
                return null;
            }
            return calls(call.with(start ? "start_s" : "end_s", amount));
        }
        boolean relative = clause.has("longer|shorter|more|less|extra") && !clause.has("to \\d+(?:\\.\\d+)? seconds|down to|\\d+(?:\\.\\d+)? seconds? long");
        if (relative && lastScene != null && clause.has("\\bit\\b|that|this")) {
            return null;
        }
        if (!seconds.isEmpty() && !sceneNamed && !relative && clause.has("make (?:it|this|the (?:whole |entire )?(?:video|thing|clip|edit|film|piece|reel))|the whole thing|whole video|down to|to \\d|\\d+(?:\\.\\d+)? seconds? (?:long|version|cut|edit|video|max|total|overall)|long|length|duration|under|within|max|maximum|bumper|fit|squeeze|limit|keep it|shorten|lengthen|extend|total|overall|cut (?:it|this)|need it")) {
            double target = seconds.get(seconds.size() - 1);
            if (clause.has("under|within|less than|max|maximum|no more than|at most")) {
                target = Math.floor(target);
            }
            return calls(OpCall.of(Operation.SET_DURATION).with("duration_s", target));
        }
        return null;
    }

    private static final String PICTURE_NOUN = "pictures?|images?|drawings?|icons?|illustrations?|emojis?|graphics?";
    private static final String SCENE_REF = "(?:the )?(?:scene #?\\d+|#\\d+ (?:" + SceneRefs.NOUN + ")|(?:last|this|that|next) (?:" + SceneRefs.NOUN + "))";
    private static final java.util.regex.Pattern[] PICTURE_WISHES = {
            java.util.regex.Pattern.compile("(?:change|switch|turn|make) (?:the |its )?(?:" + PICTURE_NOUN + ")(?: (?:in|of|for|on) " + SCENE_REF
                    + ")? (?:to|into) (.+)$"),
            java.util.regex.Pattern.compile("(?:replace|swap) (?:the |its )?(?:" + PICTURE_NOUN + ")(?: (?:in|of|for|on) " + SCENE_REF
                    + ")? (?:with|for) (.+)$"),
            java.util.regex.Pattern.compile("(?:use|show|put|add|display|want|give it|draw|let'?s have|i'?d like) (.+?) (?:in|on|for|into|to) "
                    + SCENE_REF + "(?:\\W|$)"),
            java.util.regex.Pattern.compile(SCENE_REF + " (?:should show|shows?|with|gets?|needs?) (.+)$")};

    /**
     * "use a bicycle in scene 3", "change the picture in scene 2 to a dog", "no picture in scene 4":
     * one of the built-in pictures in a scene, when the words name a thing one of them shows.
     */
    private Understanding builtInPicture() {
        java.util.regex.Matcher named = java.util.regex.Pattern.compile(SCENE_REF).matcher(clause.text);
        if (!named.find() || clause.has("photos?|clips?|videos?|footage|upload(?:ed)?|my (?:own )?")) {
            return null;
        }
        // The scene the words number, not one the thing's name happens to be said in.
        List<Integer> scenes = SceneRefs.find(new Clause(named.group(), clause.source), refs);
        if (scenes.isEmpty() || scenes.get(0) <= 0) {
            return null;
        }
        OpCall call = OpCall.of(Operation.SET_SCENE_PICTURE).with("scene", scenes.get(0));
        if (clause.has("(?:no|remove|delete|drop|without|take (?:away|out|off)|get rid of|hide) (?:the |its |any )?(?:built-in )?(?:" + PICTURE_NOUN + ")")) {
            return calls(call.with("picture", "none"));
        }
        for (java.util.regex.Pattern wish : PICTURE_WISHES) {
            java.util.regex.Matcher m = wish.matcher(clause.text);
            if (m.find()) {
                String thing = m.group(1).replaceAll("(?:,|\\.|!|please|instead|thanks?(?: you)?)+\\W*$", "").strip()
                        .replaceAll("^(?:(?:a|an|the|some|one) )?(?:(?:" + PICTURE_NOUN + ") of )?(?:(?:a|an|the|some) )?", "")
                        .replaceAll(" (?:" + PICTURE_NOUN + ")$", "").strip();
                if (!thing.isEmpty() && dev.reelwright.director.make.BuiltInPictures.find(thing).isPresent()) {
                    return calls(call.with("picture", thing));
                }
            }
        }
        return null;
    }

    /** Scene edits: delete, move, swap, length, split, replace and insert media. */
    private Understanding scenes() {
        List<Upload> pictures = refs.uploadsNamed(clause.text).stream().filter(Upload::isPicture).filter(u -> !refs.inDraft(u)).toList();
        if (pictures.isEmpty() && clause.has("my (?:own )?(?:photo|picture|image|pic|clip|video|footage|shot|upload)|the (?:photo|picture|image|clip|video|footage) i (?:uploaded|took|shot|sent|added)|uploaded (?:photo|picture|image|clip|video)")) {
            boolean clip = clause.has("clip|video|footage");
            boolean any = clause.has("my upload");
            List<Upload> all = any ? refs.uploadsOf(Upload.Kind.PHOTO, Upload.Kind.CLIP) : refs.uploadsOf(clip ? Upload.Kind.CLIP : Upload.Kind.PHOTO);
            List<Upload> fresh = all.stream().filter(u -> !refs.inDraft(u)).toList();
            List<Upload> kind = any && !fresh.isEmpty() ? fresh : all;
            if (kind.size() == 1) {
                pictures = kind;
            } else if (kind.size() > 1) {
                return Choices.askMedia(sceneMedia(OpCall.of(Operation.REPLACE_SCENE_MEDIA), List.of()), kind);
            }
        }
        List<Integer> scenes = SceneRefs.find(clause, refs);
        boolean pronoun = clause.has("\\bit\\b|that (?:one|scene)|this (?:one|scene)|the next one|the previous one");
        // "use it in scene 2" just after an upload: "it" is the photo or clip not yet in the video.
        boolean itJustUploaded = clause.has("(?:use|put|show|place|drop|try) (?:it|this|that)(?: one)? (?:in|for|as|on|into)")
                && !refs.uploadsOf(Upload.Kind.PHOTO, Upload.Kind.CLIP).stream().filter(u -> !refs.inDraft(u)).toList().isEmpty();
        if (pictures.isEmpty() && (itJustUploaded || clause.has("replace|swap|use|put|show") && clause.has("new (?:one|photo|picture|image|clip|video|shot)|the upload(?:ed)? (?:one|file)|what i (?:just )?uploaded"))) {
            List<Upload> fresh = refs.uploadsOf(Upload.Kind.PHOTO, Upload.Kind.CLIP).stream().filter(u -> !refs.inDraft(u)).toList();
            if (fresh.size() == 1) {
                pictures = fresh;
            } else {
                OpCall pending = sceneMedia(OpCall.of(Operation.REPLACE_SCENE_MEDIA), scenes);
                return Choices.askMedia(pending, fresh);
            }
        }
        if (!pictures.isEmpty()) {
            return media(pictures.get(0), scenes);
        }
        if (clause.has("swap|switch|exchange|flip|trade|reverse|interchange|other way round|other way around|the wrong way round") && !clause.has("swap (?:it )?in\\b")) {
            if (scenes.size() >= 2 && scenes.get(0) > 0 && scenes.get(1) > 0) {
                return calls(OpCall.of(Operation.SWAP_SCENES).with("a", scenes.get(0)).with("b", scenes.get(1)));
            }
            if (pronoun && clause.has("next") && lastScene != null) {
                return calls(OpCall.of(Operation.SWAP_SCENES).with("a", lastScene).with("b", lastScene + 1));
            }
            return Choices.askScene(OpCall.of(Operation.SWAP_SCENES), refs, false);
        }
        if (clause.has("split|divide|halve|in half|into (?:two|2)|in (?:two|2)|into 2 parts|into two parts|break (?:it|up)")) {
            return withScene(OpCall.of(Operation.SPLIT_SCENE), scenes, pronoun);
        }
        if (clause.has("isn'?t needed|not needed|unnecessary|don'?t need|do not need|is pointless|cut it|get rid of it|remove it|delete it")
                && !clause.has("music|voice|captions?|title|text|transition")) {
            return withScene(OpCall.of(Operation.DELETE_SCENE), scenes, true);
        }
        if (clause.has("move|put|place|bring|shift|relocate|push|come first|go first|go last|come last|should (?:come|go|be)|open with|start with|end with|close with|reorder")
                || clause.has("make (?:scene #?\\d+|the #\\d+ (?:" + SceneRefs.NOUN + ")|the \\w+ (?:" + SceneRefs.NOUN + ")) the #\\d+")) {
            Integer to = moveTarget(scenes);
            String untargeted = clause.text.replaceAll("(?:so (?:that )?it'?s|to be|to position|to place|into place|to slot|to spot|make it|it'?s|be) #?\\d+(?:\\w+)?(?: (?:" + SceneRefs.NOUN + "))?", " ")
                    .replaceAll("(?<![\\w#])(?:#1|first|last)(?: one| scene| place| spot| position)?\\W*$", " ");
            List<Integer> moving = untargeted.equals(clause.text) ? scenes : SceneRefs.find(new Clause(untargeted, clause.source), refs);
            if (to != null && moving.size() >= 2 && clause.has("make (?:scene #?\\d+|the #\\d+ (?:" + SceneRefs.NOUN + ")|the \\w+ (?:" + SceneRefs.NOUN + ")) the #\\d+")) {
                moving = List.of(moving.get(0));
            }
            if (clause.has("start with|open with|end with|close with") && !scenes.isEmpty()) {
                moving = List.of(scenes.get(0));
            }
            if (moving.isEmpty() && pronoun && lastScene != null) {
                moving = List.of(lastScene);
            }
            if (to != null && !moving.isEmpty() && moving.get(0) > 0) {
                return calls(OpCall.of(Operation.MOVE_SCENE).with("scene", moving.get(0)).with("to", to));
            }
            if (to != null || clause.has("move")) {
                OpCall pending = OpCall.of(Operation.MOVE_SCENE).with("to", to);
                if (moving.isEmpty() || moving.get(0) < 0) {
                    return Choices.askScene(pending, refs, false);
                }
                pending = pending.with("scene", moving.get(0));
                if (to == null) {
                    List<Question.Choice> places = new ArrayList<>();
                    refs.scenes().forEach(s -> places.add(new Question.Choice("place " + s.number() + " (now " + s.label() + ")", s.number())));
                    return new Understanding.Ask(new Question(pending, Question.Slot.PLACE, places));
                }
                return calls(pending);
            }
        }
        List<Double> spoken = clause.seconds();
        if (spoken.size() >= 2 && spoken.size() == scenes.size() && scenes.stream().allMatch(n -> n > 0) && !clause.has("longer|shorter|more|less|extra|off|by")) {
            List<OpCall> each = new ArrayList<>();
            for (int i = 0; i < scenes.size(); i++) {
                each.add(OpCall.of(Operation.SET_SCENE_LENGTH).with("scene", scenes.get(i)).with("length_s", spoken.get(i)));
            }
            return new Understanding.Calls(each);
        }
        if (!spoken.isEmpty() && !scenes.isEmpty() && scenes.get(0) > 0 && clause.has("make|should be|be|last|lasts|set|to|only")
                && !clause.has("longer|shorter|more|less|extra|off|by|delete|remove|cut|drop|lose|get rid of|from [\\d.]+")) {
            return calls(OpCall.of(Operation.SET_SCENE_LENGTH).with("scene", scenes.get(0)).with("length_s", spoken.get(0)));
        }
        boolean longer = clause.has("longer|lengthen|extend|hold|more time|linger|stay (?:on|longer)|too short|slow(?:er)? down|give .* (?:an )?extra|extra|add (?:[\\d.]+ )?seconds? to"
                + "|[\\d.]+ more seconds?|another [\\d.]+ seconds?|give (?:it|them|this|that) [\\d.]+ seconds?");
        boolean shorter = clause.has("shorter|shorten|less time|too long|drags?|quicker|speed up|trim|tighten|take .* off|cut .* (?:seconds?|short)|reduce|shave|knock .* off|[\\d.]+ (?:seconds? )?less");
        if (longer || shorter) {
            OpCall call = OpCall.of(Operation.SET_SCENE_LENGTH);
            List<Double> seconds = clause.seconds();
            if (!seconds.isEmpty()) {
                if (clause.has("to [\\d.]+ seconds|[\\d.]+ seconds? long|be [\\d.]+ seconds|last [\\d.]+ seconds|for [\\d.]+ seconds")
                        && !clause.has("more|extra|another|additional|by|longer|shorter")) {
                    call = call.with("length_s", seconds.get(0));
                } else {
                    call = call.with("change_s", shorter && !longer ? -seconds.get(0) : seconds.get(0));
                }
            }
            if (seconds.isEmpty()) {
                call = call.with("change", shorter && !longer ? "shorter" : "longer");
            }
            return withScene(call, scenes, pronoun);
        }
        if (clause.has("delete|remove|cut|drop|get rid of|lose|skip|take out|take (?:it|that|this|them) out|kill|ditch|axe|don't need|do not need|scrap|without|no more|eliminate|omit|leave out|trash|nix"
                + "|(?:has|needs|got) to go|must go|can go\\W*$|should go\\W*$|is useless|is not needed")) {
            if (clause.has("end card|end screen|title card") && scenes.isEmpty()) {
                return calls(OpCall.of(Operation.REMOVE_TEXT).with("target", clause.has("title card") ? "title" : "end"));
            }
            if (scenes.size() >= 2 && scenes.stream().allMatch(n -> n > 0) && clause.has("and|&|plus|as well as|both") ) {
                // Highest first, so each number still names the scene the user meant when it is cut.
                return new Understanding.Calls(scenes.stream().distinct().sorted(java.util.Comparator.reverseOrder())
                        .map(n -> OpCall.of(Operation.DELETE_SCENE).with("scene", n)).toList());
            }
            return withScene(OpCall.of(Operation.DELETE_SCENE), scenes, pronoun);
        }
        return null;
    }

    /** Where a moved scene goes: "to the start" 1, "to the end" last, "after scene 3", "before scene 2", "to position 2". */
    private Integer moveTarget(List<Integer> scenes) {
        int count = refs.sceneCount();
        if (clause.has("(?:to|at) (?:the )?(?:very )?(?:start|beginning|front|top|first)|come first|go first|first place|to #1|open with|start with|be first|to position 1\\b")
                || clause.text.matches(".*(?:first|#1)(?: one| scene| place| spot| position)?\\W*$")) {
            return 1;
        }
        if (clause.has("(?:to|at) the (?:very )?(?:end|back|bottom)|go last|come last|last place|end with|close with|be last|at the end") || clause.text.matches(".*\\blast(?: one| scene| place| spot| position)?\\W*$")) {
            return count;
        }
        Matcher position = Pattern.compile("(?:position|place|spot|slot|to) #?(\\d+)|(?:in|to|into) #(\\d+) (?:place|position|spot|slot)|(?:the|be|so it'?s|so that it'?s|it'?s) #(\\d+)(?: (?:" + SceneRefs.NOUN + "))?$|(?:so it'?s|it'?s|be) #(\\d+)").matcher(clause.text);
        Integer moving = scenes.isEmpty() ? null : scenes.get(0);
        if (clause.has("after|behind|following") && scenes.size() >= 2 && moving != null && moving > 0 && scenes.get(1) > 0) {
            int anchor = scenes.get(1);
            return moving < anchor ? anchor : anchor + 1;
        }
        if (clause.has("before|ahead of|in front of|precede") && scenes.size() >= 2 && moving != null && moving > 0 && scenes.get(1) > 0) {
            int anchor = scenes.get(1);
            return moving < anchor ? anchor - 1 : anchor;
        }
        if (position.find()) {
            String n = position.group(1) != null ? position.group(1) : position.group(2) != null ? position.group(2)
                    : position.group(3) != null ? position.group(3) : position.group(4);
            return Integer.parseInt(n);
        }
        return null;
    }

    /** A picture named with a scene: into it ("use X for scene 2"), or in as a new scene ("add X after the intro"). */
    private Understanding media(Upload upload, List<Integer> scenes) {
        boolean insert = clause.has("insert|add|include|between|after|before|at the (?:very )?end|at the (?:very )?start|at the (?:very )?beginning|append|new scene|extra scene|also|stick|slot|squeeze|open with|start with|end with|close with")
                && !clause.has("instead|replace|swap|for scene|for the|in place of|as scene|as the");
        if (insert) {
            OpCall call = OpCall.of(Operation.INSERT_SCENE).with("media", upload.name());
            int count = refs.sceneCount();
            Integer after = null;
            if (clause.has("after (?:the )?(?:intro|title|opening card|title card)|right after the title|at the (?:very )?(?:start|beginning|front)|first|open with|start with")) {
                after = 0;
            } else if (clause.has("at the (?:very )?end|last|append|end of|end with|close with") && !clause.has("before the (?:last|end)")) {
                after = count;
            } else if (clause.has("between") && scenes.size() >= 2) {
                after = Math.min(scenes.get(0), scenes.get(1));
            } else if (clause.has("before") && !scenes.isEmpty() && scenes.get(0) > 0) {
                after = scenes.get(0) - 1;
            } else if (!scenes.isEmpty() && scenes.get(0) > 0) {
                after = scenes.get(0);
            }
            if (after == null) {
                return Choices.askScene(call, refs, true);
            }
            return Choices.withMute(calls(call.with("after", after)), muteAsked());
        }
        OpCall call = OpCall.of(Operation.REPLACE_SCENE_MEDIA).with("media", upload.name());
        return Choices.withMute(withScene(call, scenes, clause.has("\\bit\\b|that one|this one")), muteAsked());
    }

    private boolean muteAsked() {
        return clause.has("mute|without (?:its |the |any )?(?:original )?(?:sound|audio)"
                + "|no (?:original )?(?:sound|audio)|kill (?:its|the) (?:original )?(?:sound|audio)|turn off (?:its|the) (?:sound|audio)|silent|muted");
    }

    private OpCall sceneMedia(OpCall call, List<Integer> scenes) {
        return scenes.isEmpty() || scenes.get(0) <= 0 ? call : call.with("scene", scenes.get(0));
    }

    /** The call with its scene, or a question asking which; "it" is the scene the last request was about. */
    private Understanding withScene(OpCall call, List<Integer> scenes, boolean pronoun) {
        if (!scenes.isEmpty() && scenes.get(0) > 0) {
            return calls(call.with("scene", scenes.get(0)));
        }
        if (lastScene != null && (pronoun && !before.isEmpty() || sceneJustNamed)) {
            return calls(call.with("scene", lastScene));
        }
        if (refs.sceneCount() == 1) {
            return calls(call.with("scene", 1));
        }
        return Choices.askScene(call, refs, false);
    }

    private static Understanding calls(OpCall call) {
        return new Understanding.Calls(List.of(call));
    }
}
