package dev.reelwright.draft.edit;

/**
 * An edit that cannot be made to this draft, with a message that says why in plain words; or one
 * that need not be made, the draft being so already ({@link #alreadySo}), which asks nothing of
 * the rest of a request.
 */
public final class EditException extends RuntimeException {
    private final boolean alreadySo;

    public EditException(String message) {
        this(message, false);
    }

    private EditException(String message, boolean alreadySo) {
        super(message);
        this.alreadySo = alreadySo;
    }

    /** The draft is already as asked ("the captions are on already"): nothing to do, nothing wrong. */
    public static EditException alreadySo(String message) {
        return new EditException(message, true);
    }

    public boolean isAlreadySo() {
        return alreadySo;
    }
}
