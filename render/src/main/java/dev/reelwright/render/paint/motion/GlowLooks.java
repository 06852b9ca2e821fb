package dev.reelwright.render.paint.motion;

/** Looks made of soft colour fields: a turning gradient with a drifting glow, and aurora bands. */
final class GlowLooks {
    private GlowLooks() {
    }

    /** The gradient turns about 10° a second while a glow wanders over it; {@code motion} 0 holds it still. */
    static void drift(MotionFrame f, double motion) {
        Palette p = f.palette();
        double t = f.seconds() * motion;
        double angle = Math.toRadians(p.angleDeg() + 10 * t);
        double dx = Math.cos(angle);
        double dy = Math.sin(angle);
        double aspect = f.widthPx() / (double) f.heightPx();
        double glowX = 0.5 + 0.3 * Math.cos(0.31 * t + 0.7);
        double glowY = 0.45 + 0.22 * Math.sin(0.43 * t);
        double glowStrength = 0.35 * motion;
        for (int y = 0; y < f.heightPx(); y++) {
            double v = y / (f.heightPx() - 1.0);
            for (int x = 0; x < f.widthPx(); x++) {
                double u = x / (f.widthPx() - 1.0);
                double along = 0.5 + ((u - 0.5) * dx * aspect + (v - 0.5) * dy) / (Math.abs(dx) * aspect + Math.abs(dy));
                double gx = (u - glowX) * aspect;
                double gy = v - glowY;
                double glow = glowStrength * Math.max(0, 1 - (gx * gx + gy * gy) / 0.35);
                f.set(x, y, p.base(), p.second(), along, p.accent(), glow * glow * 2);
            }
        }
    }

    /** Two curtains of light ripple across the upper half, one in the second colour, one in the accent. */
    static void aurora(MotionFrame f) {
        Palette p = f.palette();
        double t = f.seconds();
        int w = f.widthPx();
        double[] curtainA = new double[w];
        double[] curtainB = new double[w];
        for (int x = 0; x < w; x++) {
            double u = x / (w - 1.0);
            curtainA[x] = 0.38 + 0.12 * Math.sin(u * 5.2 + t * 0.55) + 0.05 * Math.sin(u * 13 - t * 0.9);
            curtainB[x] = 0.55 + 0.10 * Math.sin(u * 4.1 - t * 0.4 + 2) + 0.04 * Math.sin(u * 11 + t * 1.1);
        }
        float[] mid = mix(p.base(), p.second(), 0.35f);
        for (int y = 0; y < f.heightPx(); y++) {
            double v = y / (f.heightPx() - 1.0);
            for (int x = 0; x < w; x++) {
                double a = band(v, curtainA[x], 0.16);
                double b = band(v, curtainB[x], 0.12);
                double shimmer = 0.75 + 0.25 * Math.sin(x * 0.21 + t * 1.7 + v * 3);
                f.set(x, y, p.base(), mid, v * 0.8 + a * 0.9 * shimmer, p.accent(), b * 0.8 * shimmer);
            }
        }
    }

    /** Bright at the curtain's lower edge, fading upwards like real aurora. */
    private static double band(double v, double edge, double height) {
        if (v > edge + 0.02 || v < edge - height) {
            return 0;
        }
        double fromEdge = (edge - v) / height;
        return MotionFrame.smoothstep(0.02, -0.02, v - edge) * (1 - Math.max(0, fromEdge));
    }

    static float[] mix(float[] a, float[] b, float t) {
        return new float[] {a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t};
    }
}
