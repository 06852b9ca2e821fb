package dev.reelwright.render.paint;

import dev.reelwright.render.plan.Box;

/**
 * Draws a window of a picture into a box of the frame with bilinear filtering: the hot loop of
 * every Ken Burns move, zoom and slide. Separable: each output row first blends its two source
 * rows into a line buffer, then samples that line across. Works out its tables here and leaves
 * the loops to {@link RowKernels}. Keeps its tables between calls, so one instance belongs to one
 * painting thread.
 */
public final class Resampler {
    /**
     * Below this many source rows per output row (a 1.5x or larger vertical enlargement, as for
     * the moving backgrounds computed small), each source row serves several output rows: then
     * rows are sampled across once each and blended down, instead of blended first.
     */
    private static final double ROW_REUSE_SCALE = 2 / 3.0;
    private int[] column = new int[0];
    private int[] weight = new int[0];
    private int[] rowStart0 = new int[0];
    private int[] rowStart1 = new int[0];
    private int[] rowWeight = new int[0];
    private int[] line = new int[0];
    private int[] left = new int[0];
    private int[] right = new int[0];
    private int[] columnNext = new int[0];
    /** Two source rows sampled across, one after the other; {@code cachedRow} says which rows. */
    private int[] across = new int[0];
    private final int[] cachedRow = new int[2];
    private int[] sampled = new int[0];

    /**
     * @param viewX left of the source window, in source pixels (fractions allowed)
     * @param viewW width of the source window, in source pixels
     * @param box where the window lands, in canvas fractions
     * @param reveal the part of the canvas that may change
     */
    public void draw(Picture source, double viewX, double viewY, double viewW, double viewH,
                     FrameCanvas canvas, Box box, Box reveal, float alpha) {
        int width = canvas.widthPx();
        int[] rect = PixelRect.of(box, reveal, width, canvas.heightPx());
        if (rect == null || alpha <= 0) {
            return;
        }
        double boxLeft = box.x() * width;
        double boxTop = box.y() * canvas.heightPx();
        double scaleX = viewW / (box.width() * width);
        double scaleY = viewH / (box.height() * canvas.heightPx());
        int a = Math.round(Math.min(1, alpha) * 256);
        if (isWholePixelCopy(viewX - boxLeft, viewY - boxTop, scaleX, scaleY)) {
            copyRows(source, (int) Math.rint(viewX - boxLeft), (int) Math.rint(viewY - boxTop), canvas, rect, a);
            return;
        }
        int count = rect[2] - rect[0];
        int rows = rect[3] - rect[1];
        int first = prepareColumns(source.widthPx(), viewX, scaleX, boxLeft, rect[0], count);
        prepareRows(source, first, viewY, scaleY, boxTop, rect[1], rows);
        int span = column[count - 1] + 2;
        int available = Math.min(span, source.widthPx() - first);
        if (line.length < span) {
            line = new int[span];
        }
        int dstStart = rect[1] * width + rect[0];
        if (scaleY < ROW_REUSE_SCALE) {
            upscale(source.rgb(), rows, available, count, canvas.rgb(), dstStart, width, a);
        } else if (a == 256) {
            int[] src = source.rgb();
            int[] dst = canvas.rgb();
            for (int j = 0; j < rows; j++) {
                fillLine(src, j, available, span);
                sampleLine(dst, dstStart + j * width, count);
            }
        } else {
            resampleBlended(source.rgb(), rows, available, span, count, canvas.rgb(), dstStart, width, a);
        }
    }

    /** Tables for output columns {@code x0 .. x0 + count}; returns the first source column they use. */
    private int prepareColumns(int sourceWidth, double viewX, double scaleX, double boxLeft, int x0, int count) {
        if (column.length < count) {
            column = new int[count];
            weight = new int[count];
        }
        int first = clamp((int) Math.floor(viewX + (x0 + 0.5 - boxLeft) * scaleX - 0.5), sourceWidth - 1);
        for (int i = 0; i < count; i++) {
            double sx = viewX + (x0 + i + 0.5 - boxLeft) * scaleX - 0.5;
            int floor = (int) Math.floor(sx);
            int clamped = clamp(floor, sourceWidth - 1);
            column[i] = clamped - first;
            weight[i] = floor == clamped ? (int) ((sx - floor) * 256) : 0;
        }
        return first;
    }

    private void prepareRows(Picture source, int first, double viewY, double scaleY, double boxTop, int y0, int rows) {
        if (rowWeight.length < rows) {
            rowStart0 = new int[rows];
            rowStart1 = new int[rows];
            rowWeight = new int[rows];
        }
        int lastRow = source.heightPx() - 1;
        for (int j = 0; j < rows; j++) {
            double sy = viewY + (y0 + j + 0.5 - boxTop) * scaleY - 0.5;
            int floor = (int) Math.floor(sy);
            rowStart0[j] = clamp(floor, lastRow) * source.widthPx() + first;
            rowStart1[j] = clamp(floor + 1, lastRow) * source.widthPx() + first;
            rowWeight[j] = floor >= 0 && floor < lastRow ? (int) ((sy - floor) * 256) : 0;
        }
    }

