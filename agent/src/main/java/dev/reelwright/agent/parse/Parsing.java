package dev.reelwright.agent.parse;

/** Reasons both parsers give for a request no edit can meet (the Chinese replies translate them). */
final class Parsing {
    /** Posting to a platform: the user's account is theirs to use. */
    static final String NO_POSTING = "Reelwright does not post to accounts; say \u201cexport\u201d for the MP4 and upload it yourself";

    /** Songs from streaming sites: not fetched (nothing downloads at run time, and their songs are not free to reuse). */
    static final String NO_STREAMED_SONGS = "Reelwright does not fetch songs from YouTube or music services (and their songs are"
            + " not free to reuse); upload a sound file you may use, or ask for a mood, e.g. \u201ccalm music\u201d or \u201clo-fi music\u201d";

    /** What an export can be: the sizes the renderer writes, as MP4. */
    static final String EXPORT_FORMATS = "exports are MP4 (H.264 and AAC) at " + dev.reelwright.draft.Choices.either(dev.reelwright.draft.Resolution.names())
            + "; say e.g. \u201cexport 1080p\u201d";

    private Parsing() {
    }
}
