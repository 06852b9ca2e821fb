package dev.reelwright.agent;

import dev.reelwright.draft.Draft;
import java.util.List;

/**
 * What a turn came to.
 *
 * @param draft the draft after the turn (null when the session has none)
 * @param save true when {@code draft} is a new version to keep (edits or a made video); undo and redo only move between versions
 * @param question the question asked, to be answered by the next message; null when none
 * @param done the operations carried out, in order
 * @param refused true when the request could not be done (nothing was changed, nothing is charged)
 */
public record TurnResult(Draft draft, boolean save, Question question, String reply, List<OpCall> done, boolean refused) {
    public TurnResult {
        done = List.copyOf(done);
    }

    /** Whether any operation changed the draft (edits, as opposed to making, showing or exporting). */
    public boolean edited() {
        return done.stream().anyMatch(c -> c.op().kind() == dev.reelwright.draft.edit.Operation.Kind.EDIT);
    }
}
