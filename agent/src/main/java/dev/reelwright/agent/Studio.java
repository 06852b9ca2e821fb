package dev.reelwright.agent;

import dev.reelwright.director.voice.Voice;
import dev.reelwright.draft.edit.EditException;
import java.util.List;

/**
 * Makes the media an edit needs: music in a mood, the voice at another pace or in another voice.
 * Files go where the session's draft keeps its media; the answer is how the draft refers to the
 * new file.
 */
public interface Studio {
    /** Music in {@code mood} for {@code lengthMs}, as a source. */
    String music(String mood, long lengthMs);

    /** The recording {@code source} spoken at {@code speed} times its pace, as a source. */
    String voiceAt(String source, double speed);

    /** The voices that can speak a narration again; none where no voice can be loaded. */
    default List<Voice> voices() {
        return List.of();
    }

    /** Writes {@code samples} (mono, 48 kHz) as a voice recording named after {@code stem}; its source. */
    default String saveVoice(String stem, float[] samples) {
        throw new EditException("a new voiceover cannot be written here");
    }

    /** A studio that cannot make anything: edits that need new media are refused with this message. */
    static Studio none() {
        return new Studio() {
            public String music(String mood, long lengthMs) {
                throw new EditException("new music cannot be made here");
            }

            public String voiceAt(String source, double speed) {
                throw new EditException("the voice's speed cannot be changed here");
            }
        };
    }
}
