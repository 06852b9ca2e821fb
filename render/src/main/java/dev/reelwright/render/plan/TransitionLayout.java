package dev.reelwright.render.plan;

import dev.reelwright.draft.Direction;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.Transition;
import java.util.List;

/** Where the outgoing and incoming segments are drawn at a point of a transition. */
final class TransitionLayout {
    private static final double ZOOM_OUT_SCALE = 1.35;
    private static final double ZOOM_IN_START_SCALE = 1.2;

    private TransitionLayout() {
    }

    /**
     * Layers for {@code outgoing} handing over to {@code incoming}, {@code progress} 0..1 through the
     * transition. {@code outgoingView} and {@code incomingView} carry each picture's own Ken Burns state.
     */
    static List<Layer> layers(Transition transition, double progress, Segment outgoing, double outgoingMs, View outgoingView,
                              Segment incoming, double incomingMs, View incomingView) {
        double p = Easing.inOut(progress);
        return switch (transition.type()) {
            case FADE -> List.of(
                    visual(outgoing, outgoingMs, 1, Box.FULL, Box.FULL, outgoingView),
                    visual(incoming, incomingMs, (float) progress, Box.FULL, Box.FULL, incomingView));
            case BLACK -> progress < 0.5
                    ? List.of(visual(outgoing, outgoingMs, 1, Box.FULL, Box.FULL, outgoingView), new Layer.Dim((float) (progress * 2)))
                    : List.of(visual(incoming, incomingMs, 1, Box.FULL, Box.FULL, incomingView), new Layer.Dim((float) ((1 - progress) * 2)));
            case SLIDE -> {
                double[] step = step(transition.directionOrDefault());
                yield List.of(
                        visual(outgoing, outgoingMs, 1, Box.FULL.shifted(step[0] * p, step[1] * p), Box.FULL, outgoingView),
                        visual(incoming, incomingMs, 1, Box.FULL.shifted(-step[0] * (1 - p), -step[1] * (1 - p)), Box.FULL, incomingView));
            }
            case WIPE -> List.of(
                    visual(outgoing, outgoingMs, 1, Box.FULL, Box.FULL, outgoingView),
                    visual(incoming, incomingMs, 1, Box.FULL, wipeReveal(transition.directionOrDefault(), p), incomingView));
            case ZOOM -> List.of(
                    visual(outgoing, outgoingMs, 1, Box.FULL.scaled(1 + (ZOOM_OUT_SCALE - 1) * p), Box.FULL, outgoingView),
                    visual(incoming, incomingMs, (float) p, Box.FULL.scaled(ZOOM_IN_START_SCALE - (ZOOM_IN_START_SCALE - 1) * p),
                            Box.FULL, incomingView));
        };
    }

    /** The unit movement of content going in {@code direction}. */
    private static double[] step(Direction direction) {
        return switch (direction) {
            case LEFT -> new double[] {-1, 0};
            case RIGHT -> new double[] {1, 0};
            case UP -> new double[] {0, -1};
            case DOWN -> new double[] {0, 1};
        };
    }

    /** The edge moves in {@code direction}, uncovering the new picture behind it. */
    private static Box wipeReveal(Direction direction, double p) {
        return switch (direction) {
            case LEFT -> new Box(1 - p, 0, p, 1);
            case RIGHT -> new Box(0, 0, p, 1);
            case UP -> new Box(0, 1 - p, 1, p);
            case DOWN -> new Box(0, 0, 1, p);
        };
    }

    static Layer.Visual visual(Segment segment, double localMs, float alpha, Box box, Box reveal, View view) {
        return new Layer.Visual(segment, localMs, alpha, box, reveal, view);
    }
}
