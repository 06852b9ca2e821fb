package dev.reelwright.render.paint.motion;

import dev.reelwright.draft.Gradient;

/** Computes one look of a moving background for a moment; every look is a pure function of time. */
interface MotionLook {
    void paint(MotionFrame frame);

    static MotionLook of(Gradient.Look look) {
        return switch (look) {
            case STILL -> frame -> GlowLooks.drift(frame, 0);
            case DRIFT -> frame -> GlowLooks.drift(frame, 1);
            case AURORA -> GlowLooks::aurora;
            case BOKEH -> LightLooks::bokeh;
            case RAYS -> LightLooks::rays;
            case PULSE -> LightLooks::pulse;
            case WAVES -> ShapeLooks::waves;
            case GRID -> ShapeLooks::grid;
        };
    }
}
