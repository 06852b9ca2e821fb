package dev.reelwright.agent;

import dev.reelwright.draft.Draft;
import java.util.List;
import java.util.function.Consumer;

/** What a turn asks of the session around the draft: its versions, exports and the director. */
public interface SessionActions {
    /** Goes back one version and answers the draft now current; an {@code EditException} when there is nothing to undo. */
    Draft undo();

    /** Goes forward to the version last undone; an {@code EditException} when there is none. */
    Draft redo();

    /** Starts exporting {@code draft}; answers where the export can be followed (its id). */
    String export(Draft draft, String resolution);

    /** Before a make is announced: what it will cost is set aside, so a make that cannot be paid for never starts. */
    default void prepare(OpCall call) {
    }

    /** Makes a new draft with the director (a script, the uploads, a video prompt), telling its stages as they start. */
    Generated generate(OpCall call, Consumer<String> stage);

    /** A made draft, and what its maker wants said: the video prompt's text, warnings. */
    record Generated(Draft draft, String text, List<String> warnings) {
        public Generated {
            warnings = List.copyOf(warnings);
        }
    }

    /** A session that can neither go back nor make anything: local, one-off edits. */
    static SessionActions none() {
        return new SessionActions() {
            public Draft undo() {
                throw new dev.reelwright.draft.edit.EditException("there is no earlier version to go back to");
            }

            public Draft redo() {
                throw new dev.reelwright.draft.edit.EditException("there is nothing undone to bring back");
            }

            public String export(Draft draft, String resolution) {
                throw new dev.reelwright.draft.edit.EditException("exporting is done with reel render here");
            }

            public Generated generate(OpCall call, Consumer<String> stage) {
                throw new dev.reelwright.draft.edit.EditException("making a new video is done with reel make here");
            }
        };
    }
}
