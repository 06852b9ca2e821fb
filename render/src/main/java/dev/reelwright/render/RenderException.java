package dev.reelwright.render;

/** A render that cannot go on, with a one-line message that says what and where. */
public class RenderException extends RuntimeException {
    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
