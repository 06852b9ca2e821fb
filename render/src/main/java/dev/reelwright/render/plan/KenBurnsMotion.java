package dev.reelwright.render.plan;

import dev.reelwright.draft.Direction;
import dev.reelwright.draft.KenBurns;

/** The view of a still at a point of its Ken Burns move: zoom eases exponentially, pans span the slack. */
final class KenBurnsMotion {
    private KenBurnsMotion() {
    }

    static View at(KenBurns kb, double progress) {
        if (kb == null) {
            return View.WHOLE;
        }
        double p = Easing.clamp01(progress);
        // Equal zoom ratios per unit of time look like a steady camera move.
        double zoom = kb.fromZoom() * Math.pow(kb.toZoom() / kb.fromZoom(), p);
        double slack = 0.5 - 0.5 / zoom;
        double travel = slack * (1 - 2 * p);
        double cx = 0.5;
        double cy = 0.5;
        Direction pan = kb.pan();
        if (pan != null) {
            switch (pan) {
                case LEFT -> cx += travel;
                case RIGHT -> cx -= travel;
                case UP -> cy += travel;
                case DOWN -> cy -= travel;
            }
        }
        return new View(zoom, cx, cy);
    }
}
