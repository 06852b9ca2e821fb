package dev.reelwright.render.paint.motion;

import dev.reelwright.render.paint.Picture;

/** One frame of a moving background being computed: its pixels, colours and time. */
record MotionFrame(Picture picture, Palette palette, double seconds) {
    int widthPx() {
        return picture.widthPx();
    }

    int heightPx() {
        return picture.heightPx();
    }

    /** Sets a pixel to {@code a} mixed towards {@code b} by {@code t} (0..1), brightened by {@code glow} of the accent. */
    void set(int x, int y, float[] a, float[] b, double t, float[] glowColor, double glow) {
        float tt = (float) (t < 0 ? 0 : t > 1 ? 1 : t);
        float gg = (float) (glow < 0 ? 0 : glow > 1.5 ? 1.5 : glow);
        int r = channel(a[0] + (b[0] - a[0]) * tt, glowColor[0], gg);
        int g = channel(a[1] + (b[1] - a[1]) * tt, glowColor[1], gg);
        int bl = channel(a[2] + (b[2] - a[2]) * tt, glowColor[2], gg);
        picture.rgb()[y * picture.widthPx() + x] = r << 16 | g << 8 | bl;
    }

    /** Into {@code out}: what {@link #set(int, int, float[], float[], double, float[], double)} would write, unrounded. */
    void mixed(float[] out, float[] a, float[] b, double t, float[] glowColor, double glow) {
        float tt = (float) (t < 0 ? 0 : t > 1 ? 1 : t);
        float gg = (float) (glow < 0 ? 0 : glow > 1.5 ? 1.5 : glow);
        for (int c = 0; c < 3; c++) {
            float base = a[c] + (b[c] - a[c]) * tt;
            out[c] = Math.min(255, Math.max(0, base + (glowColor[c] - base * 0.35f) * gg));
        }
    }

    /** Sets a pixel to a colour of three 0..255 channels. */
    void set(int x, int y, float[] colour) {
        picture.rgb()[y * picture.widthPx() + x] = byteOf(colour[0]) << 16 | byteOf(colour[1]) << 8 | byteOf(colour[2]);
    }

    /** Screen-like blend: glow pushes the colour towards the glow colour without clipping harshly. */
    private static int channel(float base, float glowColor, float glow) {
        return byteOf(base + (glowColor - base * 0.35f) * glow);
    }

    private static int byteOf(float v) {
        return v <= 0 ? 0 : v >= 255 ? 255 : (int) v;
    }

    static double smoothstep(double edge0, double edge1, double x) {
        double t = (x - edge0) / (edge1 - edge0);
        t = t < 0 ? 0 : t > 1 ? 1 : t;
        return t * t * (3 - 2 * t);
    }
}
