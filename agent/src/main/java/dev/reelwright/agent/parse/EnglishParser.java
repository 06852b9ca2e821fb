package dev.reelwright.agent.parse;

import dev.reelwright.agent.OpCall;
import dev.reelwright.agent.Understanding;
import dev.reelwright.draft.edit.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * English messages to operations. A message is split into its requests ("make it vertical and
 * add upbeat music"); each request is matched by what it talks about (music, voice, captions,
 * text, scenes, time, look) and what it asks to do with it, and its details (numbers, times,
 * scenes, uploads, quoted text) are read into the operation's arguments.
 */
public final class EnglishParser {
    private static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:[;.!?](?:\\s+|$)|,?\\s+(?:and then|then|and also|also|plus|but)\\s+|,\\s*(?:and\\s+)?(?=" + Verbs.START + ")|\\s+and\\s+(?=" + Verbs.START + "))");

    private final Refs refs;

    public EnglishParser(Refs refs) {
        this.refs = refs;
    }

    public Understanding parse(String message) {
        EnglishText text = new EnglishText(message);
        Generation.Request generation = Generation.english(text, refs);
        if (generation != null) {
            return generation.understanding();
        }
        List<OpCall> calls = new ArrayList<>();
        Integer lastScene = null;
        for (String part : split(text.text)) {
            Clause clause = new Clause(part, text);
            Understanding understood = new EnglishClause(clause, refs, lastScene, calls).understand();
            if (understood instanceof Understanding.Calls found) {
                calls.addAll(found.calls());
                for (OpCall call : found.calls()) {
                    Integer scene = call.integer(call.op() == Operation.INSERT_SCENE ? "after" : "scene");
                    lastScene = call.op() == Operation.INSERT_SCENE && scene != null ? Integer.valueOf(scene + 1) : scene != null ? scene : lastScene;
                    if (call.op() == Operation.MOVE_SCENE && call.integer("to") != null) {
                        lastScene = call.integer("to");
                    }
                }
            } else if (understood instanceof Understanding.Ask || understood instanceof Understanding.Refuse) {
                return understood;
            }
        }
        return calls.isEmpty() ? new Understanding.Unknown() : new Understanding.Calls(calls);
    }

    /** The message's requests: split at sentence ends, "then", and "and" before a new verb. */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        for (String part : SPLIT.split(text)) {
            String p = part.strip().replaceAll("^(?:and|also|then|so|ok|okay|please|pls|oh|oops|no wait|wait|hey|hi)\\b[, ]*", "").strip();
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        return parts;
    }

    /** The verbs a new request starts with, after "and" or a comma. */
    static final class Verbs {
        static final String START = "(?:please\\s+)?(?:add|make|remove|delete|change|set|put|turn|use|switch|swap|replace|move|cut|trim|fade|"
                + "mute|export|render|download|give|bring|lower|raise|increase|decrease|drop|kill|get rid|insert|split|speed|slow|shorten|"
                + "lengthen|extend|apply|show|undo|redo|lose|ditch|take|do|go|hide|shrink|enlarge|reduce|boost|stretch|include|flip|"
                + "have|let|can you|could you|i want|i'd like|then|export|send|crop|resize|convert|play)\\b";

        private Verbs() {
        }
    }
}
