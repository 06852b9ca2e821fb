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

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** As the options write it, "karaoke": picocli's completion and help show this. */
    @Override
    public String toString() {
        return wireName();
    }

    public static java.util.List<String> names() {
        return java.util.Arrays.stream(values()).map(CaptionStyle::wireName).toList();
    }

    public static CaptionStyle parse(String name) {
        for (CaptionStyle style : values()) {
            if (style.wireName().equals(name)) {
                return style;
            }
        }
        throw new IllegalArgumentException("captions must be " + dev.reelwright.draft.Choices.either(names()) + " (got \"" + name + "\")");
    }
}
