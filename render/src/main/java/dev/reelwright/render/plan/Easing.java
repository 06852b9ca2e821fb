package dev.reelwright.render.plan;

/** Motion curves over progress 0..1. */
public final class Easing {
    private Easing() {
    }

    public static double clamp01(double p) {
        return p < 0 ? 0 : p > 1 ? 1 : p;
    }

    /** Slow start and end; smoothstep(0.5) = 0.5, so a crossfade midpoint stays an even blend. */
    public static double inOut(double p) {
        double t = clamp01(p);
        return t * t * (3 - 2 * t);
    }

    public static double outCubic(double p) {
        double t = 1 - clamp01(p);
        return 1 - t * t * t;
    }

    /** Overshoots a little past 1 before settling: the "pop". */
    public static double outBack(double p) {
        double t = clamp01(p) - 1;
        double c = 1.70158;
        return 1 + (c + 1) * t * t * t + c * t * t;
    }
}
