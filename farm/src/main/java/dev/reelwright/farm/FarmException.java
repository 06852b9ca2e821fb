package dev.reelwright.farm;

import dev.reelwright.render.RenderException;

/** The farm could not do what was asked; the message says what and what to do. */
public final class FarmException extends RenderException {
    public FarmException(String message) {
        super(message);
    }

    public FarmException(String message, Throwable cause) {
        super(message, cause);
    }
}