    /** Output row {@code j}'s two source rows blended into the line buffer, padded to {@code span}. */
    private void fillLine(int[] src, int j, int available, int span) {
        if (rowWeight[j] == 0) {
            System.arraycopy(src, rowStart0[j], line, 0, available);
        } else {
            RowKernels.blendRows(src, rowStart0[j], rowStart1[j], rowWeight[j], line, 0, available);
        }
        for (int i = available; i < span; i++) {
            line[i] = line[available - 1];
        }
    }

    /** {@code dst[out + x]}: the line sampled at output column {@code x}'s position. */
    private void sampleLine(int[] dst, int out, int count) {
        if (left.length < count) {
            left = new int[count];
            right = new int[count];
        }
        for (int x = 0; x < count; x++) {
            int c = column[x];
            left[x] = line[c];
            right[x] = line[c + 1];
        }
        RowKernels.lerpEach(left, right, weight, dst, out, count);
    }

    /** Enlarging: each source row sampled across once (kept while output rows still use it), then pairs blended down. */
    private void upscale(int[] src, int rows, int available, int count, int[] dst, int dstStart, int stride, int alpha) {
        if (columnNext.length < count) {
            columnNext = new int[count];
        }
        if (left.length < count) {
            left = new int[count];
            right = new int[count];
        }
        for (int x = 0; x < count; x++) {
            columnNext[x] = Math.min(column[x] + 1, available - 1);
        }
        if (across.length < 2 * count) {
            across = new int[2 * count];
        }
        if (sampled.length < count) {
            sampled = new int[count];
        }
        cachedRow[0] = -1;
        cachedRow[1] = -1;
        for (int j = 0; j < rows; j++) {
            int top = sampledAcross(src, rowStart0[j], -1, count);
            int out = dstStart + j * stride;
            int[] target = alpha == 256 ? dst : sampled;
            int at = alpha == 256 ? out : 0;
            if (rowWeight[j] == 0) {
                System.arraycopy(across, top * count, target, at, count);
            } else {
                int bottom = sampledAcross(src, rowStart1[j], top, count);
                RowKernels.blendRows(across, top * count, bottom * count, rowWeight[j], target, at, count);
            }
            if (alpha != 256) {
                RowKernels.mixRow(dst, out, sampled, count, alpha);
            }
        }
    }

    /** Which of the two slots holds the source row starting at {@code rowStart}, sampling it there if need be. */
    private int sampledAcross(int[] src, int rowStart, int keep, int count) {
        for (int slot = 0; slot < 2; slot++) {
            if (cachedRow[slot] == rowStart) {
                return slot;
            }
        }
        int slot = keep == 0 ? 1 : keep == 1 ? 0 : cachedRow[0] < cachedRow[1] ? 0 : 1;
        for (int x = 0; x < count; x++) {
            left[x] = src[rowStart + column[x]];
            right[x] = src[rowStart + columnNext[x]];
        }
        RowKernels.lerpEach(left, right, weight, across, slot * count, count);
        cachedRow[slot] = rowStart;
        return slot;
    }

    /** Sampling over what is already painted, at {@code alpha}/256: crossfades. */
    private void resampleBlended(int[] src, int rows, int available, int span, int count, int[] dst, int dstStart, int stride,
                                 int alpha) {
        if (sampled.length < count) {
            sampled = new int[count];
        }
        for (int j = 0; j < rows; j++) {
            fillLine(src, j, available, span);
            sampleLine(sampled, 0, count);
            RowKernels.mixRow(dst, dstStart + j * stride, sampled, count, alpha);
        }
    }

    private static boolean isWholePixelCopy(double offsetX, double offsetY, double scaleX, double scaleY) {
        return Math.abs(scaleX - 1) < 1e-9 && Math.abs(scaleY - 1) < 1e-9
                && Math.abs(offsetX - Math.rint(offsetX)) < 1e-6 && Math.abs(offsetY - Math.rint(offsetY)) < 1e-6;
    }

    /** 1:1 with a whole-pixel offset: rows are copied (or blended) as they are. */
    private static void copyRows(Picture source, int offsetX, int offsetY, FrameCanvas canvas, int[] rect, int alpha) {
        int x0 = Math.max(rect[0], -offsetX);
        int x1 = Math.min(rect[2], source.widthPx() - offsetX);
        int y0 = Math.max(rect[1], -offsetY);
        int y1 = Math.min(rect[3], source.heightPx() - offsetY);
        int[] src = source.rgb();
        int[] dst = canvas.rgb();
        for (int y = y0; y < y1 && x1 > x0; y++) {
            int from = (y + offsetY) * source.widthPx() + x0 + offsetX;
            int to = y * canvas.widthPx() + x0;
            if (alpha == 256) {
                System.arraycopy(src, from, dst, to, x1 - x0);
            } else if (from == 0) {
                RowKernels.mixRow(dst, to, src, x1 - x0, alpha);
            } else {
                RowKernels.mixRow(dst, to, java.util.Arrays.copyOfRange(src, from, from + x1 - x0), x1 - x0, alpha);
            }
        }
    }

    private static int clamp(int value, int max) {
        return value < 0 ? 0 : Math.min(value, max);
    }
}
