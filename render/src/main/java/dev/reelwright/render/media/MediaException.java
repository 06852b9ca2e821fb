package dev.reelwright.render.media;

import dev.reelwright.render.RenderException;

/** A media file that is missing, unreadable, corrupt, or of a kind we do not take. */
public final class MediaException extends RenderException {
    public MediaException(String message) {
        super(message);
    }

    public MediaException(String message, Throwable cause) {
        super(message, cause);
    }
}
