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
    public enum Slot { SCENE, TEXT_TARGET, MEDIA, NEW_TEXT, SCRIPT, SECOND_SCENE, PLACE }

    /** An option: what the user sees, and the argument value choosing it gives. */
    public record Choice(String label, Object value) {
    }

    public Question {
        choices = List.copyOf(choices);
    }
}
