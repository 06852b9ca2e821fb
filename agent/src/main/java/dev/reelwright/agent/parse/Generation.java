package dev.reelwright.agent.parse;

import dev.reelwright.agent.OpCall;
import dev.reelwright.agent.Question;
import dev.reelwright.agent.Understanding;
import dev.reelwright.agent.Upload;
import dev.reelwright.draft.edit.Operation;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests to make a video (or a video prompt) rather than edit one: "turn my script into a
 * vertical video: ...", "make a 30-second promo from these photos", "写一个产品展示视频提示词".
 * The script is what follows the request's colon, or a long message on its own.
 */
final class Generation {
    /** A request before a colon that ends asking for a video from what follows. */
    private static final Pattern ASKS_FOR_VIDEO = Pattern.compile(
            "(?:make|turn|create|generate|produce|render)\\b.*\\b(?:video|clip|reel|short|tiktok|story|explainer)s?\\b"
            + "(?:.{0,80}\\b(?:from|of|with|using) (?:this|my|the|these|following|the following) ?(?:script|lines|text|words|story))?\\s*$", Pattern.CASE_INSENSITIVE);

    private static final Pattern MAKE = Pattern.compile("(?<![a-z])(?:turn|make|create|generate|produce|build|convert|put together|cut .{0,30}together|stitch|compile|combine|"
            + "edit together|assemble|do|give me|i want|i need|i'd like|start over with|redo|new)(?![a-z])");
    private static final Pattern VIDEO = Pattern.compile("(?<![a-z])(?:(?:a|an|new|another|one|my|short|quick|\\d+ ?(?:seconds?|minutes?)|"
            + "vertical|square|youtube|tiktok|instagram|corporate|promo(?:tional)?|product|highlight|explainer|little|whole)[ -]+)+"
            + "(?:[a-z]+[ -]+)?(?:video|reel|short|tiktok|clip|promo|ad|advert|commercial|trailer|montage|slideshow|slide show|"
            + "story|explainer|teaser|highlight reel|movie|film|recap|spot)s?(?![a-z])|(?:into|as) (?:a |an )?(?:[a-z0-9-]+ ){0,4}"
            + "(?:video|reel|short|tiktok|promo|ad|slideshow|montage|movie|film|clip)(?![a-z])");
    private static final Pattern FROM_MEDIA = Pattern.compile("(?<![a-z])(?:photos?|pictures?|pics|images?|clips|footage|shots|these|them|"
            + "uploads?|uploaded|media|my files|recording|audio|voiceover|product description|description|product sheet)(?![a-z])");
    private static final Pattern PROMPT = Pattern.compile("(?<![a-z])prompts?(?![a-z])|提示词|提示語|prompt");

    private Generation() {
    }

    /** A message as its request and the script that came with it (after a colon, or a long message on its own), or null. */
    record Parts(String request, String script) {
    }

    static Parts separate(EnglishText text) {
        String raw = text.raw;
        for (int i = 0; i < text.quotes.size(); i++) {
            // A script in quotes: "make a video from this script: '...' 20 seconds, square".
            if (words(text.quotes.get(i)) >= 8) {
                return new Parts(EnglishText.normalise(text.masked.replace("\u00ab" + i + "\u00bb", " ")), text.quotes.get(i));
            }
        }
        Matcher colon = Pattern.compile("(?s)^(.{0,240}?):\\s*(.+)$").matcher(text.masked);
        // A short script counts when what comes before the colon asks for a video: "turn my script into a video: Rain. Tea is ready."
        if (colon.find() && (words(colon.group(2)) >= 8 || words(colon.group(2)) >= 3 && ASKS_FOR_VIDEO.matcher(colon.group(1)).find())
                && !colon.group(1).matches("(?s).*\\d$")) {
            // The script as it was written, with its lines: a pasted "# Title" line must stay a line of its own.
            Matcher asWritten = Pattern.compile("(?s)^([^:\"'\u201c\u2018]{0,240}?):\\s*(.+)$").matcher(raw);
            String script = asWritten.find() ? asWritten.group(2).strip() : text.unmask(colon.group(2));
            return new Parts(EnglishText.normalise(colon.group(1)), script);
        }
        if (words(raw) >= 30 && raw.split("[.!?]\\s").length >= 3 && !text.text.matches("(?s)^(?:please |could you |can you )?(?:make|change|add|set|remove|delete|move|swap|use|put|turn|replace).*")) {
            return new Parts("", raw);
        }
        return new Parts(text.text, null);
    }

