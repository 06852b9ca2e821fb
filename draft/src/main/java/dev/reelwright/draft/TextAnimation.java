package dev.reelwright.draft;

import java.util.Locale;

/**
 * How a text segment enters and leaves ({@code m.anim}).
 *
 * @param in entrance effect
 * @param out exit effect
 * @param durationMs length of each effect
 */
public record TextAnimation(Effect in, Effect out, long durationMs) {
    public static final long DEFAULT_DURATION_MS = 400;

    static Effect effect(String wireName) {
        return Effect.valueOf(wireName.toUpperCase(Locale.ROOT));
    }

    /** One text entrance or exit effect; {@code WORDS} brings the words in one after another (kinetic type). */
    public enum Effect {
        NONE, FADE, POP, SLIDE, WORDS;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
