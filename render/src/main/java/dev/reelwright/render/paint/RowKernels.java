package dev.reelwright.render.paint;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The two inner loops of bilinear resampling on {@code 0x00RRGGBB} pixels. With the JDK's
 * incubating Vector API ({@code --add-modules jdk.incubator.vector}, which the launcher passes)
 * they run about three times faster than plain loops; both give identical pixels.
 *
 * <p>The loops are reached through method handles held in fields that are deliberately not
 * final: the JIT then cannot inline them into the resampler, and compiles each on its own.
 * Inlined deeper, the Vector API runs out of inlining depth on JDK 17 and falls back to code
 * that allocates every vector (measured: 7–9 ms a 1080p frame instead of 3).
 */
final class RowKernels {
    @SuppressWarnings("FieldMayBeFinal")
    private static MethodHandle blend = find("blendRows",
            MethodType.methodType(void.class, int[].class, int.class, int.class, int.class, int[].class, int.class, int.class));
    @SuppressWarnings("FieldMayBeFinal")
    private static MethodHandle lerp = find("lerpEach",
            MethodType.methodType(void.class, int[].class, int[].class, int[].class, int[].class, int.class, int.class));
    @SuppressWarnings("FieldMayBeFinal")
    private static MethodHandle mix = find("mixRow",
            MethodType.methodType(void.class, int[].class, int.class, int[].class, int.class, int.class));

    private RowKernels() {
    }

    /** {@code out[outStart + i] = lerp(src[base0 + i], src[base1 + i], weight / 256)} for {@code i < count}. */
    static void blendRows(int[] src, int base0, int base1, int weight, int[] out, int outStart, int count) {
        try {
            blend.invokeExact(src, base0, base1, weight, out, outStart, count);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /** {@code dst[out + x] = lerp(left[x], right[x], weight[x] / 256)} for {@code x < count}. */
    static void lerpEach(int[] left, int[] right, int[] weight, int[] dst, int out, int count) {
        try {
            lerp.invokeExact(left, right, weight, dst, out, count);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /** {@code under[start + i] = lerp(under[start + i], over[i], alpha / 256)} for {@code i < count}: crossfades. */
    static void mixRow(int[] under, int start, int[] over, int count, int alpha) {
        try {
            mix.invokeExact(under, start, over, count, alpha);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    private static MethodHandle find(String name, MethodType type) {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            try {
                return lookup.findStatic(Class.forName("dev.reelwright.render.paint.VectorRowKernels"), name, type);
            } catch (ReflectiveOperationException | LinkageError e) {
                // Fall through to the plain loops.
            }
        }
        try {
            return lookup.findStatic(ScalarRowKernels.class, name, type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RuntimeException rethrow(Throwable e) {
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(e);
    }
}
