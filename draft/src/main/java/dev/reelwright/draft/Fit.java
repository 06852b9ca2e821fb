package dev.reelwright.draft;

/** How an image or clip fills the canvas. */
public enum Fit {
    /** Fill the canvas, cropping what sticks out. */
    COVER,
    /** Show all of it, letterboxed on the background colour. */
    CONTAIN,
    /** Show all of it over a blurred, darkened copy that fills the canvas. */
    BLUR;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
