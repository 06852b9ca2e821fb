package dev.reelwright.render.media;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * A picture as H.264 wants it: 8-bit YUV 4:2:0, BT.601 limited range (what the encoder declares),
 * the three planes one after the other (Y, then U and V at half size each way, rounded up; each
 * chroma sample is its 2x2 block's average). Converting in Java lets the painter thread do it
 * while the encoder works on the frame before: FFmpeg's scaler did it on the encoder's thread, at
 * 5.5 ms a 1080p frame; the vector loops take about 1 ms.
 */
public final class Yuv420 {
    private static final MethodType LUMA = MethodType.methodType(void.class, int[].class, int.class, byte[].class, int.class, int.class);
    private static final MethodType CHROMA = MethodType.methodType(void.class, int[].class, int.class, int.class, byte[].class,
            int.class, int.class, int.class, int.class, long[].class, long[].class);
    /** Held in fields that are not final, so the JIT compiles each loop on its own (see the painting kernels). */
    @SuppressWarnings("FieldMayBeFinal")
    private static MethodHandle lumaRow = kernel("lumaRow", LUMA);
    @SuppressWarnings("FieldMayBeFinal")
    private static MethodHandle chromaRow = kernel("chromaRow", CHROMA);

    private final int widthPx;
    private final int heightPx;
    private final int chromaWidth;
    private final int chromaHeight;
    private final byte[] planes;
    private final long[] uScratch;
    private final long[] vScratch;

    public Yuv420(int widthPx, int heightPx) {
        this.widthPx = widthPx;
        this.heightPx = heightPx;
        this.chromaWidth = (widthPx + 1) / 2;
        this.chromaHeight = (heightPx + 1) / 2;
        this.planes = new byte[widthPx * heightPx + 2 * chromaWidth * chromaHeight];
        this.uScratch = new long[chromaWidth];
        this.vScratch = new long[chromaWidth];
    }

    /** Y, U and V planes, contiguous. */
    public byte[] planes() {
        return planes;
    }

    public int widthPx() {
        return widthPx;
    }

    public int heightPx() {
        return heightPx;
    }

    /** Converts {@code 0x00RRGGBB} pixels, rows top to bottom. */
    public void convert(int[] rgb) {
        int uBase = widthPx * heightPx;
        int vBase = uBase + chromaWidth * chromaHeight;
        try {
            for (int y = 0; y < heightPx; y++) {
                lumaRow.invokeExact(rgb, y * widthPx, planes, y * widthPx, widthPx);
            }
            for (int cy = 0; cy < chromaHeight; cy++) {
                int row0 = 2 * cy * widthPx;
                int row1 = Math.min(2 * cy + 1, heightPx - 1) * widthPx;
                chromaRow.invokeExact(rgb, row0, row1, planes, uBase + cy * chromaWidth, vBase + cy * chromaWidth, widthPx / 2,
                        chromaWidth, uScratch, vScratch);
            }
        } catch (Throwable e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    static void lumaRow(int[] rgb, int from, byte[] out, int outFrom, int count) {
        for (int i = 0; i < count; i++) {
            out[outFrom + i] = luma(rgb[from + i]);
        }
    }

    /** U and V for pixel pairs {@code 0 .. pairs} of two rows; the first {@code fullPairs} have both pixels in the row. */
    static void chromaRow(int[] rgb, int row0, int row1, byte[] out, int uAt, int vAt, int fullPairs, int pairs, long[] u, long[] v) {
        chromaScalar(rgb, row0, row1, out, uAt, vAt, 0, fullPairs, pairs);
    }

    /** Pairs {@code from .. pairs}; a last pair past {@code fullPairs} repeats its one pixel. */
    static void chromaScalar(int[] rgb, int row0, int row1, byte[] out, int uAt, int vAt, int from, int fullPairs, int pairs) {
        for (int k = from; k < pairs; k++) {
            int x0 = 2 * k;
            int x1 = k < fullPairs ? x0 + 1 : x0;
            int a = rgb[row0 + x0];
            int b = rgb[row0 + x1];
            int c = rgb[row1 + x0];
            int d = rgb[row1 + x1];
            int r = (a >> 16 & 0xFF) + (b >> 16 & 0xFF) + (c >> 16 & 0xFF) + (d >> 16 & 0xFF);
            int g = (a >> 8 & 0xFF) + (b >> 8 & 0xFF) + (c >> 8 & 0xFF) + (d >> 8 & 0xFF);
            int bl = (a & 0xFF) + (b & 0xFF) + (c & 0xFF) + (d & 0xFF);
            // Sums of four: the usual 8-bit coefficients, divided by 4 more (shift 10).
            out[uAt + k] = (byte) (((-38 * r - 74 * g + 112 * bl + 512) >> 10) + 128);
            out[vAt + k] = (byte) (((112 * r - 94 * g - 18 * bl + 512) >> 10) + 128);
        }
    }

    static byte luma(int pixel) {
        return (byte) (((66 * (pixel >> 16 & 0xFF) + 129 * (pixel >> 8 & 0xFF) + 25 * (pixel & 0xFF) + 128) >> 8) + 16);
    }

    private static MethodHandle kernel(String name, MethodType type) {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            try {
                return lookup.findStatic(Class.forName("dev.reelwright.render.media.VectorYuv"), name, type);
            } catch (ReflectiveOperationException | LinkageError e) {
                // Fall through to the plain loops.
            }
        }
        try {
            return lookup.findStatic(Yuv420.class, name, type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
