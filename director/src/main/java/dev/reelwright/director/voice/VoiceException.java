package dev.reelwright.director.voice;

/** Speech that could not be made, with a one-line reason. */
public final class VoiceException extends RuntimeException {
    public VoiceException(String message) {
        super(message);
    }

    public VoiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
