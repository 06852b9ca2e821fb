package dev.reelwright.render.paint.motion;

import dev.reelwright.draft.Gradient;

/**
 * A moving background's three colours as linear-ish floats 0–255: the dark base ({@code from}),
 * the second colour ({@code to}) and the highlight ({@code accent}, or a lighter {@code to}).
 */
record Palette(float[] base, float[] second, float[] accent, double angleDeg) {
    static Palette of(Gradient gradient) {
        float[] second = rgb(gradient.toColor());
        float[] accent = gradient.accentColor() != null ? rgb(gradient.accentColor())
                : new float[] {lighter(second[0]), lighter(second[1]), lighter(second[2])};
        return new Palette(rgb(gradient.fromColor()), second, accent, gradient.angleDeg());
    }

    private static float lighter(float channel) {
        return channel + (255 - channel) * 0.55f;
    }

    private static float[] rgb(String color) {
        int v = Integer.parseInt(color.substring(1, 7), 16);
        return new float[] {v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF};
    }
}
