package dev.reelwright.draft;

import java.util.Locale;

/**
 * A gradient that fills a video segment without {@code src} ({@code m.gradient}). With a
 * {@code look} other than {@code still} it is a moving background in the gradient's colours.
 *
 * @param angleDeg direction of the colour change, 0 = left to right, 90 = top to bottom
 * @param look how it moves
 * @param accentColor a third colour for the look's highlights, or null for a lighter {@code to}
 */
public record Gradient(String fromColor, String toColor, double angleDeg, Look look, String accentColor) {
    public Gradient {
        look = look == null ? Look.STILL : look;
    }

    public Gradient(String fromColor, String toColor, double angleDeg) {
        this(fromColor, toColor, angleDeg, Look.STILL, null);
    }

    /** A moving background's pattern. */
    public enum Look {
        /** No motion: the plain gradient. */
        STILL,
        /** The gradient turns slowly under a drifting glow. */
        DRIFT,
        /** Soft bands of colour flow across. */
        AURORA,
        /** Out-of-focus lights float upwards. */
        BOKEH,
        /** Rays of light turn around a point above the frame. */
        RAYS,
        /** Layered hills roll along the bottom. */
        WAVES,
        /** Rings of light spread from the centre. */
        PULSE,
        /** A horizon grid scrolls towards the viewer. */
        GRID;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
