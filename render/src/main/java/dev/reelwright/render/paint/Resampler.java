package dev.reelwright.render.paint;

import dev.reelwright.render.plan.Box;

/**
 * Draws a window of a picture into a box of the frame with bilinear filtering in 8-bit fixed
 * point: the hot loop of every Ken Burns move, zoom and slide. Keeps its index tables between
 * calls, so one instance belongs to one painting thread.
 */
public final class Resampler {
    private int[] columnOffset0 = new int[0];
    private int[] columnOffset1 = new int[0];
    private int[] columnWeight = new int[0];

    /**
     * @param viewX left of the source window, in source pixels (fractions allowed)
     * @param viewW width of the source window, in source pixels
     * @param box where the window lands, in canvas fractions
     * @param reveal the part of the canvas that may change
     */
    public void draw(Picture source, double viewX, double viewY, double viewW, double viewH,
                     FrameCanvas canvas, Box box, Box reveal, float alpha) {
        int width = canvas.widthPx();
        int height = canvas.heightPx();
        int[] rect = PixelRect.of(box, reveal, width, height);
        if (rect == null || alpha <= 0) {
            return;
        }
        double boxLeft = box.x() * width;
        double boxTop = box.y() * height;
        double scaleX = viewW / (box.width() * width);
        double scaleY = viewH / (box.height() * height);
        if (isPlainCopy(source, viewX, viewY, scaleX, scaleY, boxLeft, boxTop)) {
            copyRows(source, (int) Math.round(viewX - boxLeft), (int) Math.round(viewY - boxTop), canvas, rect, alpha);
            return;
        }
        prepareColumns(source.widthPx(), viewX, scaleX, boxLeft, rect[0], rect[2]);
        byte[] src = source.bgr();
        byte[] dst = canvas.bgr();
        int srcRowBytes = source.widthPx() * 3;
        int a = Math.round(Math.min(1, alpha) * 256);
        for (int y = rect[1]; y < rect[3]; y++) {
            double sy = viewY + (y + 0.5 - boxTop) * scaleY - 0.5;
            int y0 = clamp((int) Math.floor(sy), source.heightPx() - 1);
            int y1 = clamp((int) Math.floor(sy) + 1, source.heightPx() - 1);
            int wy = (int) ((sy - Math.floor(sy)) * 256);
            int row0 = y0 * srcRowBytes;
            int row1 = y1 * srcRowBytes;
            int out = (y * width + rect[0]) * 3;
            for (int x = 0; x < rect[2] - rect[0]; x++, out += 3) {
                int c0 = columnOffset0[x];
                int c1 = columnOffset1[x];
                int wx = columnWeight[x];
                for (int channel = 0; channel < 3; channel++) {
                    int p00 = src[row0 + c0 + channel] & 0xFF;
                    int p01 = src[row0 + c1 + channel] & 0xFF;
                    int p10 = src[row1 + c0 + channel] & 0xFF;
                    int p11 = src[row1 + c1 + channel] & 0xFF;
                    int top = (p00 << 8) + (p01 - p00) * wx;
                    int bottom = (p10 << 8) + (p11 - p10) * wx;
                    int value = ((top << 8) + (bottom - top) * wy + 32768) >> 16;
                    dst[out + channel] = a == 256 ? (byte) value : FrameCanvas.blend(dst[out + channel], value, a);
                }
            }
        }
    }

    private void prepareColumns(int sourceWidth, double viewX, double scaleX, double boxLeft, int x0, int x1) {
        int count = x1 - x0;
        if (columnWeight.length < count) {
            columnOffset0 = new int[count];
            columnOffset1 = new int[count];
            columnWeight = new int[count];
        }
        for (int i = 0; i < count; i++) {
            double sx = viewX + (x0 + i + 0.5 - boxLeft) * scaleX - 0.5;
            int floor = (int) Math.floor(sx);
            columnOffset0[i] = clamp(floor, sourceWidth - 1) * 3;
            columnOffset1[i] = clamp(floor + 1, sourceWidth - 1) * 3;
            columnWeight[i] = (int) ((sx - floor) * 256);
        }
    }

    private static boolean isPlainCopy(Picture source, double viewX, double viewY, double scaleX, double scaleY,
                                       double boxLeft, double boxTop) {
        return Math.abs(scaleX - 1) < 1e-9 && Math.abs(scaleY - 1) < 1e-9
                && isWhole(viewX - boxLeft) && isWhole(viewY - boxTop) && source.widthPx() > 0;
    }

    private static boolean isWhole(double value) {
        return Math.abs(value - Math.rint(value)) < 1e-6;
    }

    /** 1:1 with a whole-pixel offset: rows are copied (or blended) as they are. */
    private static void copyRows(Picture source, int offsetX, int offsetY, FrameCanvas canvas, int[] rect, float alpha) {
        int x0 = Math.max(rect[0], -offsetX);
        int x1 = Math.min(rect[2], source.widthPx() - offsetX);
        int y0 = Math.max(rect[1], -offsetY);
        int y1 = Math.min(rect[3], source.heightPx() - offsetY);
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        byte[] src = source.bgr();
        byte[] dst = canvas.bgr();
        int a = Math.round(Math.min(1, alpha) * 256);
        int rowBytes = (x1 - x0) * 3;
        for (int y = y0; y < y1; y++) {
            int from = ((y + offsetY) * source.widthPx() + x0 + offsetX) * 3;
            int to = (y * canvas.widthPx() + x0) * 3;
            if (a == 256) {
                System.arraycopy(src, from, dst, to, rowBytes);
            } else {
                for (int i = 0; i < rowBytes; i++) {
                    dst[to + i] = FrameCanvas.blend(dst[to + i], src[from + i] & 0xFF, a);
                }
            }
        }
    }

    private static int clamp(int value, int max) {
        return value < 0 ? 0 : Math.min(value, max);
    }
}
