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
    private static final Pattern MAKE = Pattern.compile("(?<![a-z])(?:turn|make|create|generate|produce|build|convert|put together|cut together|"
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

    /** What was asked: the operation, its arguments, the script when one came with it. */
    record Request(Understanding understanding) {
    }

    static Request english(EnglishText text, Refs refs) {
        String raw = text.raw;
        String request = text.text;
        String script = null;
        Matcher colon = Pattern.compile("(?s)^(.{0,240}?):\\s*(.+)$").matcher(raw);
        if (colon.find() && words(colon.group(2)) >= 8 && !colon.group(1).matches("(?s).*\\d$")) {
            script = colon.group(2).strip();
            request = EnglishText.normalise(colon.group(1));
        } else if (words(raw) >= 30 && raw.split("[.!?]\\s").length >= 3 && !request.matches("(?s)^(?:please )?(?:make|change|add|set|remove|delete|move|swap|use|put).*")) {
            script = raw;
            request = "";
        }
        boolean prompt = PROMPT.matcher(request).find();
        boolean make = MAKE.matcher(request).find() && VIDEO.matcher(request).find();
        if (prompt && (MAKE.matcher(request).find() || request.matches(".*(?:write|draft|need|want|help|give).*"))) {
            OpCall call = OpCall.of(Operation.WRITE_VIDEO_PROMPT).with("idea", script != null ? script : raw);
            return new Request(new Understanding.Calls(List.of(withSizes(call, new Clause(request, text)))));
        }
        if (script == null && !make) {
            return null;
        }
        Clause clause = new Clause(request, text);
        List<Upload> pictures = refs.uploadsOf(Upload.Kind.PHOTO, Upload.Kind.CLIP);
        List<Upload> documents = refs.uploadsOf(Upload.Kind.DOCUMENT);
        boolean mentionsMedia = FROM_MEDIA.matcher(request).find();
        boolean mentionsScript = clause.has("script|document|doc|docx|pdf|file|text|attached|draft");
        Operation op;
        if (!pictures.isEmpty() && (mentionsMedia || script == null && !mentionsScript)) {
            op = Operation.GENERATE_VIDEO_FROM_MEDIA;
        } else if (script != null || !documents.isEmpty() && (mentionsScript || !mentionsMedia)) {
            op = Operation.GENERATE_VIDEO_FROM_SCRIPT;
        } else {
            OpCall pending = withSizes(OpCall.of(Operation.GENERATE_VIDEO_FROM_SCRIPT), clause);
            return new Request(new Understanding.Ask(new Question(pending, Question.Slot.SCRIPT, List.of())));
        }
        OpCall call = withSizes(OpCall.of(op), clause);
        String mood = Vocab.mood(request);
        if (mood != null && clause.has("music|bgm|soundtrack|beat|track|tune")) {
            call = call.with("mood", mood);
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
        }
        return new Request(new Understanding.Calls(List.of(call)));
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
        } else if (clause.has("one minute|1 minute")) {
            call = call.with("duration_s", 60.0);
        }
        return call;
    }

    static int words(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return 0;
        }
        long han = t.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return (int) Math.max(t.split("\\s+").length, han / 2);
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
