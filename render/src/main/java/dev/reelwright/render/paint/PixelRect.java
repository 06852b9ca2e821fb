package dev.reelwright.render.paint;

import dev.reelwright.render.plan.Box;

/** Turns canvas-fraction boxes into whole-pixel bounds. */
final class PixelRect {
    private PixelRect() {
    }

    /** {x0, y0, x1, y1} of the pixels whose centres lie in both boxes and on the canvas, or null if none. */
    static int[] of(Box box, Box reveal, int widthPx, int heightPx) {
        double left = Math.max(box.x(), reveal.x()) * widthPx;
        double top = Math.max(box.y(), reveal.y()) * heightPx;
        double right = Math.min(box.x() + box.width(), reveal.x() + reveal.width()) * widthPx;
        double bottom = Math.min(box.y() + box.height(), reveal.y() + reveal.height()) * heightPx;
        int x0 = Math.max(0, (int) Math.ceil(left - 0.5));
        int y0 = Math.max(0, (int) Math.ceil(top - 0.5));
        int x1 = Math.min(widthPx, (int) Math.ceil(right - 0.5));
        int y1 = Math.min(heightPx, (int) Math.ceil(bottom - 0.5));
        return x1 > x0 && y1 > y0 ? new int[] {x0, y0, x1, y1} : null;
    }
}
