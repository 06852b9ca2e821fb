package dev.reelwright.agent;

import dev.reelwright.draft.Draft;
import java.util.List;

/**
 * What a turn knows besides the message: the session's draft (null before the first video), its
 * uploads, its language, and the question the last turn asked, if it is still open.
 */
public record TurnContext(Draft draft, List<Upload> uploads, String language, Question pending) {
    public TurnContext {
        uploads = List.copyOf(uploads);
    }

    public static TurnContext of(Draft draft, List<Upload> uploads) {
        return new TurnContext(draft, uploads, "en", null);
    }

    public TurnContext withDraft(Draft next) {
        return new TurnContext(next, uploads, language, pending);
    }
}
