package dev.reelwright.draft;

/** Where a text segment sits; every preset keeps the text inside the safe area. */
public enum TextPosition {
    TOP("top"), CENTER("center"), BOTTOM("bottom"), LOWER_THIRD("lower-third");

    private final String wireName;

    TextPosition(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
