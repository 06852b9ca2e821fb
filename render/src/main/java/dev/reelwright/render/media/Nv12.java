package dev.reelwright.render.media;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * A picture as x264 holds it internally: 8-bit YUV 4:2:0 in the NV12 layout, a Y plane followed by
 * one plane of U and V interleaved (each chroma sample its 2x2 block's average, sizes rounded up),
 * BT.601 limited range (what the encoder declares). Handing x264 its own layout spares it
 * interleaving the chroma planes of every frame, and the interleaved chroma is also what falls out
 * of the vector loop most cheaply. The encoded stream is ordinary 4:2:0, which decoders give back as
 * {@code yuv420p}. Converting in Java lets the painter thread do it while the encoder works on the frame before.
 */
public final class Nv12 {
    /** The usual 8-bit coefficients, applied to sums of four pixels. */
    static final int U_RED = -38;
    static final int U_GREEN = -74;
    static final int U_BLUE = 112;
    static final int V_RED = 112;
    static final int V_GREEN = -94;
    static final int V_BLUE = -18;

    private static final MethodType LUMA = MethodType.methodType(void.class, int[].class, int.class, byte[].class, int.class, int.class);
    private static final MethodType CHROMA = MethodType.methodType(void.class, int[].class, int.class, int.class, byte[].class,
            int.class, int.class, int.class);
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

    public Nv12(int widthPx, int heightPx) {
        this.widthPx = widthPx;
        this.heightPx = heightPx;
        this.chromaWidth = (widthPx + 1) / 2;
        this.chromaHeight = (heightPx + 1) / 2;
        this.planes = new byte[widthPx * heightPx + 2 * chromaWidth * chromaHeight];
    }

    /** A copy that keeps this picture when the painter's buffer is painted again. */
    public Nv12 copy() {
        Nv12 copy = new Nv12(widthPx, heightPx);
        System.arraycopy(planes, 0, copy.planes, 0, planes.length);
        return copy;
    }

    /** The Y plane, then the interleaved U and V plane ({@code 2 * ceil(width / 2)} bytes a row). */
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
        int uvBase = widthPx * heightPx;
        try {
            for (int y = 0; y < heightPx; y++) {
                lumaRow.invokeExact(rgb, y * widthPx, planes, y * widthPx, widthPx);
            }
            for (int cy = 0; cy < chromaHeight; cy++) {
                int row0 = 2 * cy * widthPx;
                int row1 = Math.min(2 * cy + 1, heightPx - 1) * widthPx;
                chromaRow.invokeExact(rgb, row0, row1, planes, uvBase + cy * 2 * chromaWidth, widthPx / 2, chromaWidth);
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
    static void chromaRow(int[] rgb, int row0, int row1, byte[] out, int uvAt, int fullPairs, int pairs) {
        chromaScalar(rgb, row0, row1, out, uvAt, 0, fullPairs, pairs);
    }

    /** Pairs {@code from .. pairs}; a last pair past {@code fullPairs} repeats its one pixel. */
    static void chromaScalar(int[] rgb, int row0, int row1, byte[] out, int uvAt, int from, int fullPairs, int pairs) {
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
            out[uvAt + 2 * k] = chroma(U_RED * r + U_GREEN * g + U_BLUE * bl);
            out[uvAt + 2 * k + 1] = chroma(V_RED * r + V_GREEN * g + V_BLUE * bl);
        }
    }

    /** A weighted sum of four pixels' channels, divided by 4 more than usual (shift 10), as a chroma byte. */
    static byte chroma(int weightedSum) {
        return (byte) (((weightedSum + 512) >> 10) + 128);
    }

    static byte luma(int pixel) {
        return (byte) (((66 * (pixel >> 16 & 0xFF) + 129 * (pixel >> 8 & 0xFF) + 25 * (pixel & 0xFF) + 128) >> 8) + 16);
    }

    private static MethodHandle kernel(String name, MethodType type) {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            try {
                return lookup.findStatic(Class.forName("dev.reelwright.render.media.VectorNv12"), name, type);
            } catch (ReflectiveOperationException | LinkageError e) {
                // Fall through to the plain loops.
            }
        }
        try {
            return lookup.findStatic(Nv12.class, name, type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
