package dev.reelwright.agent.parse;

import dev.reelwright.agent.OpCall;
import dev.reelwright.agent.Understanding;
import dev.reelwright.draft.edit.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English messages to operations. A message is split into its requests ("make it vertical and
 * add upbeat music"); each request is matched by what it talks about (music, voice, captions,
 * text, scenes, time, look) and what it asks to do with it, and its details (numbers, times,
 * scenes, uploads, quoted text) are read into the operation's arguments. A request that names no
 * subject ("fade it in") is about the one before it.
 */
public final class EnglishParser {
    private static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:[;!?](?:\\s+|$)|\\.(?:\\s+|$)(?!\\d)|\\s+\\+\\s+|,?\\s+(?:and then|then|and also|also|plus|but)\\s+|,\\s*(?:and\\s+)?(?=" + Verbs.START + ")|\\s+and\\s+(?=" + Verbs.START + ")"
                    + "|\\s+-\\s+(?=" + Verbs.START + "|mute|no))");
    /** What a request can be about, to split "warmer colours and a serif font" into two. */
    private static final Map<String, Pattern> SUBJECTS = new LinkedHashMap<>();

    static {
        SUBJECTS.put("music", Pattern.compile("\\b(?:music|bgm|soundtrack|song|jingle)\\b"));
        SUBJECTS.put("voice", Pattern.compile("\\b(?:voice|voiceover|narration|narrator|speaker|talking|speaks?)\\b"));
        SUBJECTS.put("captions", Pattern.compile("\\b(?:captions?|subtitles?|subs)\\b"));
        SUBJECTS.put("text", Pattern.compile("\\b(?:title|end card|end screen|overlay|key phrase|text)\\b"));
        SUBJECTS.put("aspect", Pattern.compile("\\b(?:vertical|portrait|9:16|tiktok|reels?|shorts|widescreen|landscape|horizontal|16:9|square|1:1|4:5|youtube)\\b"));
        SUBJECTS.put("look", Pattern.compile("\\b(?:colou?rs?|palette|warm(?:er)?|cool(?:er)?|dark(?:er)?|bright(?:er)?|pastel|vivid|black and white|monochrome|look)\\b"));
        SUBJECTS.put("font", Pattern.compile("\\b(?:font|typeface|serif|sans|monospace)\\b"));
        SUBJECTS.put("transition", Pattern.compile("\\b(?:transitions?|crossfades?|dissolves?|wipes?)\\b"));
        SUBJECTS.put("length", Pattern.compile("^(?:about |around |make it )?[\\d.]+ (?:seconds|minutes)(?: long| total| overall| max)?\\W*$"));
        SUBJECTS.put("scene", Pattern.compile("\\b(?:scenes?|shots?|clips?|photos?|pictures?|slides?)\\b|#\\d"));
    }

    /** Requests longer than this are not read as edits (a script comes after a colon, or as a long text of sentences). */
    static final int MAX_REQUEST_CHARS = 2_000;

    private final Refs refs;

    public EnglishParser(Refs refs) {
        this.refs = refs;
    }

    public Understanding parse(String message) {
        EnglishText text = new EnglishText(message);
        Generation.Parts separated = Generation.separate(text);
        Generation.Parts parts = separated;
        if (parts.request().length() > MAX_REQUEST_CHARS) {
            return new Understanding.Unknown(); // a wall of text with no script in it is no request
        }
        List<String> clauses = split(parts.request());
        List<OpCall> calls = new ArrayList<>();
        int first = 0;
        Understanding generation = Generation.english(clauses.isEmpty() ? "" : clauses.get(0), parts, text, refs);
        if (generation == null && separated.script() != null) {
            // Not a video to make: the whole message is the request, its quoted words and all.
            parts = new Generation.Parts(text.text, null);
            if (parts.request().length() > MAX_REQUEST_CHARS) {
                return new Understanding.Unknown();
            }
            clauses = split(parts.request());
        }
        if (generation instanceof Understanding.Calls made) {
            calls.addAll(made.calls());
            first = 1;
        } else if (generation != null) {
            return generation;
        }
        Integer lastScene = null;
        String subject = null;
        if (first == 1) {
            // "..., 45 seconds, epic music" are wishes of the video being made, read with it; "... and then export it" is a request of its own.
            clauses = new ArrayList<>(List.of(""));
            List<String> said = List.of(SPLIT.split(parts.request()));
            for (String part : said.subList(Math.min(1, said.size()), said.size())) {
                String p = clean(part);
                if (p.matches("^(?:please\\s+)?" + Verbs.START + ".*") && !p.matches("^(?:make|turn|do) (?:it|this|that) (?:a|an|into)\\b.*")) {
                    clauses.add(p);
                }
            }
        }
        boolean justNamed = false;
        Understanding.Ask deferred = null;
        for (String part : clauses.subList(Math.min(first, clauses.size()), clauses.size())) {
            Clause clause = new Clause(part, text);
            EnglishClause rules = new EnglishClause(clause, refs, lastScene, calls, subject, justNamed);
            justNamed = false;
            Understanding understood = java.util.Objects.requireNonNullElse(rules.understand(), new Understanding.Unknown());
            if (understood instanceof Understanding.Unknown) {
                // "the music feels too hyper. can we swap it for something calmer?": a sound named without an action is what "it" is next.
                java.util.Set<String> named = subjects(part);
                String sound = named.contains("music") ? "music" : named.contains("voice") ? "voice" : named.contains("captions") ? "captions" : null;
                if (sound != null && named.size() == 1 + (named.contains("scene") ? 1 : 0)) {
                    subject = sound;
                    continue;
                }
            }
            if (!(understood instanceof Understanding.Calls) && !(understood instanceof Understanding.Refuse)) {
                // "the bakers scene isn't needed, delete it": a scene named without an action is what comes next is about.
                List<Integer> named = SceneRefs.find(clause, refs);
                if (named.size() == 1 && named.get(0) > 0 && understood instanceof Understanding.Unknown) {
                    lastScene = named.get(0);
                    justNamed = true;
                    continue;
                }
            }
            if (!(understood instanceof Understanding.Calls) && !calls.isEmpty() && Merging.lengthOnly(part, calls)) {
                continue;
            }
            Matcher resolution = Pattern.compile("\\b(1080|720|480)p?\\b").matcher(part);
            if (!(understood instanceof Understanding.Calls) && !calls.isEmpty() && calls.get(calls.size() - 1).op() == Operation.EXPORT_VIDEO
                    && resolution.find()) {
                calls.set(calls.size() - 1, calls.get(calls.size() - 1).with("resolution", resolution.group(1) + "p"));
                continue;
            }
            if (understood instanceof Understanding.Calls found) {
                for (OpCall call : found.calls()) {
                    Merging.add(calls, call);
                    subject = Merging.subjectOf(call, subject);
                    Integer scene = call.integer(call.op() == Operation.INSERT_SCENE ? "after" : "scene");
                    if (call.op() == Operation.INSERT_SCENE && scene != null) {
                        lastScene = scene + 1;
                    } else if (call.op() == Operation.MOVE_SCENE && call.integer("to") != null) {
                        lastScene = call.integer("to");
                    } else if (scene != null) {
                        lastScene = scene;
                    }
                }
            } else if (understood instanceof Understanding.Ask ask && !part.matches("^(?:ok(?:ay)? |so |and |also |now |then )?" + Verbs.START + ".*")) {
                // "my partner thinks we should lead with the coffee, so move the coffee scene to the start": a question raised
                // by what explains the request is asked only when nothing else in the message is a request.
                if (deferred == null) {
                    deferred = ask;
                }
            } else if (understood instanceof Understanding.Ask || understood instanceof Understanding.Refuse) {
                return understood;
            }
        }
        if (calls.isEmpty() && deferred != null) {
            return deferred;
        }
        if (calls.stream().anyMatch(c -> c.op() == Operation.REPLACE_VOICEOVER)) {
            // "ditch the robot voice and use my recording": the old voice goes with the replacement.
            calls.removeIf(c -> c.op() == Operation.SET_VOLUME && "voice".equals(c.text("track")) && Double.valueOf(0.0).equals(c.number("volume")));
        }
        Merging.dropWhatTheMakingSays(calls);
        return calls.isEmpty() ? new Understanding.Unknown() : new Understanding.Calls(calls);
    }

    /** The message's requests: split at sentence ends, "then", "and" before a new verb, and "and" between two subjects. */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        for (String part : SPLIT.split(text)) {
            for (String piece : splitSubjects(clean(part))) {
                if (!piece.isEmpty()) {
                    parts.add(piece);
                }
            }
        }
        return parts;
    }

    private static String clean(String part) {
        return part.strip().replaceAll("^(?:and|also|then|so|ok|okay|please|pls|oh|oops|no wait|wait|hey|hi|but)\\b[, ]*", "").strip();
    }

    /** "warmer colours and a serif font": two subjects joined by "and" (or "with", after a shape) are two requests; the verb carries over. */
    private static List<String> splitSubjects(String part) {
        Matcher and = Pattern.compile("\\s+(?:and|&|with|plus|n|\\+)\\s+|,\\s+").matcher(part);
        while (and.find()) {
            String left = part.substring(0, and.start());
            String right = part.substring(and.end());
            if (left.matches(".*(?:\\d|#\\d+)$") && right.matches("^(?:#?\\d|scenes?\\b).*")) {
                continue;
            }
            String joint = and.group().strip();
            if (right.matches("^(?:i |i'|it'?s |it is |because|so |since|as |they |that'?s |which ).*")) {
                continue; // a reason, not a second request
            }
            if (left.matches(".*\\b(?:title|end card|overlay|key phrase|caption \\d+)\\b.*") && right.matches("^(?:in |a |an )?(?:serif|sans|mono)\\w*(?: font)?\\W*$")) {
                continue; // "title in white, serif font": both about the title
            }
            java.util.Set<String> a = subjects(left);
            java.util.Set<String> b = subjects(right);
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            if (joint.equals("with") && !(a.contains("aspect") && (b.contains("captions") || b.contains("music")))) {
                continue;
            }
            boolean differ = java.util.Collections.disjoint(a, b);
            boolean twoScenes = a.contains("scene") && b.contains("scene") && right.matches(".*(?:#\\d|scene \\d|\\bone\\b|last|first).*")
                    && right.matches(".*\\b(?:longer|shorter|delete|remove|split|move|mute)\\b.*");
            if (!differ && !twoScenes) {
                continue;
            }
            String verb = left.replaceAll("^(\\w+)\\b.*$", "$1");
            // "make" is not carried: "make it a TikTok with captions" is one wish, not "make captions".
            boolean rightHasVerb = right.matches("^(?:please\\s+)?" + Verbs.START + ".*") || right.matches(".*\\b(?:is|are|should|too|up|down|louder|quieter|off|on)\\b.*");
            String carried = !rightHasVerb && verb.matches("delete|remove|add|use|put|set|change|mute|drop|cut|lose|ditch|switch") ? verb + " " + right : right;
            List<String> parts = new ArrayList<>(List.of(left.strip()));
            parts.addAll(splitSubjects(carried.strip()));
            return parts;
        }
        return List.of(part);
    }

    private static java.util.Set<String> subjects(String text) {
        java.util.Set<String> found = new java.util.HashSet<>();
        SUBJECTS.forEach((name, pattern) -> {
            if (pattern.matcher(text).find()) {
                found.add(name);
            }
        });
        if (found.contains("text") && found.contains("scene") && text.matches(".*\\b(?:title|end) card\\b.*")) {
            found.remove("scene");
        }
        return found;
    }

    /** The verbs a new request starts with, after "and" or a comma. */
    static final class Verbs {
        static final String START = "(?:please\\s+)?(?:add|make|remove|delete|change|set|put|turn|use|switch|swap|replace|move|cut|trim|fade|"
                + "mute|export|render|download|give|bring|lower|raise|increase|decrease|drop|kill|get rid|insert|split|speed|slow|shorten|"
                + "lengthen|extend|apply|show|undo|redo|lose|ditch|take|do|go|hide|shrink|enlarge|reduce|boost|stretch|include|flip|"
                + "have|let|can you|could you|i want|i'd like|then|send|crop|resize|convert|play|dip|make|keep|hold)\\b";

        private Verbs() {
        }
    }
}
