package dev.reelwright.agent.llm;

/** A call to the language model failed; the message is one line fit for a user or a log and never holds the API key. */
public final class LlmException extends Exception {

    private static final long serialVersionUID = 1L;

    public LlmException(String message) {
        super(message);
    }

    public LlmException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Every message starts by naming the endpoint, so a log line alone says which server misbehaved. */
    static LlmException at(String where, String what) {
        return new LlmException("the language model at " + where + " " + what);
    }

    static LlmException at(String where, String what, Throwable cause) {
        return new LlmException("the language model at " + where + " " + what, cause);
    }
}
