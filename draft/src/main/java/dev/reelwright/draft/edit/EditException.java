package dev.reelwright.draft.edit;

/** An edit that cannot be made to this draft, with a message that says why in plain words. */
public final class EditException extends RuntimeException {
    public EditException(String message) {
        super(message);
    }
}
