package dev.reelwright.render.paint;

import dev.reelwright.render.plan.Layer;
import dev.reelwright.render.plan.VisualPlanner;
import java.util.List;

/** Paints whole frames: the background, then each planned layer bottom to top. */
public final class FramePainter {
    private final VisualPlanner planner;
    private final PainterCache cache;
    private final int backgroundRgb;
    private final Resampler resampler = new Resampler();

    public FramePainter(VisualPlanner planner, PainterCache cache, int backgroundRgb) {
        this.planner = planner;
        this.cache = cache;
        this.backgroundRgb = backgroundRgb;
    }

    /** An opaque picture over the whole canvas: every video segment paints its full frame (contain fills its bars). */
    private static boolean coversEverything(Layer layer) {
        return layer instanceof Layer.Visual visual && visual.alpha() >= 1 && visual.box().isFull() && visual.reveal().isFull();
    }

    public void paint(double timeMs, FrameCanvas canvas) {
        cache.advanceTo(timeMs);
        List<Layer> layers = planner.layersAt(timeMs);
        if (layers.isEmpty() || !coversEverything(layers.get(0))) {
            canvas.clear(backgroundRgb);
        }
        for (Layer layer : layers) {
            if (layer instanceof Layer.Dim dim) {
                canvas.dim(dim.alpha());
            } else if (layer instanceof Layer.Visual visual) {
                cache.get(visual.segment()).paint(canvas, layer, resampler);
            } else if (layer instanceof Layer.Text text) {
                cache.get(text.segment()).paint(canvas, layer, resampler);
            }
        }
    }
}
