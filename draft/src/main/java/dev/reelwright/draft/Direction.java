package dev.reelwright.draft;

/** A direction of movement, for slides, wipes and Ken Burns pans. */
public enum Direction {
    LEFT, RIGHT, UP, DOWN;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
