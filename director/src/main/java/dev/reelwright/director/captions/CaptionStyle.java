package dev.reelwright.director.captions;

import java.util.Locale;

/** How captions look on the video ({@code --captions}); the .srt and .vtt files are the same for all. */
public enum CaptionStyle {
    /** White text with a dark outline. */
    CLEAN,
    /** White text on a dark rounded box. */
    BOXED,
    /** The whole cue, with the word being spoken in colour. */
    KARAOKE,
    /** One to three large words at a time, each group popping in. */
    BOLD,
    /** No captions on the picture. */
    NONE;

    public static CaptionStyle parse(String name) {
        for (CaptionStyle style : values()) {
            if (style.name().toLowerCase(Locale.ROOT).equals(name)) {
                return style;
            }
        }
        throw new IllegalArgumentException("captions must be clean, boxed, karaoke, bold or none (got \"" + name + "\")");
    }
}