    /** A request to make a video or a prompt, from the message's first request; null when it is not one. */
    static Understanding english(String request, Parts parts, EnglishText text, Refs refs) {
        String script = parts.script();
        String all = text.text;
        String wishes = parts.request();
        boolean prompt = PROMPT.matcher(request).find();
        if (prompt && (MAKE.matcher(request).find() || request.matches(".*(?:write|draft|need|want|help|give|create|generate|make).*|^(?:a )?(?:video )?prompts? for .*"))) {
            OpCall call = OpCall.of(Operation.WRITE_VIDEO_PROMPT).with("idea", script != null ? script : text.raw);
            return new Understanding.Calls(List.of(withSizes(call, new Clause(all.substring(0, Math.min(all.length(), 2_000)), text))));
        }
        boolean noDraft = refs.draft() == null;
        List<Upload> pictures = refs.uploadsOf(Upload.Kind.PHOTO, Upload.Kind.CLIP);
        List<Upload> documents = refs.uploadsOf(Upload.Kind.DOCUMENT);
        boolean make = MAKE.matcher(request).find() && VIDEO.matcher(request).find();
        boolean fresh = Pattern.compile("(?<![a-z])(?:new|another|fresh|from scratch|start over|start again|turn (?:my|this|the) (?:script|text|document)"
                + "|from (?:my|this|the|these) (?:script|photos|pictures|images|clips|videos|uploads|document|description|text)|into a (?:new )?video"
                + "|from (?:the )?(?:attached|uploaded)|together|compile|stitch|combine)(?![a-z])").matcher(request).find();
        boolean fromUploads = noDraft && !pictures.isEmpty() && (FROM_MEDIA.matcher(wishes).find() || VIDEO.matcher(wishes).find()
                || MAKE.matcher(wishes).find() || wishes.contains("video"));
        if (!noDraft && script != null && !(make || fresh)) {
            return null; // "add the text 'Fresh bread every morning ...'": words for the draft, not a new script
        }
        boolean attached = noDraft && !documents.isEmpty() && Pattern.compile("(?<![a-z])(?:script|attached|attachment|document|doc|docx|pdf|file)(?![a-z])").matcher(wishes).find();
        if (script == null && !(make && (noDraft || fresh)) && !fromUploads && !(noDraft && !documents.isEmpty() && make) && !attached) {
            if (noDraft && MAKE.matcher(request).find() && (VIDEO.matcher(request).find() || request.contains("video"))) {
                OpCall pending = withSizes(OpCall.of(Operation.GENERATE_VIDEO_FROM_SCRIPT), new Clause(request, text));
                return new Understanding.Ask(new Question(pending, Question.Slot.SCRIPT, List.of()));
            }
            return null;
        }
        Clause clause = new Clause(wishes, text);
        boolean mentionsMedia = FROM_MEDIA.matcher(all).find();
        boolean mentionsScript = clause.has("script|document|doc|docx|pdf|file|attached|draft");
        Operation op;
        Clause sizes = clause;
        if (!pictures.isEmpty() && (mentionsMedia || script == null && !mentionsScript)) {
            op = Operation.GENERATE_VIDEO_FROM_MEDIA;
            sizes = new Clause(all, text);
        } else if (script != null || !documents.isEmpty()) {
            op = Operation.GENERATE_VIDEO_FROM_SCRIPT;
        } else {
            OpCall pending = withSizes(OpCall.of(Operation.GENERATE_VIDEO_FROM_SCRIPT), clause);
            return new Understanding.Ask(new Question(pending, Question.Slot.SCRIPT, List.of()));
        }
        OpCall call = withSizes(OpCall.of(op), sizes);
        String mood = Vocab.mood(wishes);
        boolean strongMood = mood != null && clause.has("dramatic|epic|cinematic|corporate|calm|relaxing|upbeat|energetic|lo-?fi|lofi|chill|peaceful");
        if (mood != null && (clause.has("music|bgm|soundtrack|beat|track|tune|mood|vibe|feel") || strongMood)) {
            call = call.with("mood", mood);
        } else if (clause.has("corporate|business|professional|investors")) {
            call = call.with("mood", "corporate");
        }
        if (clause.has("no music|without music|no bgm|without any music")) {
            call = call.with("mood", "none");
        }
        String captions = clause.has("no captions|without captions|no subtitles|without subtitles") ? "none"
                : clause.has("karaoke") ? "karaoke" : clause.has("bold captions|tiktok-?style captions|big captions") ? "bold"
                : clause.has("boxed") ? "boxed" : null;
        call = call.with("style", captions);
        if (script != null) {
            call = call.with("script", script);
        } else if (!documents.isEmpty()) {
            call = call.with("document", documents.get(documents.size() - 1).name());
        }
        List<Upload> audio = refs.uploadsOf(Upload.Kind.AUDIO);
        if (op == Operation.GENERATE_VIDEO_FROM_MEDIA && !audio.isEmpty() && clause.has("music|soundtrack|bgm|song|as the background")) {
            List<Upload> named = refs.uploadsNamed(all).stream().filter(u -> u.kind() == Upload.Kind.AUDIO).toList();
            call = call.with("music_media", (named.isEmpty() ? audio.get(audio.size() - 1) : named.get(0)).name());
        }
        return new Understanding.Calls(List.of(call));
    }

    /** The aspect and length said with a request to make something. */
    static OpCall withSizes(OpCall call, Clause clause) {
        String aspect = Vocab.aspect(clause.text);
        if (aspect != null && call.op().arg("aspect").isPresent()) {
            call = call.with("aspect", aspect);
        }
        List<Double> seconds = clause.seconds();
        if (!seconds.isEmpty()) {
            call = call.with("duration_s", seconds.get(0));
        } else if (clause.has("one minute|1 minute|one-minute|1-minute")) {
            call = call.with("duration_s", 60.0);
        }
        return call;
    }

    static int words(String text) {
        return ChineseText.words(text);
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
