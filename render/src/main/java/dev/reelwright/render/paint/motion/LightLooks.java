package dev.reelwright.render.paint.motion;

import java.util.Arrays;

/** Looks made of light on a dark gradient: floating bokeh, turning rays, spreading rings. */
final class LightLooks {
    private static final int BOKEH_LIGHTS = 18;
    private static final double GLOW_KNEE = 0.45;
    private static final double GLOW_CEILING = 0.9;

    private LightLooks() {
    }

    /** Out-of-focus lights of several sizes rise slowly and sway; fixed positions from a fixed seed. */
    static void bokeh(MotionFrame f) {
        Palette p = f.palette();
        int w = f.widthPx();
        int h = f.heightPx();
        double[] glow = new double[w * h];
        double[] accentGlow = new double[w * h];
        java.util.Random random = new java.util.Random(7);
        double t = f.seconds();
        for (int i = 0; i < BOKEH_LIGHTS; i++) {
            double radius = h * (0.05 + 0.11 * random.nextDouble());
            double speed = h * (0.02 + 0.05 * random.nextDouble());
            double x0 = w * random.nextDouble();
            double span = h + 2 * radius;
            double cy = h + radius - ((h * random.nextDouble() + speed * t) % span);
            double cx = x0 + radius * 0.6 * Math.sin(t * 0.5 + i);
            double strength = 0.25 + 0.35 * random.nextDouble();
            boolean accent = random.nextBoolean();
            addDisc(glow, accent ? accentGlow : null, w, h, cx, cy, radius, strength);
        }
        float[] tint = new float[3];
        for (int y = 0; y < h; y++) {
            double v = y / (h - 1.0);
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                // Where lights of both colours overlap, the light takes their colours by share.
                float accentShare = glow[i] > 0 ? (float) (accentGlow[i] / glow[i]) : 0;
                for (int c = 0; c < 3; c++) {
                    tint[c] = p.second()[c] + (p.accent()[c] - p.second()[c]) * accentShare;
                }
                f.set(x, y, p.base(), p.second(), v * 0.55, tint, softLimit(glow[i]));
            }
        }
    }

    /**
     * Stacked lights brighten less and less instead of clipping: a glow that hit the ceiling would
     * turn the overlap into a flat patch with a hard rim.
     */
    private static double softLimit(double glow) {
        return glow <= GLOW_KNEE ? glow : GLOW_KNEE + (GLOW_CEILING - GLOW_KNEE) * Math.tanh((glow - GLOW_KNEE) / (GLOW_CEILING - GLOW_KNEE));
    }

    /** Adds one light's glow; {@code accentGlow} (when not null) also gets it, for lights of the accent colour. */
    private static void addDisc(double[] glow, double[] accentGlow, int w, int h, double cx, double cy, double radius,
                                double strength) {
        int x0 = Math.max(0, (int) (cx - radius - 1));
        int x1 = Math.min(w - 1, (int) (cx + radius + 1));
        int y0 = Math.max(0, (int) (cy - radius - 1));
        int y1 = Math.min(h - 1, (int) (cy + radius + 1));
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                double d = Math.hypot(x - cx, y - cy) / radius;
                double disc = MotionFrame.smoothstep(1.0, 0.78 - 2 / radius, d) * (0.75 + 0.25 * d);
                if (disc > 0) {
                    int i = y * w + x;
                    glow[i] += disc * strength;
                    if (accentGlow != null) {
                        accentGlow[i] += disc * strength;
                    }
                }
            }
        }
    }

    /** Rays from a point above the frame sweep slowly side to side. */
    static void rays(MotionFrame f) {
        Palette p = f.palette();
        int w = f.widthPx();
        int h = f.heightPx();
        double t = f.seconds();
        double cx = w * (0.5 + 0.08 * Math.sin(t * 0.3));
        double cy = -h * 0.25;
        double reach = Math.hypot(w, h * 1.25);
        for (int y = 0; y < h; y++) {
            double v = y / (h - 1.0);
            for (int x = 0; x < w; x++) {
                double angle = Math.atan2(x - cx, y - cy);
                double ray = 0.5 + 0.5 * Math.sin(angle * 11 + t * 0.35) * Math.sin(angle * 4 - t * 0.2 + 1);
                ray = ray * ray * ray;
                double fall = 1 - Math.hypot(x - cx, y - cy) / reach;
                f.set(x, y, p.base(), p.second(), v * 0.7, p.accent(), ray * fall * 0.9);
            }
        }
    }

    /** Rings of light spread from the centre and fade as they grow. */
    static void pulse(MotionFrame f) {
        Palette p = f.palette();
        int w = f.widthPx();
        int h = f.heightPx();
        double t = f.seconds();
        double scale = Math.max(w, h);
        double[] ring = new double[256];
        Arrays.setAll(ring, i -> Math.pow(0.5 + 0.5 * Math.cos(2 * Math.PI * i / 256.0), 10));
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double d = Math.hypot(x - w / 2.0, y - h / 2.0) / scale;
                double phase = d * 5 - t * 0.45;
                double wave = ring[(int) ((phase - Math.floor(phase)) * 255.999)];
                double centreGlow = Math.max(0, 1 - d * 2.2);
                f.set(x, y, p.second(), p.base(), d * 1.6, p.accent(), wave * (1 - d * 1.4) * 0.8 + centreGlow * 0.25);
            }
        }
    }
}
