package dev.reelwright.render.paint;

/** Plain Java resampling loops, for JVMs without the Vector API. */
final class ScalarRowKernels {
    private ScalarRowKernels() {
    }

    static void blendRows(int[] src, int base0, int base1, int weight, int[] out, int outStart, int count) {
        for (int i = 0; i < count; i++) {
            out[outStart + i] = Pixels.lerp(src[base0 + i], src[base1 + i], weight);
        }
    }

    static void mixRow(int[] under, int start, int[] over, int count, int alpha) {
        for (int i = 0; i < count; i++) {
            under[start + i] = Pixels.lerp(under[start + i], over[i], alpha);
        }
    }

    static void lerpEach(int[] left, int[] right, int[] weight, int[] dst, int out, int count) {
        for (int x = 0; x < count; x++) {
            dst[out + x] = Pixels.lerp(left[x], right[x], weight[x]);
        }
    }
}
