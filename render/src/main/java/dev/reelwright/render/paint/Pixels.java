package dev.reelwright.render.paint;

/**
 * Arithmetic on {@code 0x00RRGGBB} pixels, two channels per multiply: red and blue travel
 * together in {@code 0xFF00FF}, green alone in {@code 0x00FF00}.
 */
final class Pixels {
    private static final int RED_BLUE = 0xFF00FF;
    private static final int GREEN = 0x00FF00;

    private Pixels() {
    }

    /** {@code p} moved toward {@code q} by {@code weight}/256, rounded. */
    static int lerp(int p, int q, int weight) {
        return lerp(p, q, 256 - weight, weight);
    }

    /** As {@link #lerp(int, int, int)} with {@code keep = 256 - weight} worked out by the caller. */
    static int lerp(int p, int q, int keep, int weight) {
        int rb = ((p & RED_BLUE) * keep + (q & RED_BLUE) * weight + 0x800080) >>> 8 & RED_BLUE;
        int g = ((p & GREEN) * keep + (q & GREEN) * weight + 0x008000) >>> 8 & GREEN;
        return rb | g;
    }

    /** {@code p} scaled by {@code factor}/256 (0..256). */
    static int scale(int p, int factor) {
        return ((p & RED_BLUE) * factor >>> 8 & RED_BLUE) | ((p & GREEN) * factor >>> 8 & GREEN);
    }
}
