package dev.reelwright.director.script;

/** A script that cannot be used, with a one-line reason that names the source. */
public final class ScriptException extends RuntimeException {
    public ScriptException(String message) {
        super(message);
    }
}
