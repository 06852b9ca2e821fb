package dev.reelwright.render.paint.motion;

import dev.reelwright.draft.Gradient;
import dev.reelwright.render.paint.FrameCanvas;
import dev.reelwright.render.paint.Picture;
import dev.reelwright.render.paint.Resampler;
import dev.reelwright.render.paint.SegmentPainter;
import dev.reelwright.render.plan.Layer;

/**
 * A moving background: each frame its look is computed at a sixth of the canvas size (the looks
 * are soft, so nothing is lost) and drawn up to full size by the resampler.
 */
public final class MotionPainter implements SegmentPainter {
    private static final int SCALE_DOWN = 6;
    private static final int MIN_WIDTH_PX = 64;

    private final MotionLook look;
    private final Palette palette;
    private final Picture picture;

    public MotionPainter(Gradient gradient, int canvasW, int canvasH) {
        int w = Math.max(MIN_WIDTH_PX, canvasW / SCALE_DOWN);
        int h = Math.max(2, (int) Math.round(w * (double) canvasH / canvasW));
        this.look = MotionLook.of(gradient.look());
        this.palette = Palette.of(gradient);
        this.picture = new Picture(new int[w * h], w, h);
    }

    @Override
    public void paint(FrameCanvas canvas, Layer layer, Resampler resampler) {
        Layer.Visual visual = (Layer.Visual) layer;
        look.paint(new MotionFrame(picture, palette, visual.localMs() / 1000.0));
        SegmentPainter.drawView(picture, 0, 0, picture.widthPx(), picture.heightPx(), visual.view(), canvas,
                visual.box(), visual.reveal(), visual.alpha(), resampler);
    }
}
