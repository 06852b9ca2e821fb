package dev.reelwright.cli;

/** A problem with what the user asked for: exit code 2 and a one-line message. */
public final class CliException extends RuntimeException {
    public CliException(String message) {
        super(message);
    }
}
