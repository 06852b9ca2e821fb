package dev.reelwright.agent;

/**
 * Makes the media an edit needs: music in a mood, the voice at another pace. Files go where the
 * session's draft keeps its media; the answer is how the draft refers to the new file.
 */
public interface Studio {
    /** Music in {@code mood} for {@code lengthMs}, as a source. */
    String music(String mood, long lengthMs);

    /** The recording {@code source} spoken at {@code speed} times its pace, as a source. */
    String voiceAt(String source, double speed);

    /** A studio that cannot make anything: edits that need new media are refused with this message. */
    static Studio none() {
        return new Studio() {
            public String music(String mood, long lengthMs) {
                throw new dev.reelwright.draft.edit.EditException("new music cannot be made here");
            }

            public String voiceAt(String source, double speed) {
                throw new dev.reelwright.draft.edit.EditException("the voice's speed cannot be changed here");
            }
        };
    }
}
