package dev.reelwright.agent;

import java.util.List;

/**
 * One precise question a turn asks instead of guessing, and what its answer completes: the
 * operation asked for with the argument that was missing or unclear.
 *
 * @param choices the options, in the order offered; empty for an open question (a text, a script)
 */
public record Question(OpCall pending, Slot slot, List<Choice> choices) {
    /** What the question asks for. */
    public enum Slot { SCENE, TEXT_TARGET, MEDIA, NEW_TEXT, SCRIPT, SECOND_SCENE, PLACE, OPTION }

    /** An option: what the user sees, and the argument value choosing it gives. */
    public record Choice(String label, Object value) {
    }

    public Question {
        choices = List.copyOf(choices);
    }

    /** "Which font — sans, serif or mono?": the first of the operation's choice arguments the request left open, with its values. */
    public static Question option(OpCall pending) {
        dev.reelwright.draft.edit.Arg arg = openOption(pending);
        return new Question(pending, Slot.OPTION, arg.values().stream().map(v -> new Choice(v, v)).toList());
    }

    /** The argument an {@link Slot#OPTION} question fills. */
    static dev.reelwright.draft.edit.Arg openOption(OpCall pending) {
        return pending.op().args().stream().filter(a -> !a.values().isEmpty() && !pending.has(a.name())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(pending.op().toolName() + " has no open choice"));
    }
}
