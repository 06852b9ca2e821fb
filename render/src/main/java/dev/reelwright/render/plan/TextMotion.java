package dev.reelwright.render.plan;

import dev.reelwright.draft.Segment;
import dev.reelwright.draft.TextAnimation;
import dev.reelwright.draft.TextAnimation.Effect;

/** A text segment's alpha, scale and offset at a moment of its entrance or exit. */
final class TextMotion {
    private static final double SLIDE_DISTANCE = 0.04;
    private static final double POP_START_SCALE = 0.6;

    private TextMotion() {
    }

    static Layer.Text at(Segment segment, double localMs) {
        TextAnimation anim = segment.meta().textStyle().animation();
        if (anim == null || anim.durationMs() == 0) {
            return new Layer.Text(segment, 1, 1, 0);
        }
        double effectMs = Math.min(anim.durationMs(), segment.durationMs() / 2.0);
        double inProgress = localMs / effectMs;
        double outProgress = (segment.durationMs() - localMs) / effectMs;
        if (inProgress < 1 && anim.in() != Effect.NONE) {
            return state(segment, anim.in(), inProgress, true);
        }
        if (outProgress < 1 && anim.out() != Effect.NONE) {
            return state(segment, anim.out(), outProgress, false);
        }
        return new Layer.Text(segment, 1, 1, 0);
    }

    /** {@code p} runs 0 (hidden) to 1 (at rest), for exits too. */
    private static Layer.Text state(Segment segment, Effect effect, double p, boolean entering) {
        float alpha = (float) Easing.clamp01(p * 1.5);
        return switch (effect) {
            case NONE -> new Layer.Text(segment, 1, 1, 0);
            case FADE -> new Layer.Text(segment, (float) Easing.inOut(p), 1, 0);
            case POP -> new Layer.Text(segment, alpha,
                    (float) (POP_START_SCALE + (1 - POP_START_SCALE) * (entering ? Easing.outBack(p) : Easing.outCubic(p))), 0);
            case SLIDE -> new Layer.Text(segment, alpha, 1,
                    (float) ((entering ? 1 : -1) * SLIDE_DISTANCE * (1 - Easing.outCubic(p))));
            case WORDS -> entering ? new Layer.Text(segment, 1, 1, 0, (float) Easing.clamp01(p))
                    : new Layer.Text(segment, (float) Easing.inOut(p), 1, 0);
        };
    }
}
