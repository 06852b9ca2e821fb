package dev.reelwright.agent.parse;

/** Reasons both parsers give for a request no edit can meet (the Chinese replies translate them). */
final class Parsing {
    /** Posting to a platform: the user's account is theirs to use. */
    static final String NO_POSTING = "Reelwright does not post to accounts; say \u201cexport\u201d for the MP4 and upload it yourself";

    private Parsing() {
    }
}
