package dev.reelwright.director;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reelwright.director.captions.CaptionStyle;
import dev.reelwright.director.make.Aspect;
import dev.reelwright.director.music.Mood;
import dev.reelwright.draft.edit.Operation;
import org.junit.jupiter.api.Test;

/**
 * The edit operations live in the draft module, below the director, so they spell out the
 * aspects, moods and caption styles the director defines; this keeps the two lists one.
 */
class OperationVocabularyTest {
    @Test
    void theOperationsOfferWhatTheDirectorMakes() {
        for (Operation op : Operation.values()) {
            op.arg("aspect").ifPresent(arg -> assertEquals(Aspect.names(), arg.values(), op.toolName() + " aspect"));
            op.arg("mood").ifPresent(arg -> assertEquals(Mood.names(), arg.values(), op.toolName() + " mood"));
            op.arg("style").ifPresent(arg -> assertEquals(CaptionStyle.names(), arg.values(), op.toolName() + " style"));
        }
    }
}
