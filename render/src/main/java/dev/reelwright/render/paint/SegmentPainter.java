package dev.reelwright.render.paint;

import dev.reelwright.render.plan.Box;
import dev.reelwright.render.plan.Layer;
import dev.reelwright.render.plan.View;

/** Paints one segment's layer onto a frame; prepared once per segment, closed when it ends. */
public interface SegmentPainter extends AutoCloseable {
    void paint(FrameCanvas canvas, Layer layer, Resampler resampler);

    @Override
    default void close() {
    }

    /**
     * Draws the part of a fitted picture that {@code view} shows. The fitted frame is the window
     * ({@code frameX}, {@code frameY}, {@code frameW}, {@code frameH}) of {@code picture}, in its pixels.
     */
    static void drawView(Picture picture, double frameX, double frameY, double frameW, double frameH,
                         View view, FrameCanvas canvas, Box box, Box reveal, float alpha, Resampler resampler) {
        double w = frameW / view.zoom();
        double h = frameH / view.zoom();
        double x = frameX + view.centerX() * frameW - w / 2;
        double y = frameY + view.centerY() * frameH - h / 2;
        resampler.draw(picture, x, y, w, h, canvas, box, reveal, alpha);
    }
}
