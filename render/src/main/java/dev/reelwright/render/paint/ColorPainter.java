package dev.reelwright.render.paint;

import dev.reelwright.render.plan.Layer;

/** A solid colour. */
public record ColorPainter(int rgb) implements SegmentPainter {
    @Override
    public void paint(FrameCanvas canvas, Layer layer, Resampler resampler) {
        Layer.Visual visual = (Layer.Visual) layer;
        canvas.fill(rgb, visual.box(), visual.reveal(), visual.alpha());
    }
}
