package dev.reelwright.director.make;

import java.util.Locale;

/** How a narration longer than the length asked for ({@code --duration}) is made to fit ({@code --fit}). */
public enum Fit {
    /** Speak faster, up to 1.25x; every word is kept, and the video may stay longer. */
    SPEED,
    /** Speak faster up to 1.25x, and when that is not enough leave out the sentences that carry least. */
    CONDENSE,
    /** Keep every sentence at the pace asked for; the video is as long as its narration. */
    ALL;

    public static Fit parse(String name) {
        for (Fit fit : values()) {
            if (fit.toString().equals(name)) {
                return fit;
            }
        }
        throw new IllegalArgumentException("fit must be speed, condense or all (got \"" + name + "\")");
    }

    /** As {@code --fit} writes it: "condense". */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
