package dev.reelwright.draft;

/** How one segment hands over to the next on the same track. */
public enum TransitionType {
    /** Cross-dissolve. */
    FADE("fade"),
    /** Fade out to black, then in from black. */
    BLACK("black"),
    /** The new segment pushes the old one out. */
    SLIDE("slide"),
    /** A hard edge sweeps across, revealing the new segment. */
    WIPE("wipe"),
    /** The old segment zooms in and dissolves into the new one settling from a zoom. */
    ZOOM("zoom");

    private final String wireName;

    TransitionType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
