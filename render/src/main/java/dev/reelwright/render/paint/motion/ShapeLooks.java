package dev.reelwright.render.paint.motion;

/** Looks with edges: rolling hills, and a horizon grid under a sun. */
final class ShapeLooks {
    private static final int HILLS = 3;

    private ShapeLooks() {
    }

    /** Three layers of hills roll sideways at different speeds, nearer ones darker and faster. */
    static void waves(MotionFrame f) {
        Palette p = f.palette();
        int w = f.widthPx();
        int h = f.heightPx();
        double t = f.seconds();
        double[][] crest = new double[HILLS][w];
        for (int k = 0; k < HILLS; k++) {
            double baseY = 0.55 + 0.13 * k;
            double amp = 0.05 + 0.02 * k;
            for (int x = 0; x < w; x++) {
                double u = x / (double) w;
                crest[k][x] = h * (baseY + amp * Math.sin(u * (3 + 1.7 * k) * Math.PI + t * (0.25 + 0.2 * k) + k * 1.9)
                        + amp * 0.4 * Math.sin(u * (7 + k) * Math.PI - t * 0.3));
            }
        }
        float[][] layer = {GlowLooks.mix(p.second(), p.accent(), 0.5f), p.second(), GlowLooks.mix(p.base(), p.second(), 0.4f)};
        float[] colour = new float[3];
        for (int y = 0; y < h; y++) {
            double v = y / (h - 1.0);
            for (int x = 0; x < w; x++) {
                f.mixed(colour, p.base(), p.second(), v * 0.6, p.accent(), Math.max(0, 0.35 - v) * 0.8);
                // Back to front, each hill laid over what is behind it by how much of the pixel it
                // covers, so its edge fades into the hill or sky behind (a hard switch between
                // layers showed as steps once the small frame is drawn up six times).
                for (int k = 0; k < HILLS; k++) {
                    float cover = (float) MotionFrame.smoothstep(crest[k][x] - 1.4, crest[k][x] + 1.4, y);
                    for (int c = 0; c < 3 && cover > 0; c++) {
                        colour[c] += (layer[k][c] - colour[c]) * cover;
                    }
                }
                f.set(x, y, colour);
            }
        }
    }

    /** A glowing sun sits on the horizon while grid lines scroll towards the viewer below it. */
    static void grid(MotionFrame f) {
        Palette p = f.palette();
        int w = f.widthPx();
        int h = f.heightPx();
        double t = f.seconds();
        double horizon = h * 0.58;
        double aspect = w / (double) h;
        for (int y = 0; y < h; y++) {
            double v = y / (h - 1.0);
            if (y < horizon) {
                for (int x = 0; x < w; x++) {
                    double sx = (x / (double) w - 0.5) * aspect;
                    double sy = (y - horizon) / h + 0.02;
                    double sun = MotionFrame.smoothstep(0.2, 0.17, Math.hypot(sx, sy));
                    double haze = Math.max(0, 1 - Math.abs(y - horizon) / (h * 0.25));
                    f.set(x, y, p.base(), p.second(), v * 0.9, p.accent(), sun * 0.9 + haze * 0.25);
                }
                continue;
            }
            double below = Math.max((y - horizon) / h, 0.5 / h);
            double depth = 0.08 / below;
            // How far the grid moves from one pixel to the next, in grid cells, so each line is
            // drawn about a pixel and a bit wide and its edges are filtered over a pixel.
            double depthPerRow = 0.08 / (below * below * h);
            double rows = depth * 4 + t * 1.2;
            double rowLine = line(rows - Math.floor(rows), 4 * depthPerRow);
            double fade = Math.min(1, below * 10);
            for (int x = 0; x < w; x++) {
                double fromMiddle = (x / (double) w - 0.5) * aspect * 14;
                double across = fromMiddle * depth;
                double colLine = line(across - Math.floor(across), aspect * depth * 14 / w + Math.abs(fromMiddle) * depthPerRow);
                f.set(x, y, p.base(), p.second(), 0.15 + below, p.accent(), Math.max(rowLine, colLine) * fade * 0.9);
            }
        }
    }

    /**
     * How much of a pixel a grid line covers, {@code footprint} being the pixel's size in grid
     * cells; lines fade out where they crowd closer than a few pixels apart.
     */
    private static double line(double phase, double footprint) {
        double d = Math.min(phase, 1 - phase);
        return Math.max(0, Math.min(1, 1.1 - d / footprint)) * Math.min(1, 0.25 / footprint);
    }
}
